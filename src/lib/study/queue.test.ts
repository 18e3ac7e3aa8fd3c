import { describe, expect, it } from 'vitest';
import { buildReviewQueue, interleaveBySet, todayContext } from './queue';
import { makeCard, makeReview } from './testing';

const NOW = new Date(2026, 2, 10, 12).getTime();
const HOUR = 3_600_000;

function dueCard(setId: string, questionId: string, hoursOverdue: number, extra = {}) {
	return makeCard({ setId, questionId, state: 2, due: NOW - hoursOverdue * HOUR, ...extra });
}

const base = { now: NOW, newPerDay: 20, newIntroducedToday: 0, reviewedSiblingKeysToday: [] };

describe('buildReviewQueue', () => {
	it('puts due cards first, most overdue first, then new cards; skips future and retired', () => {
		const cards = [
			makeCard({ questionId: 'n1' }),
			dueCard('set-a', 'd1', 1),
			dueCard('set-b', 'd2', 50),
			dueCard('set-a', 'later', -5),
			dueCard('set-a', 'gone', 9, { retired: true })
		];
		const queue = buildReviewQueue({ ...base, cards });
		expect(queue.cards.map((c) => c.questionId)).toEqual(['d2', 'd1', 'n1']);
		expect(queue).toMatchObject({ dueCount: 2, newCount: 1, newAvailable: 1, buriedCount: 0 });
	});

	it('limits new cards to what is left of the daily limit', () => {
		const cards = Array.from({ length: 30 }, (_, i) => makeCard({ questionId: `q${i}` }));
		expect(buildReviewQueue({ ...base, cards }).newCount).toBe(20);
		expect(buildReviewQueue({ ...base, cards, newIntroducedToday: 15 }).newCount).toBe(5);
		expect(buildReviewQueue({ ...base, cards, newIntroducedToday: 25 }).newCount).toBe(0);
		expect(buildReviewQueue({ ...base, cards, newPerDay: 0 }).newCount).toBe(0);
		// Due cards are never limited.
		const due = Array.from({ length: 50 }, (_, i) => dueCard('s', `d${i}`, i));
		expect(buildReviewQueue({ ...base, cards: due, newPerDay: 0 }).dueCount).toBe(50);
	});

	it('introduces new cards in question order, interleaved across sets', () => {
		const cards = [
			makeCard({ setId: 'a', questionId: 'q10' }),
			makeCard({ setId: 'a', questionId: 'q2' }),
			makeCard({ setId: 'a', questionId: 'q1' }),
			makeCard({ setId: 'b', questionId: 'q1' }),
			makeCard({ setId: 'b', questionId: 'q2' })
		];
		const ids = buildReviewQueue({ ...base, cards }).cards.map((c) => c.id);
		expect(ids).toEqual(['a:q1', 'b:q1', 'a:q2', 'b:q2', 'a:q10']);
	});

	it('buries siblings reviewed today and keeps only one sibling per queue', () => {
		const cards = [
			dueCard('a', 'q1', 3, { siblingKey: 'a#1' }),
			dueCard('a', 'q2', 2, { siblingKey: 'a#1' }),
			dueCard('a', 'q3', 1, { siblingKey: 'a#2' }),
			makeCard({ setId: 'a', questionId: 'n1', siblingKey: 'a#2' }),
			makeCard({ setId: 'a', questionId: 'n2', siblingKey: 'a#3' }),
			makeCard({ setId: 'a', questionId: 'n3', siblingKey: 'a#4' })
		];
		const queue = buildReviewQueue({ ...base, cards, reviewedSiblingKeysToday: new Set(['a#4']) });
		expect(queue.cards.map((c) => c.questionId)).toEqual(['q1', 'q3', 'n2']);
		expect(queue.buriedCount).toBe(3);
	});

	it('never buries a card in (re)learning: it is the one just reviewed', () => {
		const learning = dueCard('a', 'q1', 0.1, { state: 1, siblingKey: 'a#1' });
		const queue = buildReviewQueue({
			...base,
			cards: [learning],
			reviewedSiblingKeysToday: ['a#1']
		});
		expect(queue.cards).toHaveLength(1);
	});

	it('keeps learning cards of one sentence apart from each other and from their sibling', () => {
		const cards = [
			dueCard('a', 'l1', 3, { state: 3, siblingKey: 'a#1' }),
			dueCard('a', 'l2', 2, { state: 1, siblingKey: 'a#1' }),
			dueCard('a', 'r1', 1, { siblingKey: 'a#2' }),
			makeCard({ setId: 'a', questionId: 'n1', siblingKey: 'a#3' })
		];
		const queue = buildReviewQueue({ ...base, cards });
		expect(queue.cards.map((c) => c.questionId)).toEqual(['l1', 'r1', 'l2', 'n1']);
		expect(queue).toMatchObject({ dueCount: 3, newCount: 1 });
	});
});

describe('interleaveBySet', () => {
	it('alternates sets and keeps every card', () => {
		const cards = [
			makeCard({ setId: 'a', questionId: '1' }),
			makeCard({ setId: 'a', questionId: '2' }),
			makeCard({ setId: 'a', questionId: '3' }),
			makeCard({ setId: 'b', questionId: '1' })
		];
		expect(interleaveBySet(cards).map((c) => c.id)).toEqual(['a:1', 'b:1', 'a:2', 'a:3']);
	});
});

describe('todayContext', () => {
	it('counts today’s new introductions and reviewed sibling keys', () => {
		const card = makeCard({ setId: 'a', questionId: 'q1', siblingKey: 'a#7' });
		const cards = new Map([[card.id, card]]);
		const newBefore = makeCard({ state: 0 });
		const reviews = [
			makeReview({ id: 1, cardId: 'a:q1', reviewedAt: NOW - HOUR, before: newBefore }),
			makeReview({ id: 2, cardId: 'a:q1', reviewedAt: NOW - 30 * HOUR, before: newBefore }),
			makeReview({
				id: 3,
				cardId: 'x:y',
				reviewedAt: NOW - 2 * HOUR,
				before: { ...newBefore, state: 2 }
			})
		];
		const context = todayContext(reviews, cards, NOW);
		expect(context.newIntroducedToday).toBe(1);
		expect(context.reviewsToday).toBe(2);
		expect([...context.reviewedSiblingKeysToday]).toEqual(['a#7']);
	});
});
