import { describe, expect, it } from 'vitest';
import {
	newSchedule,
	nextIntervals,
	retrievability,
	sameSchedule,
	scheduleReview
} from './scheduler';
import { DEFAULT_SETTINGS } from './settings';

const NOW = Date.UTC(2026, 0, 10, 9, 0, 0);
const DAY = 86_400_000;

describe('scheduler (ts-fsrs)', () => {
	it('starts new cards due now with state New', () => {
		const card = newSchedule(NOW);
		expect(card).toMatchObject({ due: NOW, state: 0, reps: 0, lastReview: null });
	});

	it('uses the default learning steps: Again on a new card comes back in a minute', () => {
		const card = scheduleReview(newSchedule(NOW), 1, NOW, DEFAULT_SETTINGS);
		expect(card.state).toBe(1);
		expect(card.due - NOW).toBe(60_000);
		expect(card.lastReview).toBe(NOW);
	});

	it('orders intervals Again ≤ Hard ≤ Good ≤ Easy and labels them', () => {
		let card = newSchedule(NOW);
		let now = NOW;
		for (let i = 0; i < 4; i++) {
			card = scheduleReview(card, 3, now, DEFAULT_SETTINGS);
			now = card.due;
		}
		const intervals = nextIntervals(card, now, DEFAULT_SETTINGS);
		expect(intervals[1].due).toBeLessThanOrEqual(intervals[2].due);
		expect(intervals[2].due).toBeLessThanOrEqual(intervals[3].due);
		expect(intervals[3].due).toBeLessThanOrEqual(intervals[4].due);
		expect(intervals[4].label).toMatch(/^\d+(\.\d)?(d|mo|y)$/);
		expect(nextIntervals(newSchedule(NOW), NOW, DEFAULT_SETTINGS)[1].label).toBe('1m');
	});

	it('fuzzes: review cards studied together do not all come due on the same day', () => {
		const dues = new Set<number>();
		for (let i = 0; i < 20; i++) {
			// Different review times (seconds apart) seed the fuzz differently.
			const t = NOW + i * 1000;
			let card = scheduleReview(newSchedule(t), 3, t, DEFAULT_SETTINGS);
			card = scheduleReview(card, 3, card.due, DEFAULT_SETTINGS);
			card = scheduleReview(card, 4, card.due + 10 * DAY, DEFAULT_SETTINGS);
			dues.add(Math.floor((card.due - t) / DAY));
		}
		expect(dues.size).toBeGreaterThan(1);
	});

	it('schedules longer intervals at lower desired retention', () => {
		let card = newSchedule(NOW);
		card = scheduleReview(card, 3, NOW, DEFAULT_SETTINGS);
		card = scheduleReview(card, 3, card.due, DEFAULT_SETTINGS);
		const low = scheduleReview(card, 3, card.due + 5 * DAY, { desiredRetention: 0.7 });
		const high = scheduleReview(card, 3, card.due + 5 * DAY, { desiredRetention: 0.97 });
		expect(low.scheduledDays).toBeGreaterThan(high.scheduledDays);
	});

	it('reports retrievability 0 for new cards and high right after a review', () => {
		expect(retrievability(newSchedule(NOW), NOW, DEFAULT_SETTINGS)).toBe(0);
		const card = scheduleReview(newSchedule(NOW), 3, NOW, DEFAULT_SETTINGS);
		expect(retrievability(card, NOW + 1000, DEFAULT_SETTINGS)).toBeGreaterThan(0.9);
	});

	it('tells schedules apart by any field, and ignores what is not schedule', () => {
		const card = scheduleReview(newSchedule(NOW), 3, NOW, DEFAULT_SETTINGS);
		expect(sameSchedule(card, { ...card })).toBe(true);
		expect(
			sameSchedule({ ...card, id: 'a' } as typeof card, { ...card, id: 'b' } as typeof card)
		).toBe(true);
		expect(sameSchedule(card, { ...card, reps: card.reps + 1 })).toBe(false);
		expect(sameSchedule(card, { ...card, lastReview: null })).toBe(false);
	});
});
