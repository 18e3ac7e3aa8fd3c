import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import { hasSeq, withSeqs } from './seq-ranges';

describe('sequence ranges', () => {
	it('keeps a device log numbered in order as one run', () => {
		expect(withSeqs([], [0, 1, 2, 3])).toEqual([[0, 4]]);
		expect(withSeqs([[0, 4]], [4, 6])).toEqual([
			[0, 5],
			[6, 7]
		]);
		expect(
			withSeqs(
				[
					[0, 5],
					[6, 7]
				],
				[5]
			)
		).toEqual([[0, 7]]);
	});

	it('knows exactly the numbers added, in any order', fuzzBudget, () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.nat({ max: 300 }), { maxLength: 40 }), { maxLength: 6 }),
				fc.nat({ max: 310 }),
				(batches, probe) => {
					let ranges = withSeqs([], []);
					for (const batch of batches) ranges = withSeqs(ranges, batch);
					expect(hasSeq(ranges, probe)).toBe(batches.some((batch) => batch.includes(probe)));
					ranges.forEach(([first, end], i) => {
						expect(first).toBeLessThan(end);
						if (i > 0) expect(first).toBeGreaterThan(ranges[i - 1]![1]);
					});
				}
			),
			fuzzRuns(300)
		);
	});
});
