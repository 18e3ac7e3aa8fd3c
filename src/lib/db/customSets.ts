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
		const deleted = await cards.index('bySet').getAll(id);
		for (const card of deleted) await cards.delete(card.id);
		// Cards of other sets that handed their fact to a deleted card (a story's newer article)
		// take it back: studied again, as they were, instead of staying retired for nothing.
		const gone = new Set(deleted.map((c) => c.id));
		if (gone.size > 0) {
			for (let cursor = await cards.openCursor(); cursor; cursor = await cursor.continue()) {
				const card = cursor.value;
				const handedTo = card.supersededBy ?? card.sameAs;
				if (!handedTo || !gone.has(handedTo)) continue;
				const restored = { ...card, retired: card.outdatedOn !== undefined };
				delete restored.supersededBy;
				delete restored.sameAs;
				await cursor.update(restored);
			}
		}
		const reviews = tx.objectStore('reviews');
		const log = await reviews.index('bySet').getAll(id);
		// All of each card's reviews go together, so "first in this list" is "first ever".
		const wasNew = newFlags(log);
		for (const [i, review] of log.entries()) {
			await reviews.delete(review.id);
			await countReviewInDays(tx.objectStore('days'), review, wasNew[i] === true, -1);
		}
	});
}
