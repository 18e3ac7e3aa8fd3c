import type { Card, QuestionSet } from '$lib/types';
import { siblingOf, spreadSiblings } from './spread';

/**
 * A set's active cards in the set's question order, for practising one set (quiz, flashcards).
 * Questions without a card yet are skipped: sync the set's cards first.
 */
export function cardsInSetOrder(cards: readonly Card[], set: QuestionSet): Card[] {
	const byQuestion = new Map(
		cards.filter((c) => c.setId === set.id && !c.retired).map((c) => [c.questionId, c])
	);
	const out: Card[] = [];
	for (const question of set.questions) {
		const card = byQuestion.get(question.id);
		if (card) out.push(card);
	}
	return out;
}

/**
 * `count` different active cards picked at random (Fisher–Yates), for a test, with questions on
 * the same sentence never one after the other. `random` returns numbers in [0, 1) like
 * Math.random; pass a seeded one for repeatable tests.
 */
export function pickTestCards(
	cards: readonly Card[],
	count = 10,
	random: () => number = Math.random
): Card[] {
	const pool = cards.filter((c) => !c.retired);
	const n = Math.max(0, Math.min(Math.floor(count), pool.length));
	for (let i = 0; i < pool.length - 1; i++) {
		const j = i + Math.floor(random() * (pool.length - i));
		[pool[i], pool[j]] = [pool[j] as Card, pool[i] as Card];
	}
	// Spread the whole shuffled pool, then cut: a few cards drawn from it can always be ordered.
	return spreadSiblings(pool, siblingOf).slice(0, n);
}
