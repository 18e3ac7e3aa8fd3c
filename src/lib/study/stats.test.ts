import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import fc from 'fast-check';
import {
	applyToDayTotal,
	dailyTotals,
	dueForecast,
	emptyDayTotal,
	forecastDays,
	retentionFromTotals,
	reviewsPerDay,
	reviewsPerDayFromTotals,
	streak,
	streakFromTotals,
	trueRetention
} from './stats';
import { makeCard, makeReview } from './testing';

const NOW = new Date(2026, 2, 10, 15).getTime();
const at = (daysAgo: number, hour = 10) => new Date(2026, 2, 10 - daysAgo, hour).getTime();

describe('reviewsPerDay', () => {
	it('counts reviews per local day over the window, oldest first', () => {
		const reviews = [at(0), at(0, 1), at(2), at(6), at(7), at(-1)].map((t) => ({ reviewedAt: t }));
		const days = reviewsPerDay(reviews, { now: NOW, days: 7 });
		expect(days).toHaveLength(7);
		expect(days[6]).toMatchObject({ day: '2026-03-10', count: 2 });
		expect(days[4]!.count).toBe(1);
		expect(days[0]).toMatchObject({ day: '2026-03-04', count: 1 });
		expect(days.reduce((s, d) => s + d.count, 0)).toBe(4);
	});
});

describe('dueForecast', () => {
	it('counts what comes due after now, and skips what is due now, new, retired and far-future cards', () => {
		const cards = [
			makeCard({ state: 2, due: at(3) }),
			makeCard({ state: 2, due: at(-1) }),
			makeCard({ state: 1, due: NOW + 60_000 }),
			makeCard({ state: 2, due: at(-40) }),
			makeCard({ state: 0, due: NOW }),
			makeCard({ state: 2, due: NOW, retired: true })
		];
		const forecast = dueForecast(cards, { now: NOW });
		expect(forecast).toHaveLength(30);
		// Due now (overdue, or due this very moment) is today's "due", not part of the forecast.
		expect(forecast[0]!.count).toBe(1);
		expect(forecast[1]!.count).toBe(1);
		expect(forecast.reduce((s, d) => s + d.count, 0)).toBe(2);
	});
});

describe('forecastDays', () => {
	it('covers today after now, then each local day from midnight to midnight', () => {
		const days = forecastDays(NOW, 30);
		expect(days).toHaveLength(30);
		expect(days[0]).toMatchObject({ day: '2026-03-10', from: NOW, fromOpen: true });
		expect(days[0]!.to).toBe(new Date(2026, 2, 11).getTime());
		expect(days[1]).toMatchObject({ day: '2026-03-11', fromOpen: false });
		expect(days[1]!.from).toBe(days[0]!.to);
		for (let i = 1; i < days.length; i++) expect(days[i]!.from).toBe(days[i - 1]!.to);
		expect(days.map(({ day, start }) => ({ day, start, count: 0 }))).toEqual(
			dueForecast([], { now: NOW, days: 30 })
		);
	});

	it(
		'counts in its ranges what dueForecast counts, for any studied card in use',
		fuzzBudget,
		() => {
			const days = forecastDays(NOW, 30);
			const edges = days.flatMap((d) => [d.from, d.to, d.to - 1, d.from + 1]);
			fc.assert(
				fc.property(
					fc.array(
						fc.oneof(
							fc.constantFrom(...edges),
							fc.integer({ min: NOW - 3 * 86_400_000, max: NOW + 35 * 86_400_000 })
						),
						{ maxLength: 30 }
					),
					(dues) => {
						const cards = dues.map((due) => makeCard({ state: 2, due }));
						const inRange = (due: number, d: (typeof days)[number]) =>
							(d.fromOpen ? due > d.from : due >= d.from) && due < d.to;
						const counted = days.map((d) => ({
							day: d.day,
							start: d.start,
							count: dues.filter((due) => inRange(due, d)).length
						}));
						expect(counted).toEqual(dueForecast(cards, { now: NOW, days: 30 }));
					}
				),
				fuzzRuns(200)
			);
		}
	);
});

describe('trueRetention', () => {
	it('counts only reviews of cards that were not new', () => {
		const newCard = makeCard({ state: 0 });
		const reviewCard = makeCard({ state: 2 });
		const reviews = [
			makeReview({ id: 1, cardId: 'a', reviewedAt: 1, before: newCard, correct: false }),
			makeReview({ id: 2, cardId: 'a', reviewedAt: 2, before: reviewCard, correct: true }),
			makeReview({ id: 3, cardId: 'a', reviewedAt: 3, before: reviewCard, correct: false }),
			// migrated from v1, no prior state: the first one in the log was the new card
			makeReview({ id: 4, cardId: 'b', reviewedAt: 4, before: null, correct: false }),
			makeReview({ id: 5, cardId: 'b', reviewedAt: 5, before: null, correct: true })
		];
		expect(trueRetention(reviews)).toEqual({ reviews: 3, passed: 2, rate: 2 / 3 });
		expect(trueRetention(reviews, { since: 3 })).toEqual({ reviews: 2, passed: 1, rate: 0.5 });
		expect(trueRetention([]).rate).toBeNull();
	});
});

describe('streak', () => {
	it('counts consecutive days up to today, or yesterday before today’s first review', () => {
		const reviews = [at(0), at(1), at(1, 23), at(2), at(4)].map((t) => ({ reviewedAt: t }));
		expect(streak(reviews, NOW)).toBe(3);
		expect(streak(reviews.slice(1), NOW)).toBe(2);
		expect(streak([{ reviewedAt: at(2) }], NOW)).toBe(0);
		expect(streak([], NOW)).toBe(0);
	});
});

describe('daily totals', () => {
	const review = fc.record({
		id: fc.integer({ min: 1, max: 1e6 }),
		cardId: fc.constantFrom('a', 'b', 'c', 'd'),
		correct: fc.boolean(),
		reviewedAt: fc.integer({ min: at(60), max: NOW }),
		before: fc.option(fc.constantFrom(makeCard({ state: 0 }), makeCard({ state: 2 })), {
			nil: null
		})
	});

	it('give the same statistics as the log they sum', fuzzBudget, () => {
		fc.assert(
			fc.property(fc.uniqueArray(review, { selector: (r) => r.id, maxLength: 60 }), (partial) => {
				const reviews = partial.map((r) => makeReview(r));
				const totals = dailyTotals(reviews);
				expect(reviewsPerDayFromTotals(totals, { now: NOW, days: 40 })).toEqual(
					reviewsPerDay(reviews, { now: NOW, days: 40 })
				);
				expect(retentionFromTotals(totals)).toEqual(trueRetention(reviews));
				expect(streakFromTotals(totals, NOW)).toBe(streak(reviews, NOW));
				expect(totals.reduce((s, t) => s + t.reviews, 0)).toBe(reviews.length);
			}),
			fuzzRuns(150)
		);
	});

	it('can take a review back out', () => {
		const r = makeReview({ correct: true });
		const day = applyToDayTotal(emptyDayTotal('2026-03-10'), r, false, 1);
		expect(applyToDayTotal(day, r, false, -1)).toEqual(emptyDayTotal('2026-03-10'));
	});
});
