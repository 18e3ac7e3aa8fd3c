import type { IDBPObjectStore } from 'idb';
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
	forecastDays,
	retentionFromTotals,
	reviewsPerDayFromTotals,
	streakFromTotals,
	type DayCount,
	type Retention
} from '$lib/study/stats';
import {
	isDue,
	MASTERY_LEVELS,
	masteryFromCounts,
	studiedToday,
	todayCounts,
	type LevelCount,
	type Mastery,
	type TodayCounts
} from '$lib/study/counts';
import { SETTINGS_KEY, type FactdeckDB, type FactdeckSchema, type StoreName } from './schema';

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

/** The cards store of a read transaction. */
type CardReader = IDBPObjectStore<FactdeckSchema, ArrayLike<StoreName>, 'cards', 'readonly'>;

/**
 * Where the cards stand, per set and overall, as index counts of the stored levels (see
 * StoredCard), in a read transaction of their own: the set index's distinct keys first (a
 * cursor, one step a set), then four counts a set at once; no card is read.
 */
async function loadMastery(db: FactdeckDB): Promise<Mastery> {
	const cards = db.transaction('cards', 'readonly').store;
	const setIds: string[] = [];
	for (
		let cursor = await cards.index('bySet').openKeyCursor(null, 'nextunique');
		cursor;
		cursor = await cursor.continue()
	) {
		setIds.push(cursor.key);
	}
	const bySetLevel = cards.index('bySetLevel');
	const counts = await Promise.all(
		setIds.flatMap((setId) =>
			MASTERY_LEVELS.map(async (level): Promise<LevelCount> => ({
				setId,
				level,
				count: await bySetLevel.count([setId, level])
			}))
		)
	);
	return masteryFromCounts(counts);
}

/** Levels of a card that was studied; a new or retired card is not scheduled yet or any more. */
const STUDIED_LEVELS = MASTERY_LEVELS.filter((level) => level !== 'new');

/**
 * dueForecast (lib/study/stats), as index counts: the studied cards in use coming due on each of
 * the next `days` days, counted by level and due time; no card is read.
 */
async function countDueForecast(cards: CardReader, now: number, days: number): Promise<DayCount[]> {
	const byLevelDue = cards.index('byLevelDue');
	return Promise.all(
		forecastDays(now, days).map(async ({ day, start, from, fromOpen, to }) => {
			const counts = await Promise.all(
				STUDIED_LEVELS.map((level) =>
					byLevelDue.count(IDBKeyRange.bound([level, from], [level, to], fromOpen, true))
				)
			);
			return { day, start, count: counts.reduce((sum, n) => sum + n, 0) };
		})
	);
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
	const [mastery, today, streak] = await Promise.all([
		loadMastery(db),
		loadTodayCounts(db, now),
		loadStreak(db, now)
	]);
	return { today, streak, mastery };
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
 * Everything on the progress page, from index counts over the cards and the daily totals
 * (never every card, never the whole log).
 */
export async function loadProgress(
	db: FactdeckDB,
	{ now = Date.now(), days = 182 }: { now?: number; days?: number } = {}
): Promise<ProgressStats> {
	const tx = db.transaction(['cards', 'days'], 'readonly');
	// Levels and today's figures are read alongside, each in a transaction of its own, so that
	// no request waits behind another's (the levels' cursor steps one set at a time).
	const [mastery, forecast, totals, today] = await Promise.all([
		loadMastery(db),
		countDueForecast(tx.objectStore('cards'), now, 30),
		tx.objectStore('days').getAll(),
		loadTodayCounts(db, now)
	]);
	await tx.done;
	return {
		reviewsPerDay: reviewsPerDayFromTotals(totals, { now, days }),
		dueForecast: forecast,
		today,
		retention: retentionFromTotals(totals),
		mastery,
		streak: streakFromTotals(totals, now),
		totalReviews: totals.reduce((sum, t) => sum + t.reviews, 0)
	};
}
