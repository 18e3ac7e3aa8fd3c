import { describe, expect, it } from 'vitest';
import type { Question, QuestionSet } from '$lib/types';
import {
	blankQuestion,
	curatedSet,
	customSetId,
	moveQuestion,
	questionProblem,
	withType
} from './curate';

const sentences = ['Paris is the capital of France.', 'France has 13 regions.'];

function q(id: string, overrides: Partial<Question> = {}): Question {
	return {
		id,
		type: 'cloze',
		prompt: '_____ is the capital of France.',
		answer: 'Paris',
		sourceSentence: 0,
		explanation: sentences[0]!,
		...overrides
	};
}

describe('curation', () => {
	it('moves questions and ignores moves off the ends', () => {
		const list = [q('a'), q('b'), q('c')];
		expect(moveQuestion(list, 0, 2).map((x) => x.id)).toEqual(['b', 'c', 'a']);
		expect(moveQuestion(list, 0, -1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
	});

	it('finds what is wrong with an edited question', () => {
		expect(questionProblem(q('a'))).toBeNull();
		expect(questionProblem(q('a', { prompt: ' ' }))).toMatch(/prompt/);
		expect(questionProblem(q('a', { prompt: 'No gap here.' }))).toMatch(/gap/);
		const mcq = q('m', {
			type: 'mcq',
			prompt: 'Capital of France?',
			options: ['Paris', 'Lyon', 'Nice', 'Lille']
		});
		expect(questionProblem(mcq)).toBeNull();
		expect(questionProblem({ ...mcq, answer: 'Rome' })).toMatch(/one of the options/);
		expect(questionProblem({ ...mcq, options: ['Paris', 'Paris', 'Nice', 'Lille'] })).toMatch(
			/differ/
		);
		expect(
			questionProblem(q('n', { type: 'numeric', prompt: 'How many?', answer: 'many' }))
		).toMatch(/number/);
	});

	it('makes blank questions of every type and changes types', () => {
		const blank = blankQuestion('mcq', sentences, 1);
		expect(blank).toMatchObject({ type: 'mcq', options: ['', '', '', ''], sourceSentence: 1 });
		expect(blank.explanation).toBe(sentences[1]);
		expect(blankQuestion('truefalse', sentences).answer).toBe('true');
		expect(withType(q('a'), 'truefalse').answer).toBe('true');
		expect(withType(q('a'), 'flashcard')).not.toHaveProperty('options');
	});

	it('saves trimmed questions with their sentences under a new id', () => {
		const draft: QuestionSet = {
			id: 'france',
			title: 'France',
			generatorVersion: 't',
			sentences,
			questions: []
		};
		const set = curatedSet(draft, [q('a', { answer: ' Paris ', sourceSentence: 1 })], 'france-x');
		expect(set.id).toBe('france-x');
		expect(set.questions[0]).toMatchObject({ answer: 'Paris', explanation: sentences[1] });
		expect(customSetId('<b>France</b> today')).toMatch(/^b-france-b-today-[a-z2-9]{6}$/);
	});
});
