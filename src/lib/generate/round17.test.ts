// Regression tests for round 17: "Sens." is no sentence end; a name that ends in the noun it
// was called by keeps its article ("the river" -> "the Tane River"); a weekday that is part of
// a noun phrase ("Saturday night's blast") is not cut away. Sentences written for these tests in
// the shape of the cases seen on held-out articles.
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '.';
import { analyse } from './analyse';
import { splitSentences } from './sentences';

function prompts(text: string, title: string): string[] {
	const set = generateQuestionSet({ text, title, date: '' });
	return set.questions.flatMap((q) => [q.prompt, q.answer, ...(q.options ?? [])]);
}

describe('round 17', () => {
	it('reads "Sens." as an abbreviation, not a sentence end', () => {
		expect(
			splitSentences(
				'The plan drew protests from Sens. Ann Berg of Kelby and Tom Hill of Harlow, who vowed to block it.'
			)
		).toHaveLength(1);
	});

	it('writes "the river" in as "the Tane River", with its article', () => {
		const written = (first: string) =>
			analyse(
				[first, 'The river is expected to reach major flood stage at Kelby by Sunday.'],
				2024
			).contexts[1]?.referents.replace.get(0);
		expect(written('Residents of Harlow waited for the swollen Tane River to peak.')).toBe(
			'The Tane River'
		);
		// A county's name takes no article: "Harlow County", not "the Harlow County".
		const county = analyse(
			[
				'Harlow County declared a flood emergency on Monday.',
				"The county's emergency order covers 14 villages."
			],
			2024
		).contexts[1]?.referents.replace.get(0);
		expect(county).toBe("Harlow County's");
	});

	it('keeps a weekday that is part of a noun phrase ("Saturday night\'s blast")', () => {
		const shown = prompts(
			[
				'Police in Harlow arrested a 28-year-old man over two explosions in the city centre.',
				"Saturday night's blast in the busy Kelby Street market injured 29 people, and a second device was found nearby."
			].join('\n\n'),
			'Harlow blasts'
		);
		for (const text of shown) expect(text).not.toMatch(/^Night's\b/);
	});
});
