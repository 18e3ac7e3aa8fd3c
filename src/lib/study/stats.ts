import type { Card, Review } from '$lib/types';
import { isDue, isNew } from './counts';
import { addDays, dayKey, startOfDay } from './day';

// Statistics for the home and progress pages, as pure functions over the review log and cards.

export interface DayCount {
	/** Local date, YYYY-MM-DD. */
	day: string;
	/** Local midnight, epoch ms. */
	start: number;
	count: number;
}

function emptyDays(firstDay: number, days: number): DayCount[] {
	const out: DayCount[] = [];
	for (let i = 0; i < days; i++) {
		const start = addDays(firstDay, i);
		out.push({ day: dayKey(start), start, count: 0 });
	}
	return out;
}

/** Index of the day containing `ms` in consecutive `days`, or -1 (binary search: DST-proof). */
function dayIndex(days: readonly DayCount[], ms: number): number {
	let lo = 0;
	let hi = days.length - 1;
	if (hi < 0 || ms < (days[0] as DayCount).start) return -1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((days[mid] as DayCount).start <= ms) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Reviews per local day for the last `days` days up to today, oldest first (for the heatmap). */
export function reviewsPerDay(
	reviews: Iterable<Pick<Review, 'reviewedAt'>>,
	{ now, days }: { now: number; days: number }
): DayCount[] {
	const out = emptyDays(addDays(now, -(days - 1)), days);
	const end = addDays(now, 1);
	for (const review of reviews) {
		if (review.reviewedAt >= end) continue;
		const i = dayIndex(out, review.reviewedAt);
		if (i >= 0) (out[i] as DayCount).count++;
	}
	return out;
}

/**
 * Cards coming due per day for the next `days` days (today first), after now: what is due now
 * is today's "due" (see counts.ts), so today's column holds only what comes due later today.
 * New and retired cards are left out: they are not scheduled yet or any more.
 */
export function dueForecast(
	cards: Iterable<Pick<Card, 'due' | 'state' | 'retired'>>,
	{ now, days = 30 }: { now: number; days?: number }
): DayCount[] {
	const out = emptyDays(startOfDay(now), days);
	const end = addDays(now, days);
	for (const card of cards) {
		if (card.retired || isNew(card) || isDue(card, now) || card.due >= end) continue;
		(out[dayIndex(out, card.due)] as DayCount).count++;
	}
	return out;
}

/** One day of the due forecast and the due times it holds: after `from` (or from it), before `to`. */
export interface ForecastDay extends DayCount {
	from: number;
	/** True for today: what is due at `now` is today's "due", not the forecast's. */
	fromOpen: boolean;
	to: number;
}

/**
 * The days of dueForecast with the due times each counts, for counting through an index of
 * studied cards in use by due time: today after now, then each day from midnight to midnight.
 */
export function forecastDays(now: number, days = 30): ForecastDay[] {
	return emptyDays(startOfDay(now), days).map((day, i) => ({
		...day,
		from: i === 0 ? now : day.start,
		fromOpen: i === 0,
		to: addDays(now, i + 1)
	}));
}

export interface Retention {
	/** Reviews counted: those of cards that were not new. */
	reviews: number;
	passed: number;
	/** passed / reviews, or null with no reviews. */
	rate: number | null;
}

/**
 * True retention: the share of correct answers among reviews of cards that were not new at the
 * time. A card is new before its first review; when the log lacks the card's prior state
 * (reviews migrated from schema v1), its first review in the log is taken as the new one.
 * Pass `since` to count only recent reviews.
 */
export function trueRetention(reviews: Iterable<Review>, { since = -Infinity } = {}): Retention {
	const sorted = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt || a.id - b.id);
	const seen = new Set<string>();
	let counted = 0;
	let passed = 0;
	for (const review of sorted) {
		const wasNew = review.before ? review.before.state === 0 : !seen.has(review.cardId);
		seen.add(review.cardId);
		if (wasNew || review.reviewedAt < since) continue;
		counted++;
		if (review.correct) passed++;
	}
	return { reviews: counted, passed, rate: counted === 0 ? null : passed / counted };
}

/**
 * Consecutive local days with at least one review, ending today. A streak is not broken until
 * the day is over: with no review yet today, it counts up to yesterday.
 */
export function streak(reviews: Iterable<Pick<Review, 'reviewedAt'>>, now: number): number {
	const days = new Set<number>();
	const end = addDays(now, 1);
	for (const review of reviews) {
		if (review.reviewedAt < end) days.add(startOfDay(review.reviewedAt));
	}
	let day = startOfDay(now);
	if (!days.has(day)) day = addDays(day, -1);
	let count = 0;
	while (days.has(day)) {
		count++;
		day = addDays(day, -1);
	}
	return count;
}

// ---- Daily totals: the review log summed per day, kept in the database beside the log so the
// progress page and streak need not read 100,000 reviews. Each function below gives the same
// result from totals as its counterpart above does from the log (see stats.test.ts).

/** What happened on one local day. */
export interface DayTotal {
	/** Local date, YYYY-MM-DD (the key). */
	day: string;
	reviews: number;
	correct: number;
	/** Reviews of cards that were not new (true retention counts these). */
	matureReviews: number;
	/** Of those, the correct ones. */
	maturePassed: number;
	/** Reviews that introduced a new card. */
	newCards: number;
}

export function emptyDayTotal(day: string): DayTotal {
	return { day, reviews: 0, correct: 0, matureReviews: 0, maturePassed: 0, newCards: 0 };
}

/** Adds (sign 1) or removes (sign -1) one review's contribution to its day's total. */
export function applyToDayTotal(
	total: DayTotal,
	review: Pick<Review, 'correct'>,
	wasNew: boolean,
	sign: 1 | -1
): DayTotal {
	return {
		day: total.day,
		reviews: total.reviews + sign,
		correct: total.correct + (review.correct ? sign : 0),
		matureReviews: total.matureReviews + (wasNew ? 0 : sign),
		maturePassed: total.maturePassed + (!wasNew && review.correct ? sign : 0),
		newCards: total.newCards + (wasNew ? sign : 0)
	};
}

/**
 * Whether each review (in log order) introduced a new card: its prior state says so, or, for
 * reviews without one (schema v1), it is the card's first review in the log.
 */
export function newFlags(reviews: readonly Review[]): boolean[] {
	const order = reviews
		.map((review, index) => ({ review, index }))
		.sort((a, b) => a.review.reviewedAt - b.review.reviewedAt || a.review.id - b.review.id);
	const seen = new Set<string>();
	const flags = new Array<boolean>(reviews.length).fill(false);
	for (const { review, index } of order) {
		flags[index] = review.before ? review.before.state === 0 : !seen.has(review.cardId);
		seen.add(review.cardId);
	}
	return flags;
}

/** The log summed per local day, oldest first. */
export function dailyTotals(reviews: readonly Review[]): DayTotal[] {
	const flags = newFlags(reviews);
	const byDay = new Map<string, DayTotal>();
	reviews.forEach((review, i) => {
		const day = dayKey(review.reviewedAt);
		byDay.set(
			day,
			applyToDayTotal(byDay.get(day) ?? emptyDayTotal(day), review, flags[i] === true, 1)
		);
	});
	return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** reviewsPerDay, from daily totals. */
export function reviewsPerDayFromTotals(
	totals: Iterable<DayTotal>,
	{ now, days }: { now: number; days: number }
): DayCount[] {
	const out = emptyDays(addDays(now, -(days - 1)), days);
	const index = new Map(out.map((d, i) => [d.day, i]));
	for (const total of totals) {
		const i = index.get(total.day);
		if (i !== undefined) (out[i] as DayCount).count += total.reviews;
	}
	return out;
}

/** trueRetention, from daily totals; `since` counts whole days from the one containing it. */
export function retentionFromTotals(
	totals: Iterable<DayTotal>,
	{ since = -Infinity }: { since?: number } = {}
): Retention {
	const first = Number.isFinite(since) ? dayKey(since) : '';
	let counted = 0;
	let passed = 0;
	for (const total of totals) {
		if (total.day < first) continue;
		counted += total.matureReviews;
		passed += total.maturePassed;
	}
	return { reviews: counted, passed, rate: counted === 0 ? null : passed / counted };
}

/** streak, from daily totals. */
export function streakFromTotals(totals: Iterable<DayTotal>, now: number): number {
	const active = new Set<string>();
	for (const total of totals) if (total.reviews > 0) active.add(total.day);
	let day = startOfDay(now);
	if (!active.has(dayKey(day))) day = addDays(day, -1);
	let count = 0;
	while (active.has(dayKey(day))) {
		count++;
		day = addDays(day, -1);
	}
	return count;
}
