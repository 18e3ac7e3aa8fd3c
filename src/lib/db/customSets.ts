import type { Card, QuestionSet, Review, StudySession } from '$lib/types';
import { planSetEdit, unconfirmedLoss, type QuestionProgress } from '$lib/create/edit-plan';
import type { FactdeckDB } from './schema';
import { writeTransaction, type WriteTransaction } from './transaction';
import { putCard, syncCardsOf, type SyncResult } from './cards';
import { countReviewInDays } from './days';
import { editDraftId } from '$lib/create/draft';
import type { CreateDraft } from '$lib/create/draft';
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

/** Why a rename, edit or undo could not be saved; nothing was changed. A sentence to show. */
export class SetChangeError extends Error {
	override name = 'SetChangeError';
}

const GONE = 'This set is no longer on this device (it may have been deleted in another tab).';

/** Gives a set made on this device a new title; its id, and so its address, stays. */
export async function renameCustomSet(db: FactdeckDB, id: string, title: string): Promise<void> {
	await writeTransaction(db, ['customSets'], async (tx) => {
		const set = await tx.store.get(id);
		if (!set) throw new SetChangeError(GONE);
		await tx.store.put({ ...set, title });
	});
}

/** Everything of a set that deleting or editing it (or undoing a deletion) may touch. */
const SET_STORES = ['customSets', 'cards', 'reviews', 'days', 'drafts', 'sessions'] as const;
type CardsTx = WriteTransaction<[...typeof SET_STORES]>;

/** What deleting cards took away, so that it can be put back exactly. */
interface RemovedCards {
	cards: Card[];
	reviews: Review[];
	/** Cards of other sets, as they were before they took back a fact handed to a deleted card. */
	relinked: Card[];
}

/**
 * Deletes cards and their reviews inside the caller's transaction, with the days' totals. Cards
 * of other sets that handed their fact to a deleted card (a story's newer article) take it
 * back: studied again, as they were, instead of staying retired for nothing.
 */
async function removeCards(tx: CardsTx, deleted: readonly Card[]): Promise<RemovedCards> {
	const cards = tx.objectStore('cards');
	for (const card of deleted) await cards.delete(card.id);
	const gone = new Set(deleted.map((c) => c.id));
	const relinked: Card[] = [];
	if (gone.size > 0) {
		for (let cursor = await cards.openCursor(); cursor; cursor = await cursor.continue()) {
			const card = cursor.value;
			const handedTo = card.supersededBy ?? card.sameAs;
			if (!handedTo || !gone.has(handedTo)) continue;
			relinked.push(card);
			const restored = { ...card, retired: card.outdatedOn !== undefined };
			delete restored.supersededBy;
			delete restored.sameAs;
			await putCard(cards, restored);
		}
	}
	const reviews = tx.objectStore('reviews');
	const log: Review[] = [];
	for (const card of deleted) log.push(...(await reviews.index('byCard').getAll(card.id)));
	// All of each card's reviews go together, so "first in this list" is "first ever".
	const wasNew = newFlags(log);
	for (const [i, review] of log.entries()) {
		await reviews.delete(review.id);
		await countReviewInDays(tx.objectStore('days'), review, wasNew[i] === true, -1);
	}
	return { cards: [...deleted], reviews: log, relinked };
}

/** Everything a deletion removed, kept in memory so that Undo puts it back as it was. */
export interface DeletedSet extends RemovedCards {
	set: QuestionSet;
	/** Study sessions of the set (one left unfinished would offer to resume a set not there). */
	sessions: StudySession[];
	/** The set's unsaved edits, if any. */
	draft?: CreateDraft;
}

/**
 * Deletes a set made in the app together with its cards, their reviews, its study sessions and
 * its draft, in one transaction: this is how space is freed, so nothing of the set is left
 * behind. Returns what was deleted, for restoreDeletedSet (undo).
 */
export async function deleteCustomSet(db: FactdeckDB, id: string): Promise<DeletedSet> {
	return writeTransaction(db, [...SET_STORES], async (tx) => {
		const set = await tx.objectStore('customSets').get(id);
		if (!set) throw new SetChangeError(GONE);
		await tx.objectStore('customSets').delete(id);
		const draft = await tx.objectStore('drafts').get(editDraftId(id));
		if (draft) await tx.objectStore('drafts').delete(draft.id);
		const sessions = (await tx.objectStore('sessions').getAll()).filter((s) => s.setId === id);
		for (const session of sessions) await tx.objectStore('sessions').delete(session.id);
		const cards = await tx.objectStore('cards').index('bySet').getAll(id);
		const removed = await removeCards(tx, cards);
		return { set, sessions, ...removed, ...(draft ? { draft } : {}) };
	});
}

/**
 * Undoes deleteCustomSet, in one transaction: the set, its cards, its reviews (under their
 * own ids), the days' totals, its sessions and draft, and the other sets' cards as they were.
 */
export async function restoreDeletedSet(db: FactdeckDB, deleted: DeletedSet): Promise<void> {
	await writeTransaction(db, [...SET_STORES], async (tx) => {
		if (await tx.objectStore('customSets').get(deleted.set.id))
			throw new SetChangeError('A set with this id is back already; nothing was changed.');
		await tx.objectStore('customSets').put(deleted.set);
		for (const card of [...deleted.cards, ...deleted.relinked])
			await putCard(tx.objectStore('cards'), card);
		const wasNew = newFlags(deleted.reviews);
		for (const [i, review] of deleted.reviews.entries()) {
			await tx.objectStore('reviews').put(review);
			await countReviewInDays(tx.objectStore('days'), review, wasNew[i] === true, 1);
		}
		for (const session of deleted.sessions) await tx.objectStore('sessions').put(session);
		if (deleted.draft) await tx.objectStore('drafts').put(deleted.draft);
	});
}

/** How much progress each question of a stored set has: its card's repetitions and reviews. */
export async function setProgress(db: FactdeckDB, setId: string): Promise<QuestionProgress[]> {
	const tx = db.transaction(['cards', 'reviews']);
	const cards = await tx.objectStore('cards').index('bySet').getAll(setId);
	const progress = await Promise.all(
		cards.map(async (card) => ({
			questionId: card.questionId,
			reps: card.reps,
			reviews: await tx.objectStore('reviews').index('byCard').count(card.id)
		}))
	);
	await tx.done;
	return progress;
}

/**
 * Saves an edited set over the stored one, in one transaction: questions that stay keep their
 * cards and review history, new questions get new cards, and removed questions lose their
 * cards and reviews. `confirmed` lists the studied questions whose progress the teacher agreed
 * to delete; if a save would delete any other progress (studied meanwhile, in another tab), or
 * the set is gone, it throws SetChangeError and changes nothing. The set's draft is deleted;
 * an unfinished study session of the set skips removed cards (the study screens drop cards that
 * are not stored).
 */
export async function saveEditedSet(
	db: FactdeckDB,
	set: QuestionSet,
	confirmed: readonly string[],
	now: number = Date.now()
): Promise<SyncResult> {
	return writeTransaction(db, [...SET_STORES], async (tx) => {
		const saved = await tx.objectStore('customSets').get(set.id);
		if (!saved) throw new SetChangeError(`${GONE} Your edits are kept here.`);
		const cards = await tx.objectStore('cards').index('bySet').getAll(set.id);
		const reviews = tx.objectStore('reviews').index('byCard');
		const progress: QuestionProgress[] = [];
		for (const card of cards)
			progress.push({
				questionId: card.questionId,
				reps: card.reps,
				reviews: await reviews.count(card.id)
			});
		const plan = planSetEdit(saved.questions, set.questions, progress);
		const unasked = unconfirmedLoss(plan, confirmed);
		if (unasked.length > 0)
			throw new SetChangeError(
				`${unasked.length === 1 ? 'A question you removed has' : `${unasked.length} questions you removed have`} study progress you have not agreed to delete (studied since you began editing?). Nothing was saved; save again to review it.`
			);
		const removed = new Set(plan.removed);
		await removeCards(
			tx,
			cards.filter((card) => removed.has(card.questionId))
		);
		await tx.objectStore('customSets').put(set);
		await tx.objectStore('drafts').delete(editDraftId(set.id));
		return syncCardsOf(tx.objectStore('cards'), set, now);
	});
}
