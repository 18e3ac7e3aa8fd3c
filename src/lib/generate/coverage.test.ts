// Round 9: sentences that hold a key fact yield a question (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { explainGeneration } from './explain';
import { generateQuestionSet } from './index';

function candidatesOf(text: string, title?: string) {
	const explained = explainGeneration({ text, ...(title ? { title } : {}) });
	return explained.sentences.flatMap((s) => s.candidates.map((c) => ({ ...c, sentence: s.index })));
}

describe('a day written before its month', () => {
	const text =
		"Harbourline's new electric ferry, the Tern, will enter service on 14 June, the operator has announced. " +
		'Tickets for the first crossing sold out within two hours of going on sale. ' +
		'Finance Minister Rosa Delgado approved the harbour budget on 3 May after a long debate.';

	it('blanks the whole date of a scheduled event, not the month alone', () => {
		const set = generateQuestionSet({ text, title: 'Electric ferry starts in summer' });
		const date = set.questions.find((q) => q.answer === '14 June');
		expect(date?.type).toBe('cloze');
		expect(date?.prompt).toBe(
			"Harbourline's new electric ferry, the Tern, will enter service on _____, the operator has announced."
		);
	});

	it('never asks a day as "Which month", and leaves the day of a past act out', () => {
		const all = candidatesOf(text, 'Electric ferry starts in summer');
		expect(all.filter((c) => c.answer === '14 June').map((c) => c.type)).toEqual(['cloze']);
		const past = all.filter((c) => c.answer === '3 May');
		expect(past.length).toBeGreaterThan(0);
		for (const c of past) expect(c.dropped).toMatch(/month without a year/);
	});
});
