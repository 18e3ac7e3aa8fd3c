import type { Card, Settings } from '$lib/types';
import { normalizeSettings } from '$lib/srs/settings';
import { startOfDay } from '$lib/study/day';
import {
	buildReviewQueue,
	todayContext,
	type ReviewQueue,
	type TodayContext
} from '$lib/study/queue';
import {
	dueForecast,
	retentionFromTotals,
	reviewsPerDayFromTotals,
	setMastery,
	streakFromTotals,
	type DayCount,
	type Retention,
	type SetMastery
} from '$lib/study/stats';
import { SETTINGS_KEY, type FactdeckDB } from './schema';

// What the screens load, each in one read transaction: the database part is here, the
// arithmetic in lib/study.

/** Cards of one FSRS state whose due time is in [from, to], through the [state, due] index. */
function stateRange(state: number, to: number, from = -Infinity): IDBKeyRange {
	return IDBKeyRange.bound([state, from], [state, to]);
}

export interface LoadedReviewQueue extends ReviewQueue {
	/** All cards due now, also those beyond maxDue (retired ones may be counted when that many). */
	dueTotal: number;
	today: TodayContext;
	settings: Settings;
}

export interface QueueLimits {
	/**
	 * Due cards read per FSRS state (learning, review, relearning), most overdue first. A backlog
	 * larger than this is studied in rounds: load the queue again after a session. Keeps the
	 * load fast with thousands due (bench: 10,000 cards, 100,000 reviews).
	 */
	maxDue?: number;
	/**
	 * New cards read, oldest added first; new cards are interleaved across the sets among them.
	 */
	maxNew?: number;
}

/**
 * Today's review across all sets: due cards (most overdue first), then new cards within what
 * is left of today's limit, interleaved across sets, siblings of today's reviews buried.
 */
export async function loadReviewQueue(
	db: FactdeckDB,
	now: number = Date.now(),
	{ maxDue = 300, maxNew = 200 }: QueueLimits = {}
): Promise<LoadedReviewQueue> {
	const tx = db.transaction(['cards', 'reviews', 'settings'], 'readonly');
	const byStateDue = tx.objectStore('cards').index('byStateDue');
	const [storedSettings, learning, review, relearning, fresh, dueCounts, newCount, reviewsToday] =
		await Promise.all([
			tx.objectStore('settings').get(SETTINGS_KEY),
			byStateDue.getAll(stateRange(1, now), maxDue),
			byStateDue.getAll(stateRange(2, now), maxDue),
			byStateDue.getAll(stateRange(3, now), maxDue),
			byStateDue.getAll(stateRange(0, Infinity), maxNew),
			Promise.all([1, 2, 3].map((state) => byStateDue.count(stateRange(state, now)))),
			byStateDue.count(stateRange(0, Infinity)),
			tx
				.objectStore('reviews')
				.index('byReviewedAt')
				.getAll(IDBKeyRange.bound(startOfDay(now), now))
		]);
	const cards: Card[] = [...learning, ...review, ...relearning, ...fresh];
	// Cards reviewed today are usually not due any more, so fetch them for their sibling keys.
	const byId = new Map(cards.map((c) => [c.id, c]));
	const missing = [...new Set(reviewsToday.map((r) => r.cardId))].filter((id) => !byId.has(id));
	const fetched = await Promise.all(missing.map((id) => tx.objectStore('cards').get(id)));
	await tx.done;
	for (const card of fetched) if (card) byId.set(card.id, card);

	const settings = normalizeSettings(storedSettings);
	const today = todayContext(reviewsToday, byId, now);
	const queue = buildReviewQueue({
		cards,
		now,
		newPerDay: settings.newPerDay,
		newIntroducedToday: today.newIntroducedToday,
		reviewedSiblingKeysToday: today.reviewedSiblingKeysToday
	});
	// Exact when everything was read; otherwise the index count (which includes retired cards).
	const dueIn = (list: Card[], counted: number | undefined) =>
		list.length < maxDue ? list.filter((c) => !c.retired).length : (counted ?? 0);
	return {
		...queue,
		newAvailable: fresh.length < maxNew ? queue.newAvailable : newCount,
		dueTotal:
			dueIn(learning, dueCounts[0]) + dueIn(review, dueCounts[1]) + dueIn(relearning, dueCounts[2]),
		today,
		settings
	};
}

/** Consecutive days with a review, ending today (or yesterday, before today's first review). */
export async function loadStreak(db: FactdeckDB, now: number = Date.now()): Promise<number> {
	return streakFromTotals(await db.getAll('days'), now);
}

export interface HomeSummary {
	/** Cards due now (learning and review). */
	dueNow: number;
	/** New cards not studied yet, across all sets. */
	newAvailable: number;
	/** New cards today's review will still introduce. */
	newToday: number;
	streak: number;
	mastery: Map<string, SetMastery>;
}

/** What the home page shows: due now, new available, streak, and each set's mastery. */
export async function loadHomeSummary(
	db: FactdeckDB,
	now: number = Date.now()
): Promise<HomeSummary> {
	const [cards, queue, streak] = await Promise.all([
		db.getAll('cards'),
		loadReviewQueue(db, now),
		loadStreak(db, now)
	]);
	return {
		dueNow: queue.dueTotal,
		newAvailable: queue.newAvailable,
		newToday: queue.newCount,
		streak,
		mastery: setMastery(cards)
	};
}

export interface ProgressStats {
	/** Reviews per day over the last `days` days, oldest first (the calendar heatmap). */
	reviewsPerDay: DayCount[];
	/** Cards coming due per day for the next 30 days. */
	dueForecast: DayCount[];
	/** Over the whole log. */
	retention: Retention;
	mastery: Map<string, SetMastery>;
	streak: number;
	totalReviews: number;
}

/**
 * Everything on the progress page, from the cards and the daily totals (never the whole log).
 */
export async function loadProgress(
	db: FactdeckDB,
	{ now = Date.now(), days = 182 }: { now?: number; days?: number } = {}
): Promise<ProgressStats> {
	const tx = db.transaction(['cards', 'days'], 'readonly');
	const [cards, totals] = await Promise.all([
		tx.objectStore('cards').getAll(),
		tx.objectStore('days').getAll()
	]);
	await tx.done;
	return {
		reviewsPerDay: reviewsPerDayFromTotals(totals, { now, days }),
		dueForecast: dueForecast(cards, { now, days: 30 }),
		retention: retentionFromTotals(totals),
		mastery: setMastery(cards),
		streak: streakFromTotals(totals, now),
		totalReviews: totals.reduce((sum, t) => sum + t.reviews, 0)
	};
}
