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
	streakFromTotals,
	type DayCount,
	type Retention
} from '$lib/study/stats';
import {
	isDue,
	mastery,
	studiedToday,
	todayCounts,
	type Mastery,
	type TodayCounts
} from '$lib/study/counts';
import { SETTINGS_KEY, type FactdeckDB } from './schema';

// What the screens load, each in one read transaction: the database part is here, the
// arithmetic in lib/study.

/** Cards of one FSRS state whose due time is in [from, to], through the [state, due] index. */
function stateRange(state: number, to: number, from = -Infinity): IDBKeyRange {
	return IDBKeyRange.bound([state, from], [state, to]);
}

export interface LoadedReviewQueue extends ReviewQueue {
	today: TodayContext;
	/** Today's figures, as every screen shows them. */
	counts: TodayCounts;
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
		list.length < maxDue ? list.filter((c) => isDue(c, now)).length : (counted ?? 0);
	const newAvailable = fresh.length < maxNew ? queue.newAvailable : newCount;
	return {
		...queue,
		newAvailable,
		today,
		counts: todayCounts({
			queue,
			dueRead: cards.filter((c) => isDue(c, now)).length,
			dueTotal:
				dueIn(learning, dueCounts[0]) +
				dueIn(review, dueCounts[1]) +
				dueIn(relearning, dueCounts[2]),
			newPerDay: settings.newPerDay,
			newUnseen: newAvailable,
			studied: studiedToday(reviewsToday, now)
		}),
		settings
	};
}

/** Consecutive days with a review, ending today (or yesterday, before today's first review). */
export async function loadStreak(db: FactdeckDB, now: number = Date.now()): Promise<number> {
	return streakFromTotals(await db.getAll('days'), now);
}

/** Today's figures, for the review page (the home and progress pages load them with the rest). */
export async function loadTodayCounts(
	db: FactdeckDB,
	now: number = Date.now()
): Promise<TodayCounts> {
	return (await loadReviewQueue(db, now)).counts;
}

export interface HomeSummary {
	today: TodayCounts;
	streak: number;
	mastery: Mastery;
}

/** What the home page shows: today's figures, the streak, and where the cards stand. */
export async function loadHomeSummary(
	db: FactdeckDB,
	now: number = Date.now()
): Promise<HomeSummary> {
	const [cards, today, streak] = await Promise.all([
		db.getAll('cards'),
		loadTodayCounts(db, now),
		loadStreak(db, now)
	]);
	return { today, streak, mastery: mastery(cards) };
}

export interface ProgressStats {
	/** Reviews per day over the last `days` days, oldest first (the calendar heatmap). */
	reviewsPerDay: DayCount[];
	/** Cards coming due per day for the next 30 days, after now. */
	dueForecast: DayCount[];
	/** Today's figures, the same as on the home and review pages. */
	today: TodayCounts;
	/** Over the whole log. */
	retention: Retention;
	mastery: Mastery;
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
	// Today's figures are read alongside (their own transaction), not after the whole store.
	const [cards, totals, today] = await Promise.all([
		tx.objectStore('cards').getAll(),
		tx.objectStore('days').getAll(),
		loadTodayCounts(db, now)
	]);
	await tx.done;
	return {
		reviewsPerDay: reviewsPerDayFromTotals(totals, { now, days }),
		dueForecast: dueForecast(cards, { now, days: 30 }),
		today,
		retention: retentionFromTotals(totals),
		mastery: mastery(cards),
		streak: streakFromTotals(totals, now),
		totalReviews: totals.reduce((sum, t) => sum + t.reviews, 0)
	};
}
