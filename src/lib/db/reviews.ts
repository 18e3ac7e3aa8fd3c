import type { Review } from '$lib/types';
import type { FactdeckDB } from './schema';

/** The whole log, oldest first (ids grow with time). */
export function listReviews(db: FactdeckDB): Promise<Review[]> {
	return db.getAll('reviews');
}

/** Reviews made at or after `since` (epoch ms), e.g. today's or the heatmap's window. */
export function listReviewsSince(db: FactdeckDB, since: number): Promise<Review[]> {
	return db.getAllFromIndex('reviews', 'byReviewedAt', IDBKeyRange.lowerBound(since));
}

export function listCardReviews(db: FactdeckDB, cardId: string): Promise<Review[]> {
	return db.getAllFromIndex('reviews', 'byCard', cardId);
}

export function countReviews(db: FactdeckDB): Promise<number> {
	return db.count('reviews');
}

/** The most recent review, or undefined when the log is empty. */
export async function latestReview(db: FactdeckDB): Promise<Review | undefined> {
	const cursor = await db.transaction('reviews').store.openCursor(null, 'prev');
	return cursor?.value;
}

/** The latest `limit` reviews, newest first, for a review log screen. */
export async function listRecentReviews(db: FactdeckDB, limit = 50): Promise<Review[]> {
	const out: Review[] = [];
	let cursor = await db.transaction('reviews').store.openCursor(null, 'prev');
	while (cursor && out.length < limit) {
		out.push(cursor.value);
		cursor = await cursor.continue();
	}
	return out;
}
