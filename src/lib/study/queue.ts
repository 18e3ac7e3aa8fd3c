import type { Card, Review } from '$lib/types';
import { isDue, isNew, isToday, newLeftToday, startedNewCard } from './counts';
import { siblingOf, spreadSiblings } from './spread';

export interface ReviewQueueInput {
	/** Every card that may be studied; retired cards are skipped. */
	cards: readonly Card[];
	now: number;
	newPerDay: number;
	/** New cards already studied for the first time today (they count against newPerDay). */
	newIntroducedToday: number;
	/** Sibling keys of the cards reviewed today. */
	reviewedSiblingKeysToday: ReadonlySet<string> | readonly string[];
}

export interface ReviewQueue {
	/**
	 * The cards to show, in order: due cards (most overdue first), then new cards; never two on
	 * one sentence in a row (a card in learning is never buried, so its sibling may be queued).
	 */
	cards: Card[];
	/** Due cards in `cards`. */
	dueCount: number;
	/** New cards in `cards`. */
	newCount: number;
	/** New cards left unstudied (today's limit aside): "new available". */
	newAvailable: number;
	/** Cards held back because a sibling was reviewed today or is already queued. */
	buriedCount: number;
}

const byQuestionOrder = new Intl.Collator('en', { numeric: true });

function compareNew(a: Card, b: Card): number {
	return (
		a.addedAt - b.addedAt ||
		byQuestionOrder.compare(a.setId, b.setId) ||
		byQuestionOrder.compare(a.questionId, b.questionId)
	);
}

/** Takes one card from each set in turn, so a review mixes sets instead of running through one. */
export function interleaveBySet(cards: readonly Card[]): Card[] {
	const bySet = new Map<string, Card[]>();
	for (const card of cards) {
		const list = bySet.get(card.setId);
		if (list) list.push(card);
		else bySet.set(card.setId, [card]);
	}
	const lists = [...bySet.values()];
	const out: Card[] = [];
	for (let round = 0; out.length < cards.length; round++) {
		for (const list of lists) {
			const card = list[round];
			if (card) out.push(card);
		}
	}
	return out;
}

/**
 * Today's review: every due card across all sets, most overdue first, then new cards up to
 * what is left of the daily limit, interleaved across sets. Siblings (questions from the same
 * sentence) are buried: when one was reviewed today, or is already in this queue, the others wait
 * for another day, since seeing one gives away the others' answers. Cards in (re)learning are
 * never buried: they are the card that was just reviewed, coming back after a learning step.
 */
export function buildReviewQueue(input: ReviewQueueInput): ReviewQueue {
	const { now } = input;
	const reviewedSiblings = new Set(input.reviewedSiblingKeysToday);
	const queuedSiblings = new Set<string>();
	let buriedCount = 0;

	const due: Card[] = [];
	const fresh: Card[] = [];
	for (const card of input.cards) {
		if (isNew(card)) fresh.push(card);
		else if (isDue(card, now)) due.push(card);
	}

	const dueCards: Card[] = [];
	for (const card of due.sort((a, b) => a.due - b.due || a.id.localeCompare(b.id))) {
		const learning = card.state === 1 || card.state === 3;
		if (
			!learning &&
			(reviewedSiblings.has(card.siblingKey) || queuedSiblings.has(card.siblingKey))
		) {
			buriedCount++;
			continue;
		}
		queuedSiblings.add(card.siblingKey);
		dueCards.push(card);
	}

	const limit = newLeftToday(input.newPerDay, input.newIntroducedToday);
	const newCards: Card[] = [];
	for (const card of interleaveBySet(fresh.sort(compareNew))) {
		if (newCards.length >= limit) break;
		if (reviewedSiblings.has(card.siblingKey) || queuedSiblings.has(card.siblingKey)) {
			buriedCount++;
			continue;
		}
		queuedSiblings.add(card.siblingKey);
		newCards.push(card);
	}

	return {
		cards: spreadSiblings([...dueCards, ...newCards], siblingOf),
		dueCount: dueCards.length,
		newCount: newCards.length,
		newAvailable: fresh.length,
		buriedCount
	};
}

export interface TodayContext {
	newIntroducedToday: number;
	reviewedSiblingKeysToday: Set<string>;
	reviewsToday: number;
}

/**
 * What today's reviews mean for the queue. A review introduced a new card when the card was New
 * before it. `cardsById` supplies sibling keys; reviews of unknown cards are still counted.
 */
export function todayContext(
	reviews: Iterable<Review>,
	cardsById: ReadonlyMap<string, Card>,
	now: number
): TodayContext {
	const siblings = new Set<string>();
	let newIntroducedToday = 0;
	let reviewsToday = 0;
	for (const review of reviews) {
		if (!isToday(review.reviewedAt, now)) continue;
		reviewsToday++;
		if (startedNewCard(review)) newIntroducedToday++;
		const card = cardsById.get(review.cardId);
		if (card) siblings.add(card.siblingKey);
	}
	return { newIntroducedToday, reviewedSiblingKeysToday: siblings, reviewsToday };
}
