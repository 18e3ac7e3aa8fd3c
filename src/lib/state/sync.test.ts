import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { FactdeckDB } from '$lib/db';
import type { SyncServer } from '$lib/sync/server';
import { recordAnswer } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { REFUSED_LOGIN, UNREACHABLE } from '$lib/sync/server';
import { Database } from './database.svelte';
import { noteLocalChange } from './local-changes';
import { QuestionSets } from './question-sets.svelte';
import {
	DeviceSync,
	SYNC_AFTER_ANSWERS_MS,
	SYNC_EVERY_MS,
	type Conflicts,
	type SetConflict
} from './sync.svelte';
import { serveBuiltInSets } from './testing';

const FORM = { address: 'http://127.0.0.1:5984/factdeck', username: 'anna', password: 'pw' };

let database: Database;
let run: Mock<(db: FactdeckDB, server: SyncServer) => Promise<void>>;
let online: boolean;
let sync: DeviceSync;
/** The replica's sets edited on two devices, as a list the fake below reads and settles. */
let edited: SetConflict[];
let conflicts: Conflicts;

beforeEach(async () => {
	resetIndexedDB();
	serveBuiltInSets();
	database = new Database();
	await new QuestionSets(database).saveCustom(makeSet('mine', 2, 'Mine'), 0);
	run = vi.fn(async (_db: FactdeckDB, _server: SyncServer) => {});
	online = true;
	edited = [];
	conflicts = {
		list: async () => edited,
		keep: vi.fn(async (setId: string, rev: string) => {
			const conflict = edited.find((c) => c.setId === setId);
			if (!conflict?.versions.some((version) => version.rev === rev))
				throw new Error(`${setId} has no version ${rev} to keep.`);
			edited = edited.filter((c) => c !== conflict);
		})
	};
	sync = new DeviceSync(database, { run, online: () => online, conflicts });
});

afterEach(async () => {
	await sync.turnOff();
	vi.useRealTimers();
});

async function answer() {
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
}

describe('turning sync on and off', () => {
	it('sends nothing while off, even at start', async () => {
		await answer();
		await sync.start();
		expect(sync.on).toBe(false);
		expect(sync.status?.waiting).toBe(1);
		expect(run).not.toHaveBeenCalled();
	});

	it('refuses a bad form in plain words and stays off', async () => {
		expect(await sync.turnOn({ ...FORM, address: 'http://couch.example.org/factdeck' })).toBe(
			false
		);
		expect(sync.formError).toMatch(/https:\/\//);
		expect(sync.on).toBe(false);
		expect(run).not.toHaveBeenCalled();
	});

	it('syncs at once when turned on and records when', async () => {
		expect(await sync.turnOn(FORM)).toBe(true);
		expect(run).toHaveBeenCalledTimes(1);
		expect(run.mock.calls[0]?.[1]).toEqual(FORM);
		expect(sync.on).toBe(true);
		expect(sync.status?.lastSyncedAt).toBeTypeOf('number');
		expect(sync.status?.lastError).toBeUndefined();
		await sync.turnOff();
		expect(sync.on).toBe(false);
	});
});

describe('errors in plain words', () => {
	it('a refused login and an unreachable server are recorded; the next good sync clears them', async () => {
		run.mockRejectedValueOnce({ status: 401, name: 'unauthorized' });
		await sync.turnOn(FORM);
		expect(sync.status?.lastError).toBe(REFUSED_LOGIN);
		expect(sync.status?.lastErrorAt).toBeTypeOf('number');
		expect(sync.status?.lastSyncedAt).toBeUndefined();
		online = false;
		run.mockRejectedValueOnce(new TypeError('Failed to fetch'));
		await sync.syncNow();
		expect(sync.status?.lastError).toBe(UNREACHABLE);
		online = true;
		await sync.syncNow();
		expect(sync.status?.lastError).toBeUndefined();
		expect(sync.status?.lastSyncedAt).toBeTypeOf('number');
	});

	it('starts over when answers were recorded during the sync', async () => {
		const retry = Object.assign(new Error('again'), { name: 'SyncRetryError' });
		run.mockRejectedValueOnce(retry).mockRejectedValueOnce(retry);
		await sync.turnOn(FORM);
		expect(run).toHaveBeenCalledTimes(3);
		expect(sync.status?.lastError).toBeUndefined();
	});
});

describe('when it runs', () => {
	it('after answers, once answering pauses; and every few minutes', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
		await sync.turnOn(FORM);
		expect(run).toHaveBeenCalledTimes(1);
		noteLocalChange();
		await vi.advanceTimersByTimeAsync(SYNC_AFTER_ANSWERS_MS / 2);
		noteLocalChange();
		await vi.advanceTimersByTimeAsync(SYNC_AFTER_ANSWERS_MS / 2);
		expect(run).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(SYNC_AFTER_ANSWERS_MS / 2);
		await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(2));
		await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS);
		await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(3));
		await sync.turnOff();
		noteLocalChange();
		await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS * 2);
		expect(run).toHaveBeenCalledTimes(3);
	});
});

describe('sets edited on two devices', () => {
	const RIVERS: SetConflict = {
		setId: 'mine',
		versions: [
			{ rev: '2-a', title: 'Rivers of Europe', questions: 4, current: true },
			{ rev: '2-b', title: 'European rivers', questions: 3, current: false }
		]
	};

	it('are listed after a sync, and keeping one settles it and syncs again', async () => {
		await sync.turnOn(FORM);
		expect(sync.conflicts).toEqual([]);
		edited = [RIVERS];
		await sync.syncNow();
		expect(sync.conflicts).toEqual([RIVERS]);
		expect(run).toHaveBeenCalledTimes(2);

		await sync.keep('mine', '2-b');
		expect(conflicts.keep).toHaveBeenCalledWith('mine', '2-b');
		expect(sync.conflicts).toEqual([]);
		expect(sync.conflictError).toBeUndefined();
		expect(run).toHaveBeenCalledTimes(3);
	});

	it('a version that cannot be kept is said in plain words, changes nothing and stays listed', async () => {
		edited = [RIVERS];
		await sync.turnOn(FORM);
		await sync.keep('mine', '9-gone');
		expect(sync.conflictError).toBe(
			'That version could not be kept: mine has no version 9-gone to keep.'
		);
		expect(sync.conflicts).toEqual([RIVERS]);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('are forgotten when sync is turned off', async () => {
		edited = [RIVERS];
		await sync.turnOn(FORM);
		expect(sync.conflicts).toHaveLength(1);
		await sync.turnOff();
		expect(sync.conflicts).toEqual([]);
	});
});
