import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import { adjacentSiblings, spreadSiblings } from './spread';

interface Item {
	id: number;
	sentence: string;
}
const sentenceOf = (item: Item) => item.sentence;

function items(sentences: readonly string[]): Item[] {
	return sentences.map((sentence, id) => ({ id, sentence }));
}
function sentences(list: readonly Item[]): string {
	return list.map(sentenceOf).join('');
}
/** The largest number of items on one sentence. */
function largestGroup(list: readonly Item[]): number {
	const counts = new Map<string, number>();
	for (const item of list) counts.set(item.sentence, (counts.get(item.sentence) ?? 0) + 1);
	return Math.max(0, ...counts.values());
}

// Few sentences, so that siblings are common and many sets have no valid order at all.
const anySet = fc
	.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 40 })
	.map((list) => items(list));

describe('spreadSiblings', () => {
	it('moves a sibling back only as far as it must', () => {
		expect(sentences(spreadSiblings(items([...'aabc']), sentenceOf))).toBe('abac');
		expect(sentences(spreadSiblings(items([...'aaabb']), sentenceOf))).toBe('ababa');
		expect(sentences(spreadSiblings(items([...'abcc']), sentenceOf))).toBe('acbc');
		// Questions of one sentence in a row, as a set lists them: interleaved with the others.
		expect(sentences(spreadSiblings(items([...'aaabbbccc']), sentenceOf))).toBe('ababcacbc');
	});

	it('takes a sentence that holds over half of what is left before it runs together', () => {
		// Taking 'b' and 'c' first (the earliest others) would leave 'a' three times in a row.
		expect(sentences(spreadSiblings(items([...'bcaaa']), sentenceOf))).toBe('abaca');
	});

	it('leaves what it cannot separate as few times together as possible', () => {
		expect(sentences(spreadSiblings(items([...'aaaab']), sentenceOf))).toBe('abaaa');
		expect(sentences(spreadSiblings(items([...'aaa']), sentenceOf))).toBe('aaa');
		expect(spreadSiblings([], sentenceOf)).toEqual([]);
	});

	it(
		'never puts siblings side by side when an order without that exists, and keeps every item',
		fuzzBudget,
		() => {
			fc.assert(
				fc.property(anySet, (set) => {
					const spread = spreadSiblings(set, sentenceOf);
					expect([...spread].sort((x, y) => x.id - y.id)).toEqual(set);
					const largest = largestGroup(set);
					// A valid order exists exactly when no sentence has more than half (rounded up).
					if (largest <= Math.ceil(set.length / 2)) {
						expect(adjacentSiblings(spread, sentenceOf)).toBe(0);
					} else {
						// Otherwise the fewest: the largest group's surplus over everything else.
						expect(adjacentSiblings(spread, sentenceOf)).toBe(largest - 1 - (set.length - largest));
					}
				}),
				fuzzRuns(3000)
			);
		}
	);

	it('returns an order that already keeps siblings apart unchanged', fuzzBudget, () => {
		fc.assert(
			fc.property(anySet, (set) => {
				const spread = spreadSiblings(set, sentenceOf);
				expect(spreadSiblings(spread, sentenceOf)).toEqual(spread);
			}),
			fuzzRuns(1000)
		);
	});

	it('orders 10,000 cards', () => {
		const many = items(Array.from({ length: 10_000 }, (_, i) => `s${Math.floor(i / 3)}`));
		const spread = spreadSiblings(many, sentenceOf);
		expect(spread).toHaveLength(10_000);
		expect(adjacentSiblings(spread, sentenceOf)).toBe(0);
	});
});
