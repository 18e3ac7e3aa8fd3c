import { describe, expect, it } from 'vitest';
import {
	isDue,
	isLearning,
	isNew,
	isToday,
	mastery,
	masteryFromCounts,
	masteryLevel,
	newLeftToday,
	studiedToday,
	todayCounts
} from './counts';
import { buildReviewQueue, todayContext } from './queue';
import { makeCard, makeReview } from './testing';

// 10 March 2026, 15:00 local time.
const NOW = new Date(2026, 2, 10, 15).getTime();
const MIDNIGHT = new Date(2026, 2, 10).getTime();

describe('new, learning and due', () => {
	it('new is never studied and not retired', () => {
		expect(isNew(makeCard({ state: 0 }))).toBe(true);
		expect(isNew(makeCard({ state: 0, retired: true }))).toBe(false);
		expect(isNew(makeCard({ state: 1 }))).toBe(false);
	});

	it('learning is the learning and relearning states', () => {
		expect(([0, 1, 2, 3] as const).map((state) => isLearning(makeCard({ state })))).toEqual([
			false,
			true,
			false,
			true
		]);
		expect(isLearning(makeCard({ state: 1, retired: true }))).toBe(false);
	});

	it('due is a studied card whose time has come, this very moment included', () => {
		expect(isDue(makeCard({ state: 2, due: NOW }), NOW)).toBe(true);
		expect(isDue(makeCard({ state: 2, due: NOW + 1 }), NOW)).toBe(false);
		expect(isDue(makeCard({ state: 3, due: NOW - 60_000 }), NOW)).toBe(true);
		expect(isDue(makeCard({ state: 0, due: 0 }), NOW)).toBe(false);
		expect(isDue(makeCard({ state: 2, due: 0, retired: true }), NOW)).toBe(false);
	});
});

describe('the day boundary', () => {
	it('today runs from local midnight to now', () => {
		expect(isToday(MIDNIGHT, NOW)).toBe(true);
		expect(isToday(MIDNIGHT - 1, NOW)).toBe(false);
		expect(isToday(NOW, NOW)).toBe(true);
		expect(isToday(NOW + 1, NOW)).toBe(false);
	});

	it('a review just before midnight is yesterday’s; just after, it is today’s', () => {
		const reviews = [
			makeReview({ id: 1, cardId: 'a', reviewedAt: MIDNIGHT - 1, before: makeCard({ state: 0 }) }),
			makeReview({ id: 2, cardId: 'b', reviewedAt: MIDNIGHT, before: makeCard({ state: 0 }) })
		];
		expect(studiedToday(reviews, NOW)).toEqual({ cards: 1, answers: 1, newStarted: 1 });
		// One minute before midnight the first one is today's and the second is still to come.
		expect(studiedToday(reviews, MIDNIGHT - 1)).toEqual({ cards: 1, answers: 1, newStarted: 1 });
		expect(studiedToday(reviews, MIDNIGHT - 2)).toEqual({ cards: 0, answers: 0, newStarted: 0 });
	});
});

describe('studied today', () => {
	it('counts different cards, every answer, and the new cards started', () => {
		const fresh = makeCard({ state: 0 });
		const learning = makeCard({ state: 1 });
		const reviews = [
			makeReview({ id: 1, cardId: 'a', reviewedAt: NOW - 3000, before: fresh }),
			makeReview({ id: 2, cardId: 'a', reviewedAt: NOW - 2000, before: learning }),
			makeReview({ id: 3, cardId: 'a', reviewedAt: NOW - 1000, before: learning }),
			makeReview({ id: 4, cardId: 'b', reviewedAt: NOW, before: makeCard({ state: 2 }) }),
			makeReview({ id: 5, cardId: 'c', reviewedAt: NOW - 10, before: null })
		];
		expect(studiedToday(reviews, NOW)).toEqual({ cards: 3, answers: 5, newStarted: 1 });
	});
});

describe('the daily limit on new cards', () => {
	it('leaves the limit less the new cards started today, never below zero', () => {
		expect(newLeftToday(20, 0)).toBe(20);
		expect(newLeftToday(20, 15)).toBe(5);
		expect(newLeftToday(20, 25)).toBe(0);
		expect(newLeftToday(0, 0)).toBe(0);
		expect(newLeftToday(7.9, -3)).toBe(7);
	});
});

describe('todayCounts', () => {
	function setUp(newPerDay: number) {
		const cards = [
			// due: two reviews, one relearning; one sibling of the first is buried
			makeCard({ questionId: 'r1', siblingKey: 's1', state: 2, due: NOW - 5000 }),
			makeCard({ questionId: 'r2', siblingKey: 's1', state: 2, due: NOW - 4000 }),
			makeCard({ questionId: 'r3', siblingKey: 's2', state: 3, due: NOW - 1000 }),
			makeCard({ questionId: 'r4', siblingKey: 's3', state: 2, due: NOW + 60_000 }),
			// new
			...['n1', 'n2', 'n3', 'n4'].map((q) =>
				makeCard({ questionId: q, siblingKey: `s-${q}`, state: 0 })
			),
			makeCard({ questionId: 'gone', siblingKey: 's-gone', state: 2, due: 0, retired: true })
		];
		const started = makeReview({
			id: 1,
			cardId: 'set-a:r4',
			reviewedAt: MIDNIGHT + 1000,
			before: makeCard({ state: 0 })
		});
		const byId = new Map(cards.map((c) => [c.id, c]));
		const today = todayContext([started], byId, NOW);
		const queue = buildReviewQueue({
			cards,
			now: NOW,
			newPerDay,
			newIntroducedToday: today.newIntroducedToday,
			reviewedSiblingKeysToday: today.reviewedSiblingKeysToday
		});
		return todayCounts({
			queue,
			dueRead: cards.filter((c) => isDue(c, NOW)).length,
			newPerDay,
			newUnseen: cards.filter(isNew).length,
			studied: studiedToday([started], NOW)
		});
	}

	it('due leaves out buried siblings; new today is the limit left; learning is part of due', () => {
		expect(setUp(3)).toEqual({
			due: 2,
			learning: 1,
			newToday: 2,
			newPerDay: 3,
			newStartedToday: 1,
			newUnseen: 4,
			studiedToday: 1,
			buried: 1
		});
	});

	it('new today is what is unseen when the limit allows more', () => {
		expect(setUp(20)).toMatchObject({ newToday: 4, newPerDay: 20, newStartedToday: 1 });
	});

	it('a backlog read only in part still counts every due card', () => {
		const queue = { cards: [makeCard({ state: 2 })], dueCount: 1, newCount: 0 };
		const studied = { cards: 0, answers: 0, newStarted: 0 };
		const counts = todayCounts({
			queue,
			dueRead: 1,
			dueTotal: 500,
			newPerDay: 20,
			newUnseen: 0,
			studied
		});
		expect(counts.due).toBe(500);
		expect(counts.buried).toBe(0);
	});
});

describe('mastery levels', () => {
	it('new, learning, familiar under 21 days of stability, mastered from 21 days', () => {
		expect(masteryLevel(makeCard({ state: 0 }))).toBe('new');
		expect(masteryLevel(makeCard({ state: 1, stability: 40 }))).toBe('learning');
		expect(masteryLevel(makeCard({ state: 3, stability: 40 }))).toBe('learning');
		expect(masteryLevel(makeCard({ state: 2, stability: 20.9 }))).toBe('familiar');
		expect(masteryLevel(makeCard({ state: 2, stability: 21 }))).toBe('mastered');
		expect(masteryLevel(makeCard({ state: 2, stability: 90, retired: true }))).toBeUndefined();
	});

	it('counts each level per set and overall, retired cards left out', () => {
		const cards = [
			makeCard({ setId: 'a', state: 2, stability: 30 }),
			makeCard({ setId: 'a', state: 2, stability: 5 }),
			makeCard({ setId: 'a', state: 0 }),
			makeCard({ setId: 'a', state: 2, stability: 90, retired: true }),
			makeCard({ setId: 'b', state: 3, stability: 40 })
		];
		const { overall, bySet } = mastery(cards);
		expect(bySet.get('a')).toEqual({ new: 1, learning: 0, familiar: 1, mastered: 1, total: 3 });
		expect(bySet.get('b')).toEqual({ new: 0, learning: 1, familiar: 0, mastered: 0, total: 1 });
		expect(overall).toEqual({ new: 1, learning: 1, familiar: 1, mastered: 1, total: 4 });
	});

	it('adds up counts per set and level as it counts cards, leaving out sets with none in use', () => {
		const fromCounts = masteryFromCounts([
			{ setId: 'a', level: 'mastered', count: 1 },
			{ setId: 'a', level: 'familiar', count: 1 },
			{ setId: 'a', level: 'new', count: 1 },
			{ setId: 'a', level: 'learning', count: 0 },
			{ setId: 'b', level: 'learning', count: 1 },
			{ setId: 'c', level: 'new', count: 0 },
			{ setId: 'c', level: 'mastered', count: 0 }
		]);
		const fromCards = mastery([
			makeCard({ setId: 'a', state: 2, stability: 30 }),
			makeCard({ setId: 'a', state: 2, stability: 5 }),
			makeCard({ setId: 'a', state: 0 }),
			makeCard({ setId: 'b', state: 3, stability: 40 }),
			makeCard({ setId: 'c', state: 2, stability: 90, retired: true })
		]);
		expect(fromCounts).toEqual(fromCards);
		expect(fromCounts.bySet.has('c')).toBe(false);
	});
});
