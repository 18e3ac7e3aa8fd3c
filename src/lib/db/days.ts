import type { IDBPObjectStore } from 'idb';
import type { Review } from '$lib/types';
import { applyToDayTotal, emptyDayTotal, type DayTotal } from '$lib/study/stats';
import { dayKey } from '$lib/study/day';
import type { FactdeckDB, FactdeckSchema, StoreName } from './schema';

type DaysStore = IDBPObjectStore<FactdeckSchema, ArrayLike<StoreName>, 'days', 'readwrite'>;

/** Daily review totals, oldest first; from a YYYY-MM-DD day on when given. */
export function listDayTotals(db: FactdeckDB, from?: string): Promise<DayTotal[]> {
	return db.getAll('days', from === undefined ? undefined : IDBKeyRange.lowerBound(from));
}

/**
 * Counts a review into (sign 1) or out of (sign -1) its day's total, inside the caller's
 * transaction, so the totals change exactly when the log does.
 */
export async function countReviewInDays(
	days: DaysStore,
	review: Pick<Review, 'reviewedAt' | 'correct'>,
	wasNew: boolean,
	sign: 1 | -1
): Promise<void> {
	await writeDayCount(days, await days.get(dayKey(review.reviewedAt)), review, wasNew, sign);
}

/**
 * countReviewInDays with the day's total already read (`current`, undefined when the day has
 * none yet): queues its write at once, so a caller can issue it beside its other writes.
 */
export function writeDayCount(
	days: DaysStore,
	current: DayTotal | undefined,
	review: Pick<Review, 'reviewedAt' | 'correct'>,
	wasNew: boolean,
	sign: 1 | -1
): Promise<unknown> {
	const day = dayKey(review.reviewedAt);
	const total = applyToDayTotal(current ?? emptyDayTotal(day), review, wasNew, sign);
	return total.reviews <= 0 ? days.delete(day) : days.put(total);
}

/**
 * Many reviews counted into or out of their days inside one transaction, each day read and
 * written once (counting a long log review by review costs a read and a write each).
 */
export class DayTotalsChange {
	#changes = new Map<
		string,
		{ review: Pick<Review, 'correct'>; wasNew: boolean; sign: 1 | -1 }[]
	>();

	count(review: Pick<Review, 'reviewedAt' | 'correct'>, wasNew: boolean, sign: 1 | -1): void {
		const day = dayKey(review.reviewedAt);
		const list = this.#changes.get(day) ?? [];
		list.push({ review, wasNew, sign });
		this.#changes.set(day, list);
	}

	async write(days: DaysStore): Promise<void> {
		for (const [day, changes] of this.#changes) {
			let total = (await days.get(day)) ?? emptyDayTotal(day);
			for (const { review, wasNew, sign } of changes)
				total = applyToDayTotal(total, review, wasNew, sign);
			if (total.reviews <= 0) await days.delete(day);
			else await days.put(total);
		}
		this.#changes.clear();
	}
}
