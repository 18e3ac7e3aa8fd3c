import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listCards, listReviews, recordAnswer } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { Database } from './database.svelte';
import { QuestionSets } from './question-sets.svelte';
import { SetDeletion, UNDO_DELETE_MS } from './set-deletion.svelte';
import { serveBuiltInSets } from './testing';

let database: Database;
let sets: QuestionSets;
let deletion: SetDeletion;

beforeEach(async () => {
	resetIndexedDB();
	serveBuiltInSets();
	database = new Database();
	sets = new QuestionSets(database);
	deletion = new SetDeletion(database);
	await sets.saveCustom(makeSet('mine', 2, 'Mine'), 0);
	await recordAnswer(await database.open(), {
		cardId: 'mine:q1',
		rating: 3,
		answer: '',
		correct: true,
		mode: 'flashcard',
		durationMs: 1,
		now: 5,
		settings: DEFAULT_SETTINGS
	});
});

afterEach(() => vi.useRealTimers());

describe('deleting a set with undo', () => {
	it('deletes at once and Undo brings back the set with its progress', async () => {
		const db = await database.open();
		const cards = await listCards(db);
		await deletion.delete('mine');
		expect([deletion.undoable, deletion.changes]).toEqual(['Mine', 1]);
		expect(await sets.custom()).toEqual([]);
		expect(await listCards(db)).toEqual([]);
		expect(await deletion.undo()).toBe(true);
		expect([deletion.undoable, deletion.changes]).toEqual([undefined, 2]);
		expect((await sets.custom()).map((s) => s.title)).toEqual(['Mine']);
		expect(await listCards(db)).toEqual(cards);
		expect(await listReviews(db)).toHaveLength(1);
		expect(await deletion.undo()).toBe(false);
	});

	it('offers Undo for a while, longer while the user is on it, then the deletion stays', async () => {
		await deletion.delete('mine');
		// The storage works on real timers; the offer's clock is restarted on fake ones.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		deletion.resume();
		vi.advanceTimersByTime(UNDO_DELETE_MS - 1);
		deletion.pause();
		vi.advanceTimersByTime(UNDO_DELETE_MS * 5);
		expect(deletion.undoable).toBe('Mine');
		deletion.resume();
		vi.advanceTimersByTime(UNDO_DELETE_MS);
		expect(deletion.undoable).toBeUndefined();
		vi.useRealTimers();
		expect(await deletion.undo()).toBe(false);
		expect(await sets.custom()).toEqual([]);
	});
});
