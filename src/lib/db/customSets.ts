import type { QuestionSet } from '$lib/types';
import type { FactdeckDB } from './schema';
import { writeTransaction } from './transaction';
import { syncCardsOf, type SyncResult } from './cards';
import { countReviewInDays } from './days';
import { newFlags } from '$lib/study/stats';

export function getCustomSet(db: FactdeckDB, id: string): Promise<QuestionSet | undefined> {
	return db.get('customSets', id);
}

export function listCustomSets(db: FactdeckDB): Promise<QuestionSet[]> {
	return db.getAll('customSets');
}

/**
 * Saves a set made or imported on this device (insert or replace) without touching its cards;
 * the app saves through saveCustomSetWithCards.
 */
export async function saveCustomSet(db: FactdeckDB, set: QuestionSet): Promise<void> {
	await writeTransaction(db, ['customSets'], async (tx) => {
		await tx.store.put(set);
	});
}

/**
 * Saves a set made or imported on this device and makes its cards match its questions, in one
 * strict transaction: a set is never stored without the cards to study it, nor cards without
 * their set.
 */
export async function saveCustomSetWithCards(
	db: FactdeckDB,
	set: QuestionSet,
	now: number = Date.now()
): Promise<SyncResult> {
	return writeTransaction(db, ['customSets', 'cards'], async (tx) => {
		await tx.objectStore('customSets').put(set);
		return syncCardsOf(tx.objectStore('cards'), set, now);
	});
}

/**
 * Deletes a set made in the app together with its cards and their reviews, in one transaction:
 * this is how space is freed, so nothing of the set is left behind.
 */
export async function deleteCustomSet(db: FactdeckDB, id: string): Promise<void> {
	await writeTransaction(db, ['customSets', 'cards', 'reviews', 'days'], async (tx) => {
		await tx.objectStore('customSets').delete(id);
		const cards = tx.objectStore('cards');
		for (const key of await cards.index('bySet').getAllKeys(id)) await cards.delete(key);
		const reviews = tx.objectStore('reviews');
		const gone = await reviews.index('bySet').getAll(id);
		// All of each card's reviews go together, so "first in this list" is "first ever".
		const wasNew = newFlags(gone);
		for (const [i, review] of gone.entries()) {
			await reviews.delete(review.id);
			await countReviewInDays(tx.objectStore('days'), review, wasNew[i] === true, -1);
		}
	});
}
