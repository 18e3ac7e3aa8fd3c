import { beforeEach, describe, expect, it } from 'vitest';
import { recordAnswer, syncSetCards, updateSettings } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { DEFAULT_SETTINGS } from '$lib/srs';
import { Database } from './database.svelte';
import { Progress } from './progress.svelte';
import { QuestionSets } from './question-sets.svelte';
import { serveBuiltInSets, UnavailableDatabase } from './testing';

const NOW = Date.UTC(2026, 2, 1, 9);
const seed = makeSet('seed', 4, 'Seed');
let database: Database;
let progress: Progress;

beforeEach(() => {
	resetIndexedDB();
	serveBuiltInSets(seed);
	database = new Database();
	progress = new Progress({ database, questionSets: new QuestionSets(database) });
});

describe('progress', () => {
	it('loads the statistics, the library and the settings in one go', async () => {
		const db = await database.open();
		await syncSetCards(db, seed, NOW - 1000);
		await updateSettings(db, { newPerDay: 5 });
		await recordAnswer(db, {
			cardId: 'seed:q1',
			rating: 3,
			answer: 'answer 1',
			correct: true,
			mode: 'quiz',
			durationMs: 2000,
			now: NOW - 500,
			settings: DEFAULT_SETTINGS
		});
		await progress.load(NOW);
		expect(progress.problem).toBeUndefined();
		expect(progress.stats?.totalReviews).toBe(1);
		expect(progress.stats?.streak).toBe(1);
		expect(progress.sets.map((s) => s.title)).toEqual(['Seed']);
		expect(progress.settings?.newPerDay).toBe(5);
	});

	it('counts the built-in cards on a first visit, when nothing is stored yet', async () => {
		await progress.load(NOW);
		expect(progress.stats?.mastery.overall).toMatchObject({ new: 4, total: 4 });
		expect(progress.stats?.today).toMatchObject({ newUnseen: 4, newToday: 2 });
	});

	it('counts the cards a new app version adds to a built-in set', async () => {
		await syncSetCards(await database.open(), seed, NOW - 1000);
		// The next version of the set has a fifth question.
		const next = makeSet('seed', 5, 'Seed');
		serveBuiltInSets(next);
		const updated = new Progress({ database, questionSets: new QuestionSets(database) });
		await updated.load(NOW);
		expect(updated.stats?.mastery.overall).toMatchObject({ new: 5, total: 5 });
		expect(updated.stats?.today.newUnseen).toBe(5);
	});

	it('a load still running when its visit ends shows nothing', async () => {
		const left = progress.load(NOW);
		progress.reset();
		await left;
		expect([progress.stats, progress.settings, progress.sets]).toEqual([undefined, undefined, []]);
	});

	it('forgets what it showed on reset, so a later visit starts empty', async () => {
		await progress.load(NOW);
		progress.reset();
		expect([progress.stats, progress.settings, progress.sets]).toEqual([undefined, undefined, []]);
	});

	it('says what went wrong when storage cannot be opened', async () => {
		const broken = new Progress({ database: new UnavailableDatabase() });
		await broken.load(NOW);
		expect(broken.problem).toMatch(/refused to open the storage/);
		expect(broken.stats).toBeUndefined();
	});
});
