import type { Card, QuestionSet, StoryRecord } from '$lib/types';
import type { StoryLink } from '$lib/story/join';
import { scheduleOf } from '$lib/srs/scheduler';
import type { FactdeckDB } from './schema';
import { cardIdFor, putCard, syncCardsOf, type CardStore, type SyncResult } from './cards';
import { writeTransaction } from './transaction';

export function listStories(db: FactdeckDB): Promise<StoryRecord[]> {
	return db.getAll('stories');
}

/** Following `sameAs` and `supersededBy` links, never more than this many steps (a cycle stops). */
const MAX_LINK_STEPS = 1_000;

export interface JoinResult extends SyncResult {
	/** Older cards retired because this article changed their fact; the new card carries on. */
	superseded: number;
	/** New questions stating an unchanged fact: linked to the existing card, not scheduled. */
	linked: number;
}

/**
 * Saves a set that joins a story, in one strict transaction: the story (if new), the set, its
 * cards, and the story links. A changed fact retires the older card (`supersededBy`) and the new
 * card takes over its FSRS schedule (due, stability, difficulty, reps, lapses, last review …) with
 * an `update` to show at its next review; the review log stays under the older card's id, found
 * through `supersedes`. An unchanged fact's new card is retired with `sameAs`, so it is never
 * scheduled twice. Links whose older card is not stored (never studied) leave the new card new.
 */
export async function saveStorySetWithCards(
	db: FactdeckDB,
	set: QuestionSet & { story: NonNullable<QuestionSet['story']> },
	links: readonly StoryLink[],
	now: number = Date.now()
): Promise<JoinResult> {
	return writeTransaction(db, ['customSets', 'cards', 'stories'], async (tx) => {
		const stories = tx.objectStore('stories');
		if (!(await stories.get(set.story.id)))
			await stories.put({ id: set.story.id, title: set.story.title, createdAt: now });
		await tx.objectStore('customSets').put(set);
		const cards = tx.objectStore('cards');
		const synced = await syncCardsOf(cards, set, now);
		const result: JoinResult = { ...synced, superseded: 0, linked: 0 };
		for (const link of links) {
			const outcome = await applyLink(cards, cardIdFor(set.id, link.questionId), link);
			if (outcome === 'superseded') result.superseded++;
			if (outcome === 'linked') result.linked++;
		}
		return result;
	});
}

/** The card a fact is studied on now: `id`'s card, or the one its links lead to. */
async function liveCard(store: CardStore, id: string, self: string): Promise<Card | undefined> {
	let card = await store.get(id);
	for (let step = 0; card && step < MAX_LINK_STEPS; step++) {
		const next = card.sameAs ?? card.supersededBy;
		if (!next || next === self) return card;
		card = await store.get(next);
	}
	return card;
}

async function applyLink(
	store: CardStore,
	newId: string,
	link: StoryLink
): Promise<'superseded' | 'linked' | 'none'> {
	const fresh = await store.get(newId);
	// Already linked (the set saved again) or already studied: leave it.
	if (!fresh || fresh.supersedes || fresh.sameAs || fresh.reps > 0) return 'none';
	const old = await liveCard(store, link.previousCardId, newId);
	if (!old || old.id === newId) return 'none';
	if (link.kind === 'same') {
		// A fact the learner marked outdated is stated again: study the new card from scratch.
		if (old.retired) return 'none';
		await putCard(store, { ...fresh, retired: true, sameAs: old.id });
		return 'linked';
	}
	await putCard(store, {
		...fresh,
		...scheduleOf(old),
		supersedes: old.id,
		update: {
			from: link.from,
			...(link.fromDate ? { fromDate: link.fromDate } : {}),
			to: link.to,
			...(link.toDate ? { toDate: link.toDate } : {}),
			atReps: old.reps
		}
	});
	await putCard(store, { ...old, retired: true, supersededBy: newId });
	return 'superseded';
}
