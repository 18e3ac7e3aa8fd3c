import { beforeEach, describe, expect, it } from 'vitest';
import { recordAnswer, syncSetCards, updateSettings } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { DEFAULT_SETTINGS } from '$lib/srs';
import { Database } from './database.svelte';
import { UnavailableDatabase } from './testing';
import { TodayFigures } from './today-counts.svelte';

const NOW = new Date(2026, 2, 1, 9).getTime();
const seed = makeSet('seed', 6, 'Seed');
let database: Database;

beforeEach(() => {
	resetIndexedDB();
	database = new Database();
});

describe('today’s figures', () => {
	it('count the new cards started today against the daily limit', async () => {
		const db = await database.open();
		await syncSetCards(db, seed, NOW - 1000);
		await updateSettings(db, { newPerDay: 2 });
		await recordAnswer(db, {
			cardId: 'seed:q1',
			rating: 1,
			answer: '',
			correct: false,
			mode: 'flashcard',
			durationMs: 1000,
			now: NOW,
			settings: DEFAULT_SETTINGS
		});
		const figures = new TodayFigures({ database });
		await figures.load(NOW + 1000);
		// q1's sibling q2 waits; q3 or q4 and q5 or q6 are free, but one new card is left today.
		expect(figures.counts).toMatchObject({
			newPerDay: 2,
			newStartedToday: 1,
			newToday: 1,
			newUnseen: 5,
			studiedToday: 1
		});
		figures.reset();
		expect(figures.counts).toBeUndefined();
	});

	it('say in words when the storage cannot be opened', async () => {
		const figures = new TodayFigures({ database: new UnavailableDatabase() });
		await figures.load(NOW);
		expect(figures.counts).toBeUndefined();
		expect(figures.problem).toBe('The browser refused to open the storage.');
	});
});
