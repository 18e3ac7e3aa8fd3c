import { beforeEach, describe, expect, it } from 'vitest';
import { recordFactCheck, syncSetCards } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { Database } from './database.svelte';
import { SetCards } from './set-cards.svelte';
import { UnavailableDatabase } from './testing';

let database: Database;

beforeEach(() => {
	resetIndexedDB();
	database = new Database();
});

describe('set cards state', () => {
	it('lists the questions whose fact the learner marked outdated, with the day', async () => {
		const db = await database.open();
		await syncSetCards(db, makeSet('s', 3), Date.UTC(2026, 0, 1));
		await recordFactCheck(db, 's:q2', 'outdated', '2026-02-01');
		await recordFactCheck(db, 's:q3', 'still-true', '2026-02-01');
		const state = new SetCards(database);
		await state.load('s');
		expect([...state.outdated]).toEqual([['q2', '2026-02-01']]);
		await state.load('other');
		expect(state.outdated.size).toBe(0);
	});

	it('says so when the database cannot be read', async () => {
		const state = new SetCards(new UnavailableDatabase());
		await state.load('s');
		expect(state.problem).toMatch(/refused/);
		expect(state.outdated.size).toBe(0);
	});
});
