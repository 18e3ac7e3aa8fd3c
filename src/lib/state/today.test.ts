import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { startSession } from '$lib/study';
import { Database } from './database.svelte';
import { QuestionSets } from './question-sets.svelte';
import { serveBuiltInSets, UnavailableDatabase } from './testing';
import { Today } from './today.svelte';

const NOW = Date.UTC(2026, 2, 1, 9);
const seed = makeSet('seed', 4, 'Seed');
let database: Database;
let today: Today;

beforeEach(() => {
	resetIndexedDB();
	serveBuiltInSets(seed);
	database = new Database();
	today = new Today({ database, questionSets: new QuestionSets(database) });
});

describe('today', () => {
	it('counts every built-in card as new on the first visit', async () => {
		await today.load(NOW);
		expect(today.problem).toBeUndefined();
		expect(today.sets.map((s) => s.id)).toEqual(['seed']);
		expect(today.summary).toMatchObject({ streak: 0 });
		// q1 and q2, q3 and q4 share a sentence: one of each pair starts today, the other waits.
		expect(today.summary?.today).toMatchObject({ due: 0, newUnseen: 4, newToday: 2 });
		expect(today.openSessions).toEqual([]);
	});

	it('lists one unfinished session per mode and set, newest first, and no assignments', async () => {
		const db = await database.open();
		const open = (id: string, mode: 'quiz' | 'flashcard' | 'assignment', now: number) =>
			saveSession(db, startSession({ id, mode, setId: 'seed', queue: ['seed:q1'], now }));
		await open('quiz-old', 'quiz', NOW - 2000);
		await open('quiz-new', 'quiz', NOW - 1000);
		await open('cards', 'flashcard', NOW - 500);
		await open('taken', 'assignment', NOW - 100);
		await today.load(NOW);
		expect(today.openSessions.map((s) => s.id).sort()).toEqual(['cards', 'quiz-new']);
	});

	it('says what went wrong when storage cannot be opened', async () => {
		const broken = new Today({ database: new UnavailableDatabase() });
		await broken.load(NOW);
		expect(broken.problem).toMatch(/refused to open the storage/);
		expect(broken.summary).toBeUndefined();
	});
});
