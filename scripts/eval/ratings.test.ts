import { describe, expect, it } from 'vitest';
import {
	agreedLabel,
	cohensKappa,
	labelCounts,
	parseRatings,
	raterName,
	type Rating
} from './ratings';

function rater(answers: string): Map<string, Rating> {
	return new Map([...answers].map((a, i) => [`Q${i}`, { acceptable: a === '1', labels: [] }]));
}

describe('parseRatings', () => {
	it('reads ID, 1|0 and comma-separated labels; skips header, blanks and comments', () => {
		const r = parseRatings(
			'id\tacceptable\tlabels\nQ01\t1\t\n# note\n\nQ02\t0\tVague, giveaway\nQ03\t0'
		);
		expect([...r.keys()]).toEqual(['Q01', 'Q02', 'Q03']);
		expect(r.get('Q02')).toEqual({ acceptable: false, labels: ['vague', 'giveaway'] });
		expect(r.get('Q03')?.labels).toEqual([]);
	});
	it('refuses a score other than 1 or 0, and an id rated twice', () => {
		expect(() => parseRatings('Q01\tyes\t', 'ratings-a.tsv')).toThrow(/ratings-a\.tsv:1/);
		expect(() => parseRatings('Q01\t1\nQ01\t0')).toThrow(/twice/);
	});
	it('names the rater after the file', () => {
		expect(raterName('ratings-anna.tsv')).toBe('anna');
	});
});

describe('agreement', () => {
	it('labels acceptable only when every rater says 1, with at least two raters', () => {
		const a = rater('1100');
		const b = new Map([...rater('1010')].slice(0, 3));
		expect([0, 1, 2, 3].map((i) => agreedLabel(`Q${i}`, [a, b]))).toEqual([1, 0, 0, undefined]);
		expect(agreedLabel('Q3', [a, b], 1)).toBe(0);
	});
	it("gives Cohen's kappa 0.4 on the textbook 50-item example (20 yes/yes, 5, 10, 15 no/no)", () => {
		const a = rater('1'.repeat(20) + '1'.repeat(5) + '0'.repeat(10) + '0'.repeat(15));
		const b = rater('1'.repeat(20) + '0'.repeat(5) + '1'.repeat(10) + '0'.repeat(15));
		const k = cohensKappa(a, b);
		expect(k.items).toBe(50);
		expect(k.observed).toBeCloseTo(0.7, 10);
		expect(k.expected).toBeCloseTo(0.5, 10);
		expect(k.kappa).toBeCloseTo(0.4, 10);
	});
	it('gives kappa 1 for identical raters and counts labels', () => {
		expect(cohensKappa(rater('1011'), rater('1011')).kappa).toBe(1);
		const r = parseRatings('Q1\t0\tvague\nQ2\t0\tvague,trivial');
		expect(labelCounts([r])).toEqual([
			['vague', 2],
			['trivial', 1]
		]);
	});
});
