// Regression test for round 27: "a pact signed last year" keeps its year (round 26 left
// "... by a defense pact signed." in the seed set). A sentence written for this test in the
// shape of the seed's.
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from './index';

describe('round 27', () => {
	it('keeps the year of a participle after its noun ("a pact signed last year")', () => {
		const set = generateQuestionSet({
			text: 'The alliance between Kelby and Osk has been further strengthened by a trade pact signed last year.\n\nBoth towns are in Harlow.',
			title: 'News'
		});
		for (const q of set.questions) expect(q.prompt).not.toMatch(/signed\.$/);
	});

	it('still leaves out the year of a clause\'s own verb ("was set up last year by")', () => {
		const set = generateQuestionSet({
			text: 'The Kelby Trust was set up last year by historian Dana Reyes, the rector of Osk University.\n\nIts aim is to map Harlow.',
			title: 'News'
		});
		const lead = set.questions.filter((q) => q.sourceSentence === 0);
		expect(lead.length).toBeGreaterThan(0);
		for (const q of lead) expect(q.prompt).toMatch(/was set up by/);
	});
});
