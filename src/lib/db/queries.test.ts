import { beforeEach, describe, expect, it } from 'vitest';
import { recordAnswer } from './answers';
import { syncSetCards } from './cards';
import {
	loadHomeSummary,
	loadProgress,
	loadReviewQueue,
	loadStreak,
	loadTodayCounts
} from './queries';
import type { FactdeckDB } from './schema';
import { updateSettings } from './settings';
import { freshDatabase, makeSet } from './testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import type { ReviewRating } from '$lib/types';

const NOW = new Date(2026, 2, 10, 12).getTime();
const DAY = 86_400_000;
let db: FactdeckDB;

async function answer(cardId: string, now: number, rating: ReviewRating = 3) {
	return recordAnswer(db, {
		cardId,
		rating,
		answer: '',
		correct: rating > 1,
		mode: 'review',
		durationMs: 1000,
		now,
		settings: DEFAULT_SETTINGS
	});
}

beforeEach(async () => {
	db = await freshDatabase();
	await syncSetCards(db, makeSet('a', 6), NOW - 10 * DAY);
	await syncSetCards(db, makeSet('b', 6), NOW - 10 * DAY);
});

describe('loadReviewQueue', () => {
	it('limits new cards by what was introduced today and buries today’s siblings', async () => {
		await updateSettings(db, { newPerDay: 4 });
		// a:q1 and a:q2 share a sentence; answering a:q1 today buries a:q2.
		await answer('a:q1', NOW - 60 * 60_000, 4);
		const queue = await loadReviewQueue(db, NOW);
		expect(queue.today.newIntroducedToday).toBe(1);
		expect(queue.newCount).toBe(3);
		expect(queue.cards.map((c) => c.id)).not.toContain('a:q2');
		// Interleaved a, b, a, ...; a:q2 and b:q2 wait because a sibling was reviewed or queued.
		expect(queue.cards.map((c) => c.id)).toEqual(['b:q1', 'a:q3', 'b:q3']);
		expect(queue.settings.newPerDay).toBe(4);
	});
});

describe('loadReviewQueue limits', () => {
	it('reads only the most overdue cards beyond maxDue but still counts them all', async () => {
		for (const id of ['a:q1', 'a:q3', 'a:q5', 'b:q1', 'b:q3']) await answer(id, NOW - 9 * DAY, 4);
		const queue = await loadReviewQueue(db, NOW + 60 * DAY, { maxDue: 2, maxNew: 3 });
		expect(queue.dueCount).toBe(2);
		expect(queue.counts.due).toBe(5);
		expect(queue.newAvailable).toBe(7);
		const all = await loadReviewQueue(db, NOW + 60 * DAY);
		expect(all.counts.due).toBe(5);
		expect(all.cards.slice(0, 2)).toEqual(queue.cards.slice(0, 2));
	});
});

describe('loadStreak and loadHomeSummary', () => {
	it('count consecutive days and what is due', async () => {
		await answer('a:q1', NOW - 2 * DAY);
		await answer('a:q3', NOW - DAY);
		expect(await loadStreak(db, NOW)).toBe(2);
		await answer('a:q5', NOW);
		expect(await loadStreak(db, NOW)).toBe(3);
		const home = await loadHomeSummary(db, NOW + 1);
		expect(home.streak).toBe(3);
		expect(home.today).toMatchObject({ newUnseen: 9, studiedToday: 1, newStartedToday: 1 });
		expect(home.mastery.bySet.get('a')).toMatchObject({ total: 6, new: 3 });
	});
});

describe('loadProgress', () => {
	it('computes the progress page from the log', async () => {
		await answer('a:q1', NOW - 3 * DAY);
		await answer('a:q1', NOW - DAY, 1);
		await answer('b:q1', NOW - DAY);
		const progress = await loadProgress(db, { now: NOW, days: 7 });
		expect(progress.reviewsPerDay.map((d) => d.count)).toEqual([0, 0, 0, 1, 0, 2, 0]);
		expect(progress.retention).toEqual({ reviews: 1, passed: 0, rate: 0 });
		expect(progress.dueForecast).toHaveLength(30);
		// Both cards were left on a learning step yesterday, so both are due now: today's "due",
		// not the forecast's.
		expect(progress.dueForecast.reduce((s, d) => s + d.count, 0)).toBe(0);
		expect(progress.today).toEqual(await loadTodayCounts(db, NOW));
		expect(progress.today).toMatchObject({ due: 2, learning: 2 });
		expect(progress.totalReviews).toBe(3);
		expect(progress.streak).toBe(1);
	});
});
