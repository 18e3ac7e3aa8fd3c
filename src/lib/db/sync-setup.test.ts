import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRating } from '$lib/types';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import {
	memoryReplica,
	startGuardedCouch,
	startTestCouch,
	type TestCouch
} from '$lib/sync/testing';
import { recordAnswer } from './answers';
import { saveCustomSetWithCards } from './customSets';
import { openFactdeck } from './open';
import { isSyncOn } from './sync-on';
import { freshDatabase, makeSet } from './testing';
import { syncWithServer } from './sync';
import { readSyncStatus, recordSyncOutcome, turnSyncOff, turnSyncOn } from './sync-setup';
import type { FactdeckDB } from './schema';

let couch: TestCouch;
beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch.close();
});

const SERVER = { address: 'http://127.0.0.1:5984/factdeck', username: 'anna', password: 'pw' };
const T0 = Date.UTC(2026, 0, 5, 8);
let db: FactdeckDB;
beforeEach(async () => {
	db = await freshDatabase();
	await saveCustomSetWithCards(db, makeSet('s', 6), T0);
});

async function answer(count: number) {
	for (let i = 0; i < count; i++)
		await recordAnswer(db, {
			cardId: `s:q${i + 1}`,
			rating: 3 as ReviewRating,
			answer: '',
			correct: true,
			mode: 'flashcard',
			durationMs: 1000,
			now: T0 + i * 60_000,
			settings: DEFAULT_SETTINGS
		});
}

const everything = async () => ({
	cards: await db.getAll('cards'),
	reviews: await db.getAll('reviews'),
	days: await db.getAll('days'),
	sets: await db.getAll('customSets')
});

describe('the sync status', () => {
	it('is off with every review waiting until sync is turned on; off forgets the password', async () => {
		await answer(3);
		expect(await readSyncStatus(db)).toEqual({ waiting: 3 });
		expect(await isSyncOn(db)).toBe(false);
		await turnSyncOn(db, SERVER);
		expect((await readSyncStatus(db)).server).toEqual(SERVER);
		expect(await isSyncOn(db)).toBe(true);
		await turnSyncOff(db);
		expect(await isSyncOn(db)).toBe(false);
		const off = await readSyncStatus(db);
		expect(off.server).toBeUndefined();
		expect(JSON.stringify(await db.getAll('syncState'))).not.toContain('"pw"');
	});

	it('counts what a failed replication left in the replica, and nothing is waiting once it goes through', async () => {
		await answer(4);
		const replica = memoryReplica();
		const before = await everything();
		// Nothing listens on port 9: the server is down.
		await expect(syncWithServer(db, replica, 'http://127.0.0.1:9/factdeck')).rejects.toBeDefined();
		expect(await everything()).toEqual(before);
		// 4 reviews, the set and the settings were copied to the replica and wait there.
		expect((await readSyncStatus(db)).waiting).toBe(6);
		await answer(1);
		expect((await readSyncStatus(db)).waiting).toBe(7);

		await syncWithServer(db, replica, couch.database('status'));
		expect((await readSyncStatus(db)).waiting).toBe(0);
		expect(await db.count('reviews')).toBe(5);
	});

	it('keeps the last sync time and the last error in plain words', async () => {
		await turnSyncOn(db, SERVER);
		await recordSyncOutcome(db, { syncedAt: T0 });
		await recordSyncOutcome(db, {
			error: 'The server refused the user name or password.',
			at: T0 + 5
		});
		expect(await readSyncStatus(db)).toMatchObject({
			lastSyncedAt: T0,
			lastError: 'The server refused the user name or password.',
			lastErrorAt: T0 + 5
		});
		await recordSyncOutcome(db, { syncedAt: T0 + 1 });
		const status = await readSyncStatus(db);
		expect(status.lastSyncedAt).toBe(T0 + 1);
		expect(status.lastError).toBeUndefined();
		expect(status.lastErrorAt).toBeUndefined();
	});
});

describe('a server that dies mid-sync', () => {
	it('loses nothing, and the next sync completes what was left', async () => {
		const server = await startGuardedCouch({
			origin: 'http://localhost',
			username: 'anna',
			password: 'pw',
			database: 'mid-sync'
		});
		try {
			await answer(6);
			const replica = memoryReplica();
			const before = await everything();
			// The answers reach the server, then it stops answering before the sync is through
			// (PouchDB 9 makes 13 requests here; the 11th fails).
			server.failAfter(10);
			await expect(syncWithServer(db, replica, server.open())).rejects.toBeDefined();
			server.failAfter(undefined);
			const onServer = (await server.open().allDocs({})).rows.map((row) => row.id);
			expect(onServer.some((id) => id.startsWith('log:'))).toBe(true);
			expect(await everything()).toEqual(before);
			expect((await readSyncStatus(db)).waiting).toBeGreaterThan(0);

			await syncWithServer(db, replica, server.open());
			expect((await readSyncStatus(db)).waiting).toBe(0);
			expect(await everything()).toEqual(before);

			// Another device gets every answer.
			const laptop = await openFactdeck({ name: 'laptop-mid-sync' });
			await saveCustomSetWithCards(laptop, makeSet('s', 6), T0);
			await syncWithServer(laptop, memoryReplica(), server.open());
			expect(await laptop.count('reviews')).toBe(6);
		} finally {
			await server.close();
		}
	});
});
