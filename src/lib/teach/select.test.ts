import { describe, expect, it } from 'vitest';
import type { Question, QuestionType } from '$lib/types';
import fc from 'fast-check';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import { adjacentSiblings } from '$lib/study/spread';
import type { AssignmentQuestion } from '$lib/types';
import { bestQuestions, filterQuestions, newAssignmentId, shuffled, studentOrder } from './select';

function q(id: string, type: QuestionType, sourceSentence: number, difficulty = 2): Question {
	return { id, type, prompt: id, answer: 'x', sourceSentence, explanation: '', difficulty };
}

const questions = [
	q('m0', 'mcq', 0, 1),
	q('c0', 'cloze', 0, 2),
	q('m1', 'mcq', 1, 3),
	q('t1', 'truefalse', 1),
	q('n2', 'numeric', 2),
	q('f3', 'flashcard', 3)
];

describe('choosing questions', () => {
	it('filters by type and difficulty', () => {
		expect(
			filterQuestions(questions, { types: ['mcq'], difficulty: null }).map((x) => x.id)
		).toEqual(['m0', 'm1']);
		expect(
			filterQuestions(questions, { types: ['mcq', 'cloze'], difficulty: 2 }).map((x) => x.id)
		).toEqual(['c0']);
	});

	it('best N covers different sentences and types first, in the set order', () => {
		expect(bestQuestions(questions, 3).map((x) => x.id)).toEqual(['m0', 't1', 'n2']);
		expect(bestQuestions(questions, 10)).toHaveLength(6);
		expect(bestQuestions(questions, 0)).toEqual([]);
	});

	it('never puts two questions on one sentence one after the other', () => {
		expect(bestQuestions(questions, 10).map((x) => x.id)).toEqual([
			'm0',
			'm1',
			'c0',
			't1',
			'n2',
			'f3'
		]);
	});

	it('a student’s shuffled order keeps questions on one sentence apart', fuzzBudget, () => {
		const onSentences = (explanations: (string | undefined)[]): AssignmentQuestion[] =>
			explanations.map((explanation, i) => ({
				id: `q${i}`,
				type: 'cloze',
				prompt: `p${i}`,
				answer: 'x',
				...(explanation === undefined ? {} : { explanation })
			}));
		const sentences = onSentences(['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd']);
		const sentenceAt = (i: number) => sentences[i]?.explanation ?? '';
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				let state = seed >>> 0;
				const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
				const order = studentOrder(sentences, true, random);
				expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
				expect(adjacentSiblings(order, sentenceAt)).toBe(0);
			}),
			fuzzRuns(300)
		);
		// Unshuffled, the teacher's order stands.
		expect(studentOrder(sentences, false)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		// Without sentences in the link nothing is known to keep apart, and nothing is lost.
		expect(studentOrder(onSentences([undefined, undefined]), true, () => 0).sort()).toEqual([0, 1]);
	});

	it('shuffles every item exactly once and makes link-safe ids', () => {
		expect(shuffled([1, 2, 3, 4], () => 0).sort()).toEqual([1, 2, 3, 4]);
		expect(newAssignmentId()).toMatch(/^[a-z2-9]{8}$/);
	});
});
