import { beforeEach, describe, expect, it } from 'vitest';
import {
	deleteCustomSet,
	getCustomSet,
	listCustomSets,
	saveCustomSet,
	saveCustomSetWithCards
} from './customSets';
import {
	deleteFinishedSessions,
	deleteSession,
	getSession,
	listOpenSessions,
	loadResumableSession,
	saveSession
} from './sessions';
import { getSettings, updateSettings } from './settings';
import { listCards, syncSetCards } from './cards';
import { recordAnswer } from './answers';
import { countReviews, latestReview, listRecentReviews, listReviewsSince } from './reviews';
import type { FactdeckDB } from './schema';
import { freshDatabase, makeSet } from './testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { answerCurrent, finishSession, startSession } from '$lib/study/session';

let db: FactdeckDB;
beforeEach(async () => {
	db = await freshDatabase();
});

describe('settings store', () => {
	it('returns defaults until changed, and clamps changes', async () => {
		expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
		expect(await updateSettings(db, { desiredRetention: 0.99, theme: 'dark' })).toEqual({
			desiredRetention: 0.97,
			newPerDay: 20,
			theme: 'dark',
			staleAfterMonths: 6
		});
		await updateSettings(db, { newPerDay: 5, staleAfterMonths: 99 });
		expect(await getSettings(db)).toEqual({
			desiredRetention: 0.97,
			newPerDay: 5,
			theme: 'dark',
			staleAfterMonths: 60
		});
	});
});

describe('sessions store', () => {
	it('saves, lists open sessions newest first, and deletes', async () => {
		const a = startSession({ id: 'a', mode: 'quiz', setId: 's', queue: ['s:q1', 's:q2'], now: 1 });
		const b = startSession({ id: 'b', mode: 'review', queue: ['s:q1'], now: 2 });
		const done = finishSession(
			answerCurrent(startSession({ id: 'c', mode: 'quiz', queue: ['s:q1'], now: 3 }), {
				answer: '',
				correct: true,
				rating: 3,
				durationMs: 1,
				answeredAt: 4
			}),
			5
		);
		for (const s of [a, b, done]) await saveSession(db, s);
		expect(await getSession(db, 'a')).toEqual(a);
		expect((await listOpenSessions(db)).map((s) => s.id)).toEqual(['b', 'a']);
		expect((await listOpenSessions(db, { mode: 'quiz', setId: 's' })).map((s) => s.id)).toEqual([
			'a'
		]);
		await deleteSession(db, 'a');
		expect(await getSession(db, 'a')).toBeUndefined();
		expect(await deleteFinishedSessions(db, 5)).toBe(0);
		expect(await deleteFinishedSessions(db, 6)).toBe(1);
		expect(await getSession(db, 'c')).toBeUndefined();
		expect(await getSession(db, 'b')).toEqual(b);
	});
});

describe('loadResumableSession', () => {
	it('resumes where the student left off, dropping cards that are gone', async () => {
		await syncSetCards(db, makeSet('s', 3), 0);
		let session = startSession({
			id: 'r',
			mode: 'quiz',
			queue: ['s:q1', 's:q2', 'x:q9', 's:q3'],
			now: 1
		});
		session = (
			await recordAnswer(db, {
				cardId: 's:q1',
				rating: 3,
				answer: '',
				correct: true,
				mode: 'quiz',
				durationMs: 1,
				now: 2,
				settings: DEFAULT_SETTINGS,
				session
			})
		).session!;
		const resumed = await loadResumableSession(db, 'r');
		expect(resumed?.queue).toEqual(['s:q1', 's:q2', 's:q3']);
		expect(resumed?.position).toBe(1);
		expect(await loadResumableSession(db, 'missing')).toBeUndefined();
		await saveSession(db, finishSession(session, 3));
		expect(await loadResumableSession(db, 'r')).toBeUndefined();
	});
});

describe('customSets store', () => {
	it('keeps HTML in titles as plain text and deletes a set with its cards and reviews', async () => {
		const set = makeSet('mine', 2, '<img src=x onerror=alert(1)> Rivers');
		await saveCustomSet(db, set);
		await syncSetCards(db, makeSet('other', 1), 0);
		await syncSetCards(db, set, 0);
		await recordAnswer(db, {
			cardId: 'mine:q1',
			rating: 3,
			answer: '',
			correct: true,
			mode: 'flashcard',
			durationMs: 1,
			now: 10,
			settings: DEFAULT_SETTINGS
		});
		expect((await getCustomSet(db, 'mine'))?.title).toBe('<img src=x onerror=alert(1)> Rivers');
		expect(await listCustomSets(db)).toEqual([set]);
		await deleteCustomSet(db, 'mine');
		expect(await listCustomSets(db)).toEqual([]);
		expect((await listCards(db)).map((c) => c.id)).toEqual(['other:q1']);
		expect(await countReviews(db)).toBe(0);
		expect(await db.getAll('days')).toEqual([]);
	});
});

describe('saving a custom set with its cards', () => {
	it('stores the set and a card per question in one transaction, and re-syncs on a later save', async () => {
		const set = makeSet('mine', 3);
		expect(await saveCustomSetWithCards(db, set, 5)).toEqual({
			added: 3,
			kept: 0,
			retired: 0,
			restored: 0,
			updated: 0
		});
		expect(await getCustomSet(db, 'mine')).toEqual(set);
		expect((await listCards(db)).map((c) => [c.id, c.addedAt, c.retired])).toEqual([
			['mine:q1', 5, false],
			['mine:q2', 5, false],
			['mine:q3', 5, false]
		]);
		const shorter = { ...set, questions: set.questions.slice(0, 2) };
		expect(await saveCustomSetWithCards(db, shorter, 6)).toMatchObject({ kept: 2, retired: 1 });
		expect(await getCustomSet(db, 'mine')).toEqual(shorter);
	});

	it('keeps nothing when the set cannot be stored', async () => {
		const broken = { ...makeSet('bad', 2), extra: () => undefined };
		await expect(saveCustomSetWithCards(db, broken, 5)).rejects.toThrow();
		expect(await listCustomSets(db)).toEqual([]);
		expect(await listCards(db)).toEqual([]);
	});
});

describe('reviews store', () => {
	it('lists reviews since a time and finds the latest', async () => {
		await syncSetCards(db, makeSet('s', 3), 0);
		for (const [i, id] of ['s:q1', 's:q2', 's:q3'].entries()) {
			await recordAnswer(db, {
				cardId: id,
				rating: 3,
				answer: '',
				correct: true,
				mode: 'review',
				durationMs: 1,
				now: 1000 * (i + 1),
				settings: DEFAULT_SETTINGS
			});
		}
		expect((await listReviewsSince(db, 2000)).map((r) => r.cardId)).toEqual(['s:q2', 's:q3']);
		expect((await latestReview(db))?.cardId).toBe('s:q3');
		expect((await listRecentReviews(db, 2)).map((r) => r.cardId)).toEqual(['s:q3', 's:q2']);
	});
});
