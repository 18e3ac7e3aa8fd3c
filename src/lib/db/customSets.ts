import type { QuestionSet } from '$lib/types';
import type { FactdeckDB } from './schema';
import { writeTransaction } from './transaction';

export function getCustomSet(db: FactdeckDB, id: string): Promise<QuestionSet | undefined> {
	return db.get('customSets', id);
}

export function listCustomSets(db: FactdeckDB): Promise<QuestionSet[]> {
	return db.getAll('customSets');
}

/** Saves a set created in the app (insert or replace). Call syncSetCards afterwards to study it. */
export async function saveCustomSet(db: FactdeckDB, set: QuestionSet): Promise<void> {
	await writeTransaction(db, ['customSets'], async (tx) => {
		await tx.store.put(set);
	});
}

/**
 * Deletes a set made in the app together with its cards and their reviews, in one transaction:
 * this is how space is freed, so nothing of the set is left behind.
 */
export async function deleteCustomSet(db: FactdeckDB, id: string): Promise<void> {
	await writeTransaction(db, ['customSets', 'cards', 'reviews'], async (tx) => {
		await tx.objectStore('customSets').delete(id);
		const cards = tx.objectStore('cards');
		for (const key of await cards.index('bySet').getAllKeys(id)) await cards.delete(key);
		const reviews = tx.objectStore('reviews');
		for (const key of await reviews.index('bySet').getAllKeys(id)) await reviews.delete(key);
	});
}
