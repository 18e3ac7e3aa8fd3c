import { describe, expect, it } from 'vitest';
import { compareQuestions, figuresBySide, type EmittedQuestion } from './compare';

const q = (document: string, prompt: string, answer = 'true'): EmittedQuestion => ({
	document,
	type: 'truefalse',
	prompt,
	answer
});

describe('compareQuestions', () => {
	it('finds what a version drops and adds, and leaves the shared questions out', () => {
		const before = [
			q('a.md', 'Kelby has 9,000 people.'),
			q('a.md', 'Kelby has a port.'),
			q('b.md', 'X.')
		];
		const after = [q('a.md', 'Kelby has a port.'), q('b.md', 'X.', 'false'), q('b.md', 'Y.')];
		const { removed, added, kept } = compareQuestions(before, after);
		expect(removed.map((r) => r.prompt)).toEqual(['Kelby has 9,000 people.', 'X.']);
		// The same prompt with another answer is another question.
		expect(added.map((r) => `${r.prompt} ${r.answer}`)).toEqual(['X. false', 'Y. true']);
		expect(kept).toBe(1);
	});

	it('tells one article from another', () => {
		const { removed, added } = compareQuestions([q('a.md', 'Same.')], [q('b.md', 'Same.')]);
		expect(removed).toHaveLength(1);
		expect(added).toHaveLength(1);
	});
});

describe('figuresBySide', () => {
	it('counts the items every rater accepted, per side, and those too few rated', () => {
		const sides = new Map([
			['D1', 'removed'],
			['D2', 'removed'],
			['D3', 'added'],
			['D4', 'added']
		] as const);
		const labels: Record<string, 0 | 1 | undefined> = { D1: 1, D2: 0, D3: 1, D4: undefined };
		expect(figuresBySide(sides, (id) => labels[id])).toEqual([
			{ side: 'removed', items: 2, acceptable: 1, unrated: 0 },
			{ side: 'added', items: 2, acceptable: 1, unrated: 1 }
		]);
	});
});
