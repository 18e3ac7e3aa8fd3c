import type { Card, Review, Settings } from '$lib/types';
import { normalizeSettings } from '$lib/srs/settings';
import { addDays, startOfDay } from '$lib/study/day';
import {
	buildReviewQueue,
	todayContext,
	type ReviewQueue,
	type TodayContext
} from '$lib/study/queue';
import {
	dueForecast,
	dueNowCounts,
	reviewsPerDay,
	setMastery,
	trueRetention,
	type DayCount,
	type Retention,
	type SetMastery
} from '$lib/study/stats';
import { SETTINGS_KEY, type FactdeckDB } from './schema';

// What the screens load, each in one read transaction: the database part is here, the
// arithmetic in lib/study.

export interface LoadedReviewQueue extends ReviewQueue {
	today: TodayContext;
	settings: Settings;
}

/** Today's review across all sets: due cards, new cards within today's limit, siblings buried. */
export async function loadReviewQueue(
	db: FactdeckDB,
	now: number = Date.now()
): Promise<LoadedReviewQueue> {
	const tx = db.transaction(['cards', 'reviews', 'settings'], 'readonly');
	const [storedSettings, cards, reviewsToday] = await Promise.all([
		tx.objectStore('settings').get(SETTINGS_KEY),
		tx.objectStore('cards').index('byDue').getAll(IDBKeyRange.upperBound(now)),
		tx
			.objectStore('reviews')
			.index('byReviewedAt')
			.getAll(IDBKeyRange.bound(startOfDay(now), now))
	]);
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
	return { ...queue, today, settings };
}

/**
 * Consecutive days with a review, ending today (or yesterday, before today's first review),
 * counted through the review-time index one day at a time instead of loading the whole log.
 */
export async function loadStreak(db: FactdeckDB, now: number = Date.now()): Promise<number> {
	const index = db.transaction('reviews').store.index('byReviewedAt');
	const reviewedOn = async (day: number) =>
		(await index.count(IDBKeyRange.bound(day, addDays(day, 1), false, true))) > 0;
	let day = startOfDay(now);
	if (!(await reviewedOn(day))) day = addDays(day, -1);
	let streak = 0;
	while (await reviewedOn(day)) {
		streak++;
		day = addDays(day, -1);
	}
	return streak;
}

export interface HomeSummary {
	/** Cards due now (learning and review), siblings not yet buried. */
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
	const counts = dueNowCounts(cards, now);
	return {
		dueNow: counts.due,
		newAvailable: counts.new,
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

/** Everything on the progress page, from one read of the cards and the review log. */
export async function loadProgress(
	db: FactdeckDB,
	{ now = Date.now(), days = 182 }: { now?: number; days?: number } = {}
): Promise<ProgressStats> {
	const tx = db.transaction(['cards', 'reviews'], 'readonly');
	const [cards, reviews] = await Promise.all([
		tx.objectStore('cards').getAll() as Promise<Card[]>,
		tx.objectStore('reviews').getAll() as Promise<Review[]>
	]);
	await tx.done;
	return {
		reviewsPerDay: reviewsPerDay(reviews, { now, days }),
		dueForecast: dueForecast(cards, { now, days: 30 }),
		retention: trueRetention(reviews),
		mastery: setMastery(cards),
		streak: await loadStreak(db, now),
		totalReviews: reviews.length
	};
}
