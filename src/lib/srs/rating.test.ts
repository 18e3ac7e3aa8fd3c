import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import fc from 'fast-check';
import { QUESTION_TYPES } from '$lib/types';
import { AGAIN, EASY, GOOD, HARD, FAST_ANSWER_MS, ratingForAnswer } from './rating';

describe('ratingForAnswer', () => {
	it('rates a wrong answer Again, whatever else is true', fuzzBudget, () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...QUESTION_TYPES),
				fc.double({ noNaN: false }),
				fc.boolean(),
				(type, durationMs, usedHint) => {
					expect(ratingForAnswer({ correct: false, durationMs, type, usedHint })).toBe(AGAIN);
				}
			),
			fuzzRuns(100)
		);
	});

	it('rates right after a hint Hard, even when fast', () => {
		expect(ratingForAnswer({ correct: true, durationMs: 100, type: 'mcq', usedHint: true })).toBe(
			HARD
		);
	});

	it('rates right and fast Easy, right and slow Good, per type', () => {
		expect(ratingForAnswer({ correct: true, durationMs: 4_999, type: 'truefalse' })).toBe(EASY);
		expect(ratingForAnswer({ correct: true, durationMs: 5_000, type: 'truefalse' })).toBe(GOOD);
		expect(ratingForAnswer({ correct: true, durationMs: 7_000, type: 'mcq' })).toBe(EASY);
		expect(ratingForAnswer({ correct: true, durationMs: 9_000, type: 'mcq' })).toBe(GOOD);
		expect(ratingForAnswer({ correct: true, durationMs: 11_000, type: 'cloze' })).toBe(EASY);
		expect(ratingForAnswer({ correct: true, durationMs: 11_000, type: 'numeric' })).toBe(EASY);
		expect(ratingForAnswer({ correct: true, durationMs: 13_000, type: 'numeric' })).toBe(GOOD);
	});

	it('never rates a flashcard Easy by speed, nor a broken duration', () => {
		expect(FAST_ANSWER_MS.flashcard).toBe(0);
		expect(ratingForAnswer({ correct: true, durationMs: 10, type: 'flashcard' })).toBe(GOOD);
		expect(ratingForAnswer({ correct: true, durationMs: NaN, type: 'mcq' })).toBe(GOOD);
		expect(ratingForAnswer({ correct: true, durationMs: -5, type: 'mcq' })).toBe(GOOD);
	});
});
