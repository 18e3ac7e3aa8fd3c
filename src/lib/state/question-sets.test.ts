import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listReviews, listSetCards, recordAnswer } from '$lib/db';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { Database } from './database.svelte';
import { QuestionSets } from './question-sets.svelte';
import { serveBuiltInSets, UnavailableDatabase } from './testing';

const builtIn = makeSet('seed set', 4, 'Seed');
let database: Database;
let questionSets: QuestionSets;
let fetch: ReturnType<typeof serveBuiltInSets>;

beforeEach(() => {
	resetIndexedDB();
	fetch = serveBuiltInSets(builtIn);
	database = new Database();
	questionSets = new QuestionSets(database);
});

describe('question sets', () => {
	it('finds a built-in set by its encoded URL, fetched once per tab', async () => {
		expect(await questionSets.find('seed set')).toEqual(builtIn);
		expect(await questionSets.find('seed set')).toEqual(builtIn);
		const urls = fetch.mock.calls.map(([url]) => url);
		expect(urls).toEqual(['/sets.json', '/sets/seed%20set.json']);
	});

	it('finds a built-in set without opening the database', async () => {
		const offline = new QuestionSets(new UnavailableDatabase());
		expect((await offline.find('seed set'))?.title).toBe('Seed');
		await expect(offline.find('mine')).rejects.toThrow(/refused/);
	});

	it('saves a custom set with its cards, then finds and lists it after the built-in ones', async () => {
		const mine = makeSet('mine', 3, 'Mine');
		expect(await questionSets.saveCustom(mine, 7)).toMatchObject({ added: 3 });
		expect(await questionSets.find('mine')).toEqual(mine);
		expect(await questionSets.custom()).toEqual([mine]);
		const db = await database.open();
		expect((await listSetCards(db, 'mine')).map((c) => c.addedAt)).toEqual([7, 7, 7]);
		expect((await questionSets.all(db)).map((s) => s.id)).toEqual(['seed set', 'mine']);
		expect(await questionSets.find('nothing')).toBeUndefined();
	});

	it('syncs the built-in sets’ cards and only reads the custom ones', async () => {
		const db = await database.open();
		await questionSets.saveCustom(makeSet('mine', 2), 1);
		const sets = await questionSets.syncAll(db, 5);
		expect(sets.map((s) => s.id)).toEqual(['seed set', 'mine']);
		expect(await listSetCards(db, 'seed set')).toHaveLength(4);
		expect((await listSetCards(db, 'mine')).map((c) => c.addedAt)).toEqual([1, 1]);
	});

	it('says which file failed, and asks again after a failed index', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('down', { status: 503 }))
		);
		await expect(questionSets.find('seed set')).rejects.toThrow('Could not load /sets.json (503)');
		serveBuiltInSets(builtIn);
		expect((await questionSets.find('seed set'))?.title).toBe('Seed');
	});

	it('renames a set made here, refusing an empty title with nothing changed', async () => {
		await questionSets.saveCustom(makeSet('mine', 1, 'Old'), 1);
		expect(await questionSets.madeHere('mine')).toBe(true);
		expect(await questionSets.madeHere('seed set')).toBe(false);
		expect(await questionSets.rename('mine', '  New  ')).toBe('New');
		expect((await questionSets.find('mine'))?.title).toBe('New');
		await expect(questionSets.rename('mine', ' ')).rejects.toThrow('Give the set a title.');
		expect((await questionSets.find('mine'))?.title).toBe('New');
	});

	it('saves an edit keeping kept questions’ progress, and removed progress only when confirmed', async () => {
		const mine = makeSet('mine', 3);
		await questionSets.saveCustom(mine, 1);
		const db = await database.open();
		for (const cardId of ['mine:q1', 'mine:q2'])
			await recordAnswer(db, {
				cardId,
				rating: 3,
				answer: '',
				correct: true,
				mode: 'flashcard',
				durationMs: 1,
				now: 5,
				settings: DEFAULT_SETTINGS
			});
		expect((await questionSets.progress('mine')).map((p) => [p.questionId, p.reviews])).toEqual([
			['q1', 1],
			['q2', 1],
			['q3', 0]
		]);
		const edited = { ...mine, questions: mine.questions.slice(1, 2) };
		await expect(questionSets.saveEdited(edited, [])).rejects.toThrow(/not agreed to delete/);
		expect(await listReviews(db)).toHaveLength(2);
		await questionSets.saveEdited(edited, ['q1']);
		expect((await listReviews(db)).map((r) => r.cardId)).toEqual(['mine:q2']);
		expect((await listSetCards(db, 'mine')).map((c) => [c.id, c.reps])).toEqual([['mine:q2', 1]]);
	});
});
