import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Card, Review, ReviewRating, StudySession } from '$lib/types';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { dailyTotals } from '$lib/study/stats';
import { newSchedule, scheduleOf } from '$lib/srs/scheduler';
import { effectiveReviews, replayCards } from '$lib/sync/replay';
import { readLog } from '$lib/sync/replica';
import { startTestCouch, type TestCouch } from '$lib/sync/testing';
import { recordAnswer, undoLastAnswer } from './answers';
import { UndoNotPossibleError } from './errors';
import { exportBackup, importBackup, parseBackup, type Backup } from './backup';
import { renameCustomSet, saveCustomSetWithCards } from './customSets';
import type { FactdeckDB } from './schema';
import { exportToReplica, importFromReplica, SyncRetryError, syncWithServer } from './sync';
import { listSetConflicts } from './sync-conflicts';
import { readSyncStatus } from './sync-setup';
import { getSettings, updateSettings } from './settings';
import { makeSet, resetIndexedDB } from './testing';
import { reviewLog, syncDevice, type SyncDevice } from './sync-testing';

// What interrupts or goes around a sync: a backup restored, a retention changed, the app stopped
// between replication and import. Devices are databases side by side in one in-memory IndexedDB,
// each with an in-memory replica, syncing through express-pouchdb on 127.0.0.1 (or COUCHDB_URL).
let couch: TestCouch;
beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch.close();
});
beforeEach(() => resetIndexedDB());

const T0 = Date.UTC(2026, 0, 5, 8);
const HOUR = 3_600_000;
const device = (remote: string) => syncDevice(remote, T0 + 1000 * HOUR);

/** `count` answers to cards of the 'shared' set, one an hour from `from`, ratings by `seed`. */
async function study(d: SyncDevice, count: number, seed: number, from: number): Promise<void> {
	let a = seed;
	const random = () => {
		a = (a * 1103515245 + 12345) % 2147483648;
		return a / 2147483648;
	};
	for (let i = 0; i < count; i++) {
		await recordAnswer(d.db, {
			cardId: `shared:q${1 + Math.floor(random() * 20)}`,
			rating: (1 + Math.floor(random() * 4)) as ReviewRating,
			answer: '',
			correct: true,
			mode: 'flashcard',
			durationMs: 2000,
			now: from + i * HOUR,
			settings: await getSettings(d.db)
		});
	}
}

const studied = async (db: FactdeckDB) =>
	(await db.getAll('cards'))
		.filter((card: Card) => card.state !== 0)
		.map((card: Card) => ({ id: card.id, ...scheduleOf(card) }));

/** The review events on the server, each as what it records (device and sequence left out). */
async function serverReviews(remote: string): Promise<string[]> {
	const { events } = await readLog(couch.open(remote));
	return events
		.filter((event) => event.kind === 'review')
		.map((event) => JSON.stringify({ ...event, device: undefined, seq: undefined }))
		.sort();
}

/** Every card's schedule here equals a fresh replay of the replica's log with the settings here. */
/** A backup as it comes back from its file: written out as JSON and read in again. */
function fromFile(backup: Backup): Backup {
	const parsed = parseBackup(JSON.stringify(backup));
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.backup;
}

/** The server holds `count` answers, each once. */
async function expectOnServerOnce(remote: string, count: number): Promise<void> {
	const onServer = await serverReviews(remote);
	expect(onServer).toHaveLength(count);
	expect(new Set(onServer).size).toBe(count);
}

async function expectReplayed(d: SyncDevice): Promise<void> {
	const { events } = await readLog(d.replica);
	const cards = await d.db.getAll('cards');
	const settings = await getSettings(d.db);
	const replay = replayCards(
		events,
		cards.map((card) => card.id),
		{ settings, start: (id) => newSchedule(cards.find((card) => card.id === id)!.addedAt) }
	);
	for (const card of cards) expect(scheduleOf(card)).toEqual(replay.get(card.id)?.schedule);
	expect(await d.db.getAll('days')).toEqual(dailyTotals(await d.db.getAll('reviews')));
}

async function twoDevices(name: string) {
	const remote = couch.database(name);
	const phone = await device(remote);
	const laptop = await device(remote);
	await saveCustomSetWithCards(phone.db, makeSet('shared', 20, 'Rivers'), T0 - HOUR);
	await phone.sync();
	await laptop.sync();
	return { remote, phone, laptop };
}

describe('a backup imported while sync is on', () => {
	it('restored on the device that made it: nothing is sent twice, later answers come back', async () => {
		const { remote, phone, laptop } = await twoDevices('backup-same');
		await study(phone, 30, 1, T0);
		await study(laptop, 10, 2, T0 + 30 * 60_000);
		await phone.sync();
		await laptop.sync();
		await phone.sync();
		const backup = await exportBackup(phone.db);
		// After the backup: more answers, synced; then the backup is restored.
		await study(phone, 10, 3, T0 + 100 * HOUR);
		await phone.sync();
		await importBackup(phone.db, fromFile(backup));
		await phone.sync();
		await laptop.sync();
		await phone.sync();

		await expectOnServerOnce(remote, 50);
		expect(await phone.db.count('reviews')).toBe(50);
		expect(await reviewLog(phone.db)).toEqual(await reviewLog(laptop.db));
		expect(await studied(phone.db)).toEqual(await studied(laptop.db));
		for (const d of [phone, laptop]) await expectReplayed(d);
	});

	it('restored on a new device: answers already synced are recognised, new ones sent once', async () => {
		const { remote, phone, laptop } = await twoDevices('backup-new');
		await study(phone, 30, 4, T0);
		await phone.sync();
		// Five answers never synced, then the backup; the phone is lost.
		await study(phone, 5, 5, T0 + 50 * HOUR);
		const backup = await exportBackup(phone.db);
		const replacement = await device(remote);
		await importBackup(replacement.db, fromFile(backup));
		await replacement.sync();
		await laptop.sync();

		await expectOnServerOnce(remote, 35);
		expect(await replacement.db.count('reviews')).toBe(35);
		expect(await reviewLog(laptop.db)).toEqual(await reviewLog(replacement.db));
		expect(await studied(laptop.db)).toEqual(await studied(replacement.db));
		for (const d of [replacement, laptop]) await expectReplayed(d);
	});

	it('restored while a sync is sending: that sync stops, the next one merges it', async () => {
		const { remote, phone, laptop } = await twoDevices('backup-race');
		await study(phone, 20, 11, T0);
		await phone.sync();
		const backup = fromFile(await exportBackup(phone.db));
		await study(phone, 6, 12, T0 + 100 * HOUR);
		// The backup is restored just as the sync copies the six new answers into the replica.
		let restored = false;
		const racing = new Proxy(phone.replica, {
			get(target, key, receiver) {
				if (key !== 'bulkDocs') return Reflect.get(target, key, receiver);
				return async (...args: Parameters<typeof target.bulkDocs>) => {
					if (!restored) {
						restored = true;
						await importBackup(phone.db, backup);
					}
					return target.bulkDocs(...args);
				};
			}
		});
		await expect(syncWithServer(phone.db, racing, remote)).rejects.toThrow(SyncRetryError);
		expect(restored).toBe(true);
		await phone.sync();
		await laptop.sync();
		await phone.sync();

		await expectOnServerOnce(remote, 26);
		expect(await reviewLog(phone.db)).toEqual(await reviewLog(laptop.db));
		for (const d of [phone, laptop]) await expectReplayed(d);
	});
});

describe('a change of retention', () => {
	it('replays every card, studied or not since, on the device that changed it and on the others', async () => {
		const { phone, laptop } = await twoDevices('retention');
		await study(phone, 40, 6, T0);
		await study(laptop, 20, 7, T0 + 15 * 60_000);
		await phone.sync();
		await laptop.sync();
		await phone.sync();
		for (const d of [phone, laptop]) await expectReplayed(d);

		// The laptop lowers the retention and answers one card; the phone answers another.
		await updateSettings(laptop.db, { desiredRetention: 0.8 });
		await recordAnswer(laptop.db, {
			cardId: 'shared:q1',
			rating: 3,
			answer: '',
			correct: true,
			mode: 'flashcard',
			durationMs: 1000,
			now: T0 + 200 * HOUR,
			settings: await getSettings(laptop.db)
		});
		await laptop.sync();
		await phone.sync();
		await laptop.sync();
		expect((await getSettings(phone.db)).desiredRetention).toBe(0.8);
		for (const d of [phone, laptop]) await expectReplayed(d);
		expect(await studied(phone.db)).toEqual(await studied(laptop.db));
		expect(await reviewLog(phone.db)).toEqual(await reviewLog(laptop.db));

		// Changed back on the phone, with no answer since: replayed again, everywhere.
		await updateSettings(phone.db, { desiredRetention: DEFAULT_SETTINGS.desiredRetention });
		await phone.sync();
		await laptop.sync();
		for (const d of [phone, laptop]) await expectReplayed(d);
		expect(await studied(phone.db)).toEqual(await studied(laptop.db));
	});
});

describe('an undo after a sync', () => {
	const answer = (cardId: string, now: number) => ({
		cardId,
		rating: 3 as const,
		answer: '',
		correct: true,
		mode: 'flashcard' as const,
		durationMs: 1000,
		now,
		settings: DEFAULT_SETTINGS
	});

	it('takes back a card’s latest answer in time, not the one that arrived last', async () => {
		const { phone, laptop } = await twoDevices('undo-order');
		await recordAnswer(phone.db, answer('shared:q3', T0));
		await phone.sync();
		// The laptop answered q3 later, offline; the phone's earlier answer arrives after it.
		await recordAnswer(laptop.db, answer('shared:q3', T0 + 3 * HOUR));
		await laptop.sync();
		// The phone's answer is the last stored on the laptop, but not q3's latest: refused.
		await expect(undoLastAnswer(laptop.db)).rejects.toThrow(UndoNotPossibleError);
		await recordAnswer(phone.db, answer('shared:q4', T0 + HOUR));
		await recordAnswer(laptop.db, answer('shared:q4', T0 + 4 * HOUR));
		await phone.sync();
		await laptop.sync();
		// The laptop's own answer to q4 is q4's latest, though the phone's arrived after it.
		const own = (await laptop.db.getAll('reviews')).find((r) => r.reviewedAt === T0 + 4 * HOUR)!;
		const session: StudySession = {
			id: 'laptop-session',
			mode: 'flashcard',
			queue: ['shared:q4'],
			position: 1,
			answers: [
				{ ...answer('shared:q4', own.reviewedAt), answeredAt: own.reviewedAt, reviewId: own.id }
			],
			startedAt: own.reviewedAt
		};
		const taken = await undoLastAnswer(laptop.db, { session });
		expect(taken.review.reviewedAt).toBe(T0 + 4 * HOUR);
		await laptop.sync();
		await phone.sync();
		expect(await reviewLog(phone.db)).toEqual(await reviewLog(laptop.db));
		expect(await phone.db.count('reviews')).toBe(3);
		expect(await studied(phone.db)).toEqual(await studied(laptop.db));
		for (const d of [phone, laptop]) await expectReplayed(d);
	});
});

describe('the app stopped during a sync', () => {
	it('before its replication ended: the copies in the replica still count as waiting', async () => {
		const { phone } = await twoDevices('closed-mid-sync');
		await study(phone, 4, 13, T0);
		expect((await readSyncStatus(phone.db)).waiting).toBe(4);
		// The sync copies the answers into the replica; the app is closed during the replication.
		await exportToReplica(phone.db, phone.replica);
		expect((await readSyncStatus(phone.db)).waiting).toBe(4);
		await phone.sync();
		expect((await readSyncStatus(phone.db)).waiting).toBe(0);
	});
});

describe('the app stopped between replication and import', () => {
	it('imports on the next run what was replicated, and shows the set edited on two devices', async () => {
		const { phone, laptop } = await twoDevices('crash-conflict');
		await study(laptop, 5, 8, T0);
		await renameCustomSet(laptop.db, 'shared', 'European rivers');
		await laptop.sync();
		await renameCustomSet(phone.db, 'shared', 'Rivers of Europe');
		// The phone's sync stops after replicating: nothing of it reached the app's database.
		await exportToReplica(phone.db, phone.replica);
		await phone.replica.sync(phone.remote);
		expect(await phone.db.count('reviews')).toBe(0);

		await phone.sync();
		await laptop.sync();
		expect(await phone.db.count('reviews')).toBe(5);
		expect(await reviewLog(phone.db)).toEqual(await reviewLog(laptop.db));
		const shown = (await phone.db.get('customSets', 'shared'))?.title;
		expect((await laptop.db.get('customSets', 'shared'))?.title).toBe(shown);
		for (const d of [phone, laptop]) {
			const [conflict] = await listSetConflicts(d.replica);
			expect(conflict?.versions.map((version) => version.title).sort()).toEqual([
				'European rivers',
				'Rivers of Europe'
			]);
		}
	});

	it('an import cut short after the sets (answers came in) sends nothing back on the next sync', async () => {
		const { phone, laptop } = await twoDevices('cut-import');
		await study(laptop, 2, 10, T0 + HOUR);
		await renameCustomSet(laptop.db, 'shared', 'European rivers');
		await laptop.sync();
		await exportToReplica(phone.db, phone.replica);
		await phone.replica.sync(phone.remote);
		// An answer recorded while the sync ran: the import applies the set, then stops.
		await study(phone, 1, 9, T0);
		await expect(importFromReplica(phone.db, phone.replica)).rejects.toThrow(SyncRetryError);
		expect((await phone.db.get('customSets', 'shared'))?.title).toBe('European rivers');

		const { exported, imported } = await phone.sync();
		expect(exported).toEqual({ events: 1, sets: 0, settings: false });
		expect(imported.setsChanged).toBe(0);
		await laptop.sync();
		expect(await reviewLog(laptop.db)).toEqual(await reviewLog(phone.db));
		expect(await listSetConflicts(phone.replica)).toEqual([]);
		const revs = await couch.open(phone.remote).get('set:shared', { revs: true } as never);
		expect(revs._rev).toBe((await laptop.replica.get('set:shared'))._rev);
	});

	it('an edit made after the stop, on the version shown then, is a conflict, not an overwrite', async () => {
		const { phone, laptop } = await twoDevices('crash-stale-edit');
		await renameCustomSet(laptop.db, 'shared', 'European rivers');
		await laptop.sync();
		// The phone pulls the laptop's rename and stops before importing it…
		await exportToReplica(phone.db, phone.replica);
		await phone.replica.sync(phone.remote);
		expect((await phone.db.get('customSets', 'shared'))?.title).toBe('Rivers');
		// …and, started again (offline), the learner renames the set shown: the old version.
		await renameCustomSet(phone.db, 'shared', 'Rivers of Europe');
		await phone.sync();
		await laptop.sync();

		const shown = (await phone.db.get('customSets', 'shared'))?.title;
		expect((await laptop.db.get('customSets', 'shared'))?.title).toBe(shown);
		for (const d of [phone, laptop]) {
			const [conflict] = await listSetConflicts(d.replica);
			expect(conflict?.versions.map((version) => version.title).sort()).toEqual([
				'European rivers',
				'Rivers of Europe'
			]);
		}
	});
});

describe('backups restored at any point of two devices syncing', () => {
	type Step =
		| 'phone studies'
		| 'laptop studies'
		| 'phone undoes'
		| 'laptop undoes'
		| 'phone syncs'
		| 'laptop syncs'
		| 'backup'
		| 'restore';
	const some = fc.array(
		fc.constantFrom<Step>(
			'phone studies',
			'laptop studies',
			'phone undoes',
			'laptop undoes',
			'phone syncs',
			'laptop syncs',
			'backup',
			'restore'
		),
		{ maxLength: 5 }
	);
	// Every plan takes a backup and restores one later, with anything before, between and after.
	const steps = fc
		.tuple(some, some, some)
		.map(([first, between, last]): Step[] => [...first, 'backup', ...between, 'restore', ...last]);
	const keyOf = (review: Review) => `${review.cardId}@${review.reviewedAt}`;
	const keys = async (db: FactdeckDB) => (await db.getAll('reviews')).map(keyOf);

	it('never sends a review twice, and loses none synced or restored and not undone', async () => {
		await fc.assert(
			fc.asyncProperty(steps, fc.integer({ min: 1, max: 1000 }), async (plan, seed) => {
				const { remote, phone, laptop } = await twoDevices(`backup-property-${seed}`);
				let clock = T0;
				let backup: Backup | undefined;
				const kept = new Set<string>();
				const undone = new Set<string>();
				for (const [i, step] of plan.entries()) {
					if (step === 'phone studies' || step === 'laptop studies') {
						const d = step === 'phone studies' ? phone : laptop;
						await study(d, 3, seed + i, clock);
						clock += 3 * HOUR;
						if (d === laptop) for (const key of await keys(laptop.db)) kept.add(key);
					} else if (step === 'phone undoes' || step === 'laptop undoes') {
						const d = step === 'phone undoes' ? phone : laptop;
						const taken = await undoLastAnswer(d.db).catch(() => undefined);
						if (taken) undone.add(keyOf(taken.review));
					} else if (step === 'phone syncs' || step === 'laptop syncs') {
						const d = step === 'phone syncs' ? phone : laptop;
						await d.sync();
						for (const key of await keys(d.db)) kept.add(key);
					} else if (step === 'backup') {
						backup = await exportBackup(phone.db);
					} else if (backup) {
						const restored = fromFile(backup);
						await importBackup(phone.db, restored);
						for (const review of restored.reviews) kept.add(keyOf(review));
					}
				}
				await phone.sync();
				await laptop.sync();
				await phone.sync();

				const onServer = await serverReviews(remote);
				expect(new Set(onServer).size).toBe(onServer.length);
				expect(await reviewLog(phone.db)).toEqual(await reviewLog(laptop.db));
				const live = effectiveReviews((await readLog(couch.open(remote))).events);
				expect(await phone.db.count('reviews')).toBe(live.length);
				const final = new Set(await keys(phone.db));
				for (const key of kept) if (!undone.has(key)) expect(final.has(key)).toBe(true);
				for (const d of [phone, laptop]) await expectReplayed(d);
			}),
			{ numRuns: 15 }
		);
	}, 300_000);
});
