import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/lib/generate/random';
import {
	accuracy,
	auc,
	crossValidate,
	fitLogistic,
	foldOf,
	logit,
	predict,
	type Example
} from './logistic';

/** Separable by x0 + 2·x1 > 3 on a large scale, plus a constant and a noise feature. */
function synthetic(n: number): Example[] {
	const random = seededRandom('synthetic');
	return Array.from({ length: n }, () => {
		const x0 = random() * 4;
		const x1 = random() * 2;
		const features = [x0 * 100, x1, 7, random()];
		return { features, label: x0 + 2 * x1 > 3 ? 1 : 0 };
	});
}

describe('fitLogistic', () => {
	const data = synthetic(300);
	const model = fitLogistic(data, { lambda: 0.01 });

	it('separates a separable set', () => {
		const scores = data.map((e) => predict(model, e.features));
		expect(
			accuracy(
				scores,
				data.map((e) => e.label)
			)
		).toBeGreaterThan(0.97);
		expect(
			auc(
				scores,
				data.map((e) => e.label)
			)
		).toBeGreaterThan(0.99);
	});
	it('folds the standardisation into raw weights: the ratio of the two real weights is found', () => {
		// Boundary x0 + 2·x1 = 3 with features x0·100 and x1: weights ∝ 1/100 : 2.
		const ratio = model.weights[1]! / model.weights[0]!;
		expect(ratio).toBeGreaterThan(180);
		expect(ratio).toBeLessThan(220);
		expect(model.weights[2]).toBe(0);
		expect(Math.abs(model.weights[3]!)).toBeLessThan(Math.abs(model.weights[1]!) / 5);
		expect(logit(model, [300, 0, 7, 0.5])).toBeCloseTo(
			model.bias + 300 * model.weights[0]! + 7 * model.weights[2]! + 0.5 * model.weights[3]!,
			10
		);
	});
	it('is deterministic, and a larger penalty gives smaller weights', () => {
		expect(fitLogistic(data, { lambda: 0.01 })).toEqual(model);
		const strong = fitLogistic(data, { lambda: 100 });
		expect(Math.abs(strong.weights[1]!)).toBeLessThan(Math.abs(model.weights[1]!));
	});
	it('survives a set with one class only', () => {
		const ones = data.map((e) => ({ ...e, label: 1 as const }));
		const m = fitLogistic(ones);
		expect(predict(m, ones[0]!.features)).toBeGreaterThan(0.9);
	});
});

describe('evaluation helpers', () => {
	it('computes AUC with ties counted half', () => {
		expect(auc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0])).toBe(1);
		expect(auc([0.5, 0.5], [1, 0])).toBe(0.5);
		expect(auc([0.1, 0.9, 0.4], [1, 0, 0])).toBe(0);
		expect(auc([0.5, 0.9, 0.4], [1, 0, 0])).toBe(0.5);
	});
	it('deals stratified, seeded folds', () => {
		const labels = Array.from({ length: 50 }, (_, i) => (i < 20 ? 1 : 0) as 0 | 1);
		const folds = foldOf(labels, 5, 1);
		expect(foldOf(labels, 5, 1)).toEqual(folds);
		for (let f = 0; f < 5; f += 1) {
			expect(folds.filter((x, i) => x === f && labels[i] === 1)).toHaveLength(4);
			expect(folds.filter((x) => x === f)).toHaveLength(10);
		}
	});
	it('cross-validates with out-of-fold predictions', () => {
		const data = synthetic(200);
		const scores = crossValidate(data, 5, 1, { lambda: 0.01 });
		expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
		expect(
			auc(
				scores,
				data.map((e) => e.label)
			)
		).toBeGreaterThan(0.97);
	});
});
