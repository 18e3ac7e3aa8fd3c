import type { Card, QuestionSet } from '$lib/types';
import { newSchedule } from '$lib/srs/scheduler';
import type { IDBPObjectStore } from 'idb';
import {
	storedCard,
	type FactdeckDB,
	type FactdeckSchema,
	type StoreName,
	type StoredCard
} from './schema';
import { queued, writeTransaction } from './transaction';

export function cardIdFor(setId: string, questionId: string): string {
	return `${setId}:${questionId}`;
}

export function siblingKeyFor(setId: string, sourceSentence: number): string {
	return `${setId}#${sourceSentence}`;
}

/** A card for a question never studied, due now. */
export function newCard(
	setId: string,
	questionId: string,
	sourceSentence: number,
	now: number
): Card {
	return {
		id: cardIdFor(setId, questionId),
		setId,
		questionId,
		siblingKey: siblingKeyFor(setId, sourceSentence),
		retired: false,
		addedAt: now,
		...newSchedule(now)
	};
}

export function getCard(db: FactdeckDB, id: string): Promise<Card | undefined> {
	return db.get('cards', id);
}

export function listCards(db: FactdeckDB): Promise<Card[]> {
	return db.getAll('cards');
}

/** Every card of a set, retired ones included. */
export function listSetCards(db: FactdeckDB, setId: string): Promise<Card[]> {
	return db.getAllFromIndex('cards', 'bySet', setId);
}

/**
 * Cards due at `now` or earlier, through the due index: every card a review could show, since
 * new cards are due from the moment they are added. Retired cards are included; the queue
 * builder skips them.
 */
export function listDueCards(db: FactdeckDB, now: number): Promise<Card[]> {
	return db.getAllFromIndex('cards', 'byDue', IDBKeyRange.upperBound(now));
}

/** The cards store of a readwrite transaction, whichever other stores it spans. */
export type CardStore = IDBPObjectStore<FactdeckSchema, ArrayLike<StoreName>, 'cards', 'readwrite'>;

/**
 * Writes a card (insert or replace) and resolves to the record stored. Every card write goes
 * through here, so the level the store derives for its indexes is always the card's own.
 */
export async function putCard(store: CardStore, card: Card): Promise<StoredCard> {
	const stored = storedCard(card);
	await store.put(stored);
	return stored;
}

export interface SyncResult {
	added: number;
	kept: number;
	/** Cards whose question left the set: marked retired, history kept. */
	retired: number;
	/** Retired cards whose question came back (not those marked outdated). */
	restored: number;
	/** Cards kept whose source sentence's sibling key changed: rewritten with the new one. */
	updated: number;
}

/** Whether a sync wrote anything, so that figures counted before it may be out of date. */
export function syncChangedCards(result: SyncResult): boolean {
	return result.added + result.retired + result.restored + result.updated > 0;
}

/**
 * Makes a set's cards match its questions, in one transaction: a card for every question (new
 * ones start unstudied), progress kept for every question id that still exists, and cards of
 * questions that are gone retired, never deleted, so their review history stays. Call it before
 * studying a set and after regenerating one.
 */
export async function syncSetCards(
	db: FactdeckDB,
	set: QuestionSet,
	now: number = Date.now()
): Promise<SyncResult> {
	return writeTransaction(db, ['cards'], (tx) => syncCardsOf(tx.objectStore('cards'), set, now));
}

function pinnedRetired(card: Card): boolean {
	return (
		card.outdatedOn !== undefined || card.supersededBy !== undefined || card.sameAs !== undefined
	);
}

/** syncSetCards' work, inside a transaction the caller owns (see saveCustomSetWithCards). */
export async function syncCardsOf(
	store: CardStore,
	set: QuestionSet,
	now: number
): Promise<SyncResult> {
	const existing = new Map(
		(await store.index('bySet').getAll(set.id)).map((c) => [c.questionId, c])
	);
	const result: SyncResult = { added: 0, kept: 0, retired: 0, restored: 0, updated: 0 };
	const writes: Promise<unknown>[] = [];
	const current = new Set<string>();
	for (const question of set.questions) {
		current.add(question.id);
		const card = existing.get(question.id);
		const siblingKey = siblingKeyFor(set.id, question.sourceSentence);
		if (!card) {
			writes.push(
				queued(putCard(store, newCard(set.id, question.id, question.sourceSentence, now)))
			);
			result.added++;
		} else if ((card.retired && !pinnedRetired(card)) || card.siblingKey !== siblingKey) {
			// A fact the learner marked outdated, or a newer article superseded or repeats, stays
			// retired while its question stays.
			const retired = pinnedRetired(card);
			if (card.retired && !retired) result.restored++;
			else result.updated++;
			writes.push(queued(putCard(store, { ...card, retired, siblingKey })));
		} else {
			result.kept++;
		}
	}
	for (const card of existing.values()) {
		if (current.has(card.questionId) || card.retired) continue;
		writes.push(queued(putCard(store, { ...card, retired: true })));
		result.retired++;
	}
	await Promise.all(writes);
	return result;
}

/** Why a card's fact cannot be re-checked: it is not stored, or already marked outdated. */
export class FactCheckError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FactCheckError';
	}
}

/**
 * The learner's verdict on a time-sensitive fact, in one transaction: "Still true" records the
 * day (so the flag waits another N months); "Outdated" retires the card on that day, keeping
 * its schedule and every review. Neither touches the review log. `on` is the learner's local day.
 */
export async function recordFactCheck(
	db: FactdeckDB,
	cardId: string,
	verdict: 'still-true' | 'outdated',
	on: string
): Promise<Card> {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) throw new FactCheckError(`Not a calendar date: ${on}`);
	return writeTransaction(db, ['cards'], async (tx) => {
		const card = await tx.store.get(cardId);
		if (!card) throw new FactCheckError('This card is no longer stored on this device.');
		if (card.outdatedOn) throw new FactCheckError('This fact is already marked outdated.');
		return putCard(
			tx.store,
			verdict === 'still-true'
				? { ...card, confirmedOn: on }
				: { ...card, retired: true, outdatedOn: on }
		);
	});
}
