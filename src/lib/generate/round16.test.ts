// Regression tests for round 16: cards whose person is a name run on into the words after it,
// an answer that is an abbreviation cut from its name, a connective left at the end of a
// question. (The quotations of round 16 are tested in questions/quote.test.ts.) Sentences
// written for these tests in the shape of the cases seen on held-out articles.
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '.';
import { analyse, mentionCount } from './analyse';
import { flashcardFromFact } from './questions/flashcard';
import { gateReason } from './gates';
import type { Candidate } from './questions/candidate';

function candidate(fields: Partial<Candidate> & Pick<Candidate, 'type' | 'prompt' | 'answer'>) {
	return {
		sourceSentence: 3,
		difficulty: 2,
		tags: ['quantity'],
		score: 1,
		factKey: 'x',
		...fields
	} as Candidate;
}

describe('broken cards and questions', () => {
	it('refuses an answer that is an abbreviation cut from its name', () => {
		expect(
			gateReason(
				candidate({
					type: 'flashcard',
					prompt: 'Where did the refugees see their doctors?',
					answer: 'St.',
					tags: ['place']
				})
			)
		).toBe('ungrammatical: answer is an abbreviation cut from its name');
	});

	it('refuses a connective left at the end of a question', () => {
		expect(
			gateReason(
				candidate({
					type: 'flashcard',
					prompt:
						'Why did 16 percent of the children on the list have a serious injury in contrast?',
					answer: 'Because of their seizures.',
					tags: ['cause']
				})
			)
		).toBe('ungrammatical: a connective left at the end');
	});

	it('makes no "Who is ...?" card of a name run on into a verb', () => {
		const analysis = analyse(
			['Harlow Stores chief executive Jill Soltau opened the new store in Kelby on Friday.'],
			2024
		);
		const build = {
			contexts: analysis.contexts,
			facts: analysis.facts,
			mentions: (text: string) => mentionCount(analysis, text)
		};
		const person = analysis.facts.find((f) => f.kind === 'person');
		if (!person) throw new Error('no person');
		expect(flashcardFromFact(person, build)?.prompt).toBe('Who is Jill Soltau?');
		const runOn = { ...person, answer: 'Jill Soltau said bankruptcy' };
		expect(flashcardFromFact(runOn, build)).toBeNull();
	});

	it('drops the dash left at the start once a fronted time and its "Yet" are cut', () => {
		const text = [
			'Harlow opened its ferry terminal in Kelby in 2016 with a goal of 40,000 riders a year.',
			'Yet today - with fares near $2 a ride - only about 4,000 people have used the Harlow ferry.'
		].join('\n\n');
		const set = generateQuestionSet({ text, title: 'Harlow ferry', date: '2024-03-02' });
		const second = set.questions.filter((q) => q.sourceSentence === 1);
		expect(second.length).toBeGreaterThan(0);
		for (const q of second) expect(q.prompt).not.toMatch(/^-/);
	});

	it('gives a person no plural verb that belonged to a group they were named in', () => {
		const analysis = analyse(
			['Leaders including Kelby President Ann Berg have urged Harlow to stay in the union.'],
			2024
		);
		const build = {
			contexts: analysis.contexts,
			facts: analysis.facts,
			mentions: (text: string) => mentionCount(analysis, text)
		};
		const person = analysis.facts.find((f) => f.answer === 'Ann Berg');
		if (!person) throw new Error('no person');
		const card = flashcardFromFact(person, build);
		expect(card?.answer ?? '').not.toMatch(/\bwho have\b/);
	});
});
