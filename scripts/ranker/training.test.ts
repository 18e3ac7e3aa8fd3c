import { describe, expect, it } from 'vitest';
import { parseRatings } from '../eval/ratings';
import { mergeTrainingData, parseTrainingData, trainingData } from './training';

const key = {
	featureNames: ['a', 'b'],
	items: {
		P02: { features: [2, 0], chosen: false, prompt: 'text that must not leak' },
		P01: { features: [1, 1], chosen: true, prompt: 'text that must not leak' },
		P03: { features: [3, 1], chosen: true }
	}
};

describe('trainingData', () => {
	const anna = parseRatings('P01\t1\nP02\t1\nP03\t1');
	const ben = parseRatings('P01\t1\nP02\t0\tvague');
	const data = trainingData(key, [anna, ben]);

	it('labels by agreement and leaves out items with fewer than two raters', () => {
		expect(data.examples).toEqual([
			{ features: [1, 1], label: 1 },
			{ features: [2, 0], label: 0 }
		]);
		expect(data.chosen).toEqual([true, false]);
		expect(data.unrated).toBe(1);
	});
	it('holds numbers and feature names only', () => {
		const committed = { featureNames: data.featureNames, examples: data.examples };
		expect(JSON.stringify(committed)).not.toContain('leak');
		expect(parseTrainingData(JSON.parse(JSON.stringify(committed)))).toEqual(committed);
	});
	it('refuses a malformed file', () => {
		expect(() =>
			parseTrainingData({ featureNames: ['a'], examples: [{ features: [1, 2], label: 1 }] })
		).toThrow(/example 0/);
		expect(() =>
			parseTrainingData({ featureNames: ['a'], examples: [{ features: [1], label: 2 }] })
		).toThrow();
		expect(() => parseTrainingData([])).toThrow();
	});
});

describe('mergeTrainingData', () => {
	const earlier = { featureNames: ['a', 'b'], examples: [{ features: [0, 1], label: 1 as const }] };
	it('adds new ratings after the earlier ones', () => {
		const added = { featureNames: ['a', 'b'], examples: [{ features: [2, 3], label: 0 as const }] };
		expect(mergeTrainingData(earlier, added).examples).toEqual([
			{ features: [0, 1], label: 1 },
			{ features: [2, 3], label: 0 }
		]);
	});
	it('refuses ratings described by other features', () => {
		const added = { featureNames: ['a', 'c'], examples: [] };
		expect(() => mergeTrainingData(earlier, added)).toThrow(/features a, c/);
	});
});
