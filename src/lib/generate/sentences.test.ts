import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
	it('keeps abbreviations, initials, decimals and thousands inside sentences', () => {
		const text =
			'U.S. officials met Dr. Jane Smith at 3 p.m. on Monday. She said 3,600 people earned 3.5 percent more. John F. Kennedy agreed.';
		expect(splitSentences(text)).toEqual([
			'U.S. officials met Dr. Jane Smith at 3 p.m. on Monday.',
			'She said 3,600 people earned 3.5 percent more.',
			'John F. Kennedy agreed.'
		]);
	});

	it('splits after closing quotes and at paragraph breaks', () => {
		expect(splitSentences('He said "We will win." Then he left\nA new paragraph.')).toEqual([
			'He said "We will win."',
			'Then he left',
			'A new paragraph.'
		]);
	});

	it('does not split before a lower-case word', () => {
		expect(splitSentences('The Washington Post. reported it. Yes.')).toEqual([
			'The Washington Post. reported it.',
			'Yes.'
		]);
	});

	it('bounds a sentence without full stops', () => {
		const long = Array.from({ length: 5000 }, () => 'word').join(' ');
		const parts = splitSentences(long);
		expect(parts.length).toBeGreaterThan(1);
		expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(4100);
	});
	it('sets a scoreline heading or a "Note:" label apart from its sentence', () => {
		expect(
			splitSentences(
				'Harbor Rovers 4, Lake City 1: Ana Diaz scored twice as the Rovers won again. ' +
					'Note: Tom Reyes was sent off in the second half.'
			)
		).toEqual([
			'Harbor Rovers 4, Lake City 1:',
			'Ana Diaz scored twice as the Rovers won again.',
			'Note:',
			'Tom Reyes was sent off in the second half.'
		]);
		// A speaker's colon stays: the quote needs who said it.
		expect(splitSentences('The coach said: "We will be back next season."')).toHaveLength(1);
	});

	it("sets a team's name apart from the notes it heads", () => {
		expect(splitSentences('Rovers: Tom Reyes left the game with a sprained ankle.')).toEqual([
			'Rovers:',
			'Tom Reyes left the game with a sprained ankle.'
		]);
		// A sentence that only has a colon later keeps it.
		expect(splitSentences('The Rovers had one aim: a win.')).toHaveLength(1);
	});
});
