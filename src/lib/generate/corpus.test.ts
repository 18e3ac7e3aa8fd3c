import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../types';
import { generateQuestionSet } from './index';
import { corpusPaths, invariantViolations, readDocument, SEED_PATH } from './testing';

const paths = [SEED_PATH, ...corpusPaths()];

describe('corpus invariants', () => {
	it('has at least 10 corpus documents besides the seed', () => {
		expect(corpusPaths().length).toBeGreaterThanOrEqual(10);
	});

	describe.each(paths)('%s', (path) => {
		const doc = readDocument(path);
		const set = generateQuestionSet(doc);

		it('yields questions that keep every invariant', () => {
			// A first-person speech leans on its context: fewer of its sentences stand alone.
			expect(set.questions.length).toBeGreaterThanOrEqual(path.includes('speech') ? 3 : 5);
			expect(invariantViolations(set)).toEqual([]);
		});

		it('is byte-identical across runs', () => {
			expect(JSON.stringify(generateQuestionSet(doc))).toBe(JSON.stringify(set));
		});

		it('uses the contract shape', () => {
			for (const q of set.questions) {
				expect(QUESTION_TYPES).toContain(q.type);
				expect(q.id).toMatch(/^[a-z0-9]{6,12}$/);
				if (q.type === 'numeric') expect(q.answer).toMatch(/\d/);
				if (q.type !== 'mcq') expect(q.options).toBeUndefined();
			}
		});
	});

	it('does not put the correct option in a predictable place', () => {
		const positions: number[] = [0, 0, 0, 0];
		for (const path of paths) {
			for (const q of generateQuestionSet(readDocument(path)).questions) {
				const at = q.options?.indexOf(q.answer) ?? -1;
				if (q.type === 'mcq' && at >= 0) positions[at] = (positions[at] ?? 0) + 1;
			}
		}
		const total = positions.reduce((a, b) => a + b, 0);
		for (const count of positions) expect(count / total).toBeLessThan(0.45);
	});
});
