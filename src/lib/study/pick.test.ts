import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import fc from 'fast-check';
import { cardsInSetOrder, pickTestCards } from './pick';
import { adjacentSiblings, siblingOf } from './spread';
import { makeCard } from './testing';
import type { QuestionSet } from '$lib/types';

const set = {
	id: 'a',
	title: 'A',
	generatorVersion: 't',
	sentences: [],
	questions: ['q3', 'q1', 'q2', 'q9'].map((id) => ({
		id,
		type: 'cloze' as const,
		prompt: '',
		answer: '',
		sourceSentence: 0,
		explanation: ''
	}))
} satisfies QuestionSet;

describe('cardsInSetOrder', () => {
	it('follows the set and skips retired, foreign and missing cards', () => {
		const cards = [
			makeCard({ setId: 'a', questionId: 'q1' }),
			makeCard({ setId: 'a', questionId: 'q2', retired: true }),
			makeCard({ setId: 'a', questionId: 'q3' }),
			makeCard({ setId: 'b', questionId: 'q9' })
		];
		expect(cardsInSetOrder(cards, set).map((c) => c.id)).toEqual(['a:q3', 'a:q1']);
	});
});

describe('pickTestCards', () => {
	it('picks distinct active cards, at most as many as exist', fuzzBudget, () => {
		const cards = Array.from({ length: 15 }, (_, i) =>
			makeCard({ questionId: `q${i}`, retired: i === 0 })
		);
		fc.assert(
			fc.property(fc.integer({ min: -3, max: 30 }), fc.integer(), (count, seed) => {
				const random = mulberry(seed);
				const picked = pickTestCards(cards, count, random);
				expect(picked).toHaveLength(Math.max(0, Math.min(count, 14)));
				expect(new Set(picked.map((c) => c.id)).size).toBe(picked.length);
				expect(picked.some((c) => c.retired)).toBe(false);
			}),
			fuzzRuns(100)
		);
		expect(pickTestCards(cards)).toHaveLength(10);
	});

	it('never puts two questions on one sentence one after the other', fuzzBudget, () => {
		const cards = Array.from({ length: 12 }, (_, i) =>
			makeCard({ questionId: `q${i}`, siblingKey: `a#${i % 4}` })
		);
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 12 }), fc.integer(), (count, seed) => {
				const picked = pickTestCards(cards, count, mulberry(seed));
				expect(adjacentSiblings(picked, siblingOf)).toBe(0);
			}),
			fuzzRuns(200)
		);
	});
});

function mulberry(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
