import { beforeEach, describe, expect, it } from 'vitest';
import {
	getCard,
	listCards,
	listDueCards,
	listSetCards,
	recordFactCheck,
	syncSetCards
} from './cards';
import { recordAnswer } from './answers';
import { listCardReviews } from './reviews';
import type { FactdeckDB } from './schema';
import { freshDatabase, makeSet } from './testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';

const NOW = Date.UTC(2026, 2, 1, 9);
let db: FactdeckDB;
beforeEach(async () => {
	db = await freshDatabase();
});

describe('cards', () => {
	it('creates one unstudied card per question with sibling keys', async () => {
		const result = await syncSetCards(db, makeSet('s', 4), NOW);
		expect(result).toEqual({ added: 4, kept: 0, retired: 0, restored: 0, updated: 0 });
		const card = await getCard(db, 's:q2');
		expect(card).toMatchObject({
			setId: 's',
			questionId: 'q2',
			siblingKey: 's#0',
			retired: false,
			state: 0,
			due: NOW,
			addedAt: NOW
		});
		expect((await listSetCards(db, 's')).map((c) => c.siblingKey)).toEqual([
			's#0',
			's#0',
			's#1',
			's#1'
		]);
		// Syncing again changes nothing.
		expect(await syncSetCards(db, makeSet('s', 4), NOW + 1)).toEqual({
			added: 0,
			kept: 4,
			retired: 0,
			restored: 0,
			updated: 0
		});
	});

	it('keeps progress of surviving questions and retires the rest with their history', async () => {
		const set = makeSet('s', 4);
		await syncSetCards(db, set, NOW);
		await recordAnswer(db, {
			cardId: 's:q1',
			rating: 3,
			answer: 'x',
			correct: true,
			mode: 'quiz',
			durationMs: 1000,
			now: NOW,
			settings: DEFAULT_SETTINGS
		});
		await recordAnswer(db, {
			cardId: 's:q4',
			rating: 1,
			answer: 'y',
			correct: false,
			mode: 'quiz',
			durationMs: 1000,
			now: NOW,
			settings: DEFAULT_SETTINGS
		});
		const studied = await getCard(db, 's:q1');

		// Regenerated: q4 is gone, q5 is new, q1 moved to another sentence.
		const regenerated = {
			...set,
			generatorVersion: 'v2',
			questions: [
				{ ...set.questions[0]!, sourceSentence: 3 },
				set.questions[1]!,
				set.questions[2]!,
				{ ...set.questions[3]!, id: 'q5' }
			]
		};
		expect(await syncSetCards(db, regenerated, NOW + 5)).toEqual({
			added: 1,
			kept: 2,
			retired: 1,
			restored: 0,
			updated: 1
		});
		expect(await getCard(db, 's:q1')).toEqual({ ...studied, siblingKey: 's#3' });
		expect(await getCard(db, 's:q4')).toMatchObject({ retired: true, reps: 1 });
		expect(await listCardReviews(db, 's:q4')).toHaveLength(1);
		expect(await getCard(db, 's:q5')).toMatchObject({ state: 0, addedAt: NOW + 5 });

		// Questions that come back are restored with their progress.
		expect((await syncSetCards(db, set, NOW + 6)).restored).toBe(1);
		expect(await getCard(db, 's:q4')).toMatchObject({ retired: false, reps: 1 });
		expect(await listCards(db)).toHaveLength(5);
	});

	it('lists cards due by a time through the due index', async () => {
		await syncSetCards(db, makeSet('a', 2), NOW);
		await syncSetCards(db, makeSet('b', 2), NOW + 10_000);
		expect((await listDueCards(db, NOW)).map((c) => c.id)).toEqual(['a:q1', 'a:q2']);
		expect(await listDueCards(db, NOW + 10_000)).toHaveLength(4);
	});
});

describe('recordFactCheck', () => {
	const NOW_MS = Date.UTC(2026, 0, 10);

	it('"Still true" records the day and nothing else; "Outdated" retires the card for good', async () => {
		const set = makeSet('facts', 2);
		await syncSetCards(db, set, NOW_MS);
		const before = await getCard(db, 'facts:q1');
		const kept = await recordFactCheck(db, 'facts:q1', 'still-true', '2026-01-10');
		expect(kept).toEqual({ ...before, confirmedOn: '2026-01-10' });
		const retired = await recordFactCheck(db, 'facts:q2', 'outdated', '2026-01-10');
		expect(retired).toMatchObject({ retired: true, outdatedOn: '2026-01-10' });
		expect(await db.count('reviews')).toBe(0);
		// Syncing the set again (its question is still there) does not bring the card back.
		const sync = await syncSetCards(db, set, NOW_MS + 1000);
		expect(sync).toMatchObject({ restored: 0, retired: 0 });
		expect(await getCard(db, 'facts:q2')).toEqual(retired);
	});

	it('refuses a card that is gone, one already outdated and a day that is no date, changing nothing', async () => {
		await syncSetCards(db, makeSet('facts', 1), NOW_MS);
		await recordFactCheck(db, 'facts:q1', 'outdated', '2026-01-10');
		const stored = await db.getAll('cards');
		await expect(recordFactCheck(db, 'ghost:q1', 'still-true', '2026-01-10')).rejects.toThrow(
			/no longer stored/
		);
		await expect(recordFactCheck(db, 'facts:q1', 'still-true', '2026-01-11')).rejects.toThrow(
			/already marked outdated/
		);
		await expect(recordFactCheck(db, 'facts:q1', 'outdated', 'today')).rejects.toThrow(
			/calendar date/
		);
		expect(await db.getAll('cards')).toEqual(stored);
	});
});
