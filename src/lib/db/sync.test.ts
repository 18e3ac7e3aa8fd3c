import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Card, ReviewRating } from '$lib/types';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { dailyTotals } from '$lib/study/stats';
import { newSchedule, scheduleOf } from '$lib/srs/scheduler';
import { replayCards } from '$lib/sync/replay';
import { keepVersion, listConflicts, readLog, setDocId } from '$lib/sync/replica';
import { startTestCouch, type TestCouch } from '$lib/sync/testing';
import { recordAnswer, undoLastAnswer } from './answers';
import { deleteCustomSet, renameCustomSet, saveCustomSetWithCards } from './customSets';
import { cardOf, storedCard, type FactdeckDB } from './schema';
import { importFromReplica } from './sync';
import { getSettings, updateSettings } from './settings';
import { makeSet, resetIndexedDB } from './testing';
import { reviewLog, syncDevice, type SyncDevice } from './sync-testing';

// Devices are databases side by side in one in-memory IndexedDB, each with its own in-memory
// replica, replicating through one server: express-pouchdb on 127.0.0.1, or COUCHDB_URL's.
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

/** A small deterministic sequence (mulberry32), so both devices study the same way every run. */
function randomFrom(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function study(d: SyncDevice, count: number, seed: number, offset: number): Promise<void> {
	const random = randomFrom(seed);
	for (let i = 0; i < count; i++) {
		const question = 1 + Math.floor(random() * 40);
		await recordAnswer(d.db, {
			cardId: `shared:q${question}`,
			rating: (1 + Math.floor(random() * 4)) as ReviewRating,
			answer: '',
			correct: true,
			mode: 'flashcard',
			durationMs: 3000,
			now: T0 + i * HOUR + offset,
			settings: DEFAULT_SETTINGS
		});
	}
}

const schedules = async (db: FactdeckDB) =>
	(await db.getAll('cards')).map((card: Card) => ({ id: card.id, ...scheduleOf(card) }));
async function snapshot(db: FactdeckDB) {
	return {
		cards: await db.getAll('cards'),
		reviews: await db.getAll('reviews'),
		days: await db.getAll('days'),
		sets: await db.getAll('customSets'),
		settings: await db.getAll('settings')
	};
}

describe('syncing two devices', () => {
	it('converges two devices with 1,000 offline reviews each to identical card states', async () => {
		const remote = couch.database('converge');
		const phone = await device(remote);
		const laptop = await device(remote);
		await saveCustomSetWithCards(phone.db, makeSet('shared', 40), T0 - HOUR);
		await phone.sync();
		await laptop.sync();
		expect((await laptop.db.getAll('cards')).length).toBe(40);

		await study(phone, 1000, 1, 0);
		await study(laptop, 1000, 2, 30 * 60_000);
		await phone.sync();
		await laptop.sync();
		await phone.sync();

		expect(await schedules(laptop.db)).toEqual(await schedules(phone.db));
		expect(await reviewLog(laptop.db)).toEqual(await reviewLog(phone.db));
		expect(await laptop.db.count('reviews')).toBe(2000);
		for (const d of [phone, laptop]) {
			// The day totals follow the merged log, and the schedules are the merged log replayed.
			expect(await d.db.getAll('days')).toEqual(dailyTotals(await d.db.getAll('reviews')));
			const { events } = await readLog(d.replica);
			const cards = await d.db.getAll('cards');
			const replay = replayCards(
				events,
				cards.map((c) => c.id),
				{ settings: DEFAULT_SETTINGS, start: () => newSchedule(T0 - HOUR) }
			);
			for (const card of cards) {
				expect(scheduleOf(card)).toEqual(replay.get(card.id)?.schedule);
				// The stored level follows the replayed schedule.
				expect(card).toEqual(storedCard(cardOf(card)));
			}
		}
	});

	it('is idempotent: syncing again, or applying the replica twice, changes nothing', async () => {
		const remote = couch.database('idempotent');
		const phone = await device(remote);
		const laptop = await device(remote);
		await saveCustomSetWithCards(phone.db, makeSet('shared', 40), T0 - HOUR);
		await phone.sync();
		await laptop.sync();
		await study(phone, 60, 3, 0);
		await study(laptop, 60, 4, 600_000);
		await phone.sync();
		await laptop.sync();
		const settled = await snapshot(laptop.db);

		const again = await importFromReplica(laptop.db, laptop.replica);
		expect(again).toMatchObject({
			reviewsAdded: 0,
			reviewsUndone: 0,
			cardsReplayed: 0,
			setsChanged: 0
		});
		const round = await laptop.sync();
		expect(round.exported).toEqual({ events: 0, sets: 0, settings: false });
		expect(await snapshot(laptop.db)).toEqual(settled);
	});

	it('merges undos: an answer undone on one device is undone on the other', async () => {
		const remote = couch.database('undo');
		const phone = await device(remote);
		const laptop = await device(remote);
		await saveCustomSetWithCards(phone.db, makeSet('shared', 40), T0 - HOUR);
		await phone.sync();
		await laptop.sync();
		const answer = (cardId: string, now: number, rating: ReviewRating = 3) => ({
			cardId,
			rating,
			answer: '',
			correct: true,
			mode: 'flashcard' as const,
			durationMs: 2000,
			now,
			settings: DEFAULT_SETTINGS
		});
		await recordAnswer(phone.db, answer('shared:q1', T0));
		await recordAnswer(phone.db, answer('shared:q2', T0 + HOUR, 1));
		await phone.sync();
		await laptop.sync();
		expect(await laptop.db.count('reviews')).toBe(2);

		// Offline: the phone takes back its answer to q2 (already sent). The laptop answers q3 and
		// takes it back (never sent), then takes back q2 (also undone on the phone) and q1 (the
		// phone's answer, undone only here), then answers q4.
		await undoLastAnswer(phone.db);
		await recordAnswer(laptop.db, answer('shared:q3', T0 + 30 * HOUR, 2));
		for (let i = 0; i < 3; i++) await undoLastAnswer(laptop.db);
		await recordAnswer(laptop.db, answer('shared:q4', T0 + 31 * HOUR, 4));
		await phone.sync();
		await laptop.sync();
		await phone.sync();

		for (const d of [phone, laptop]) {
			const log = await d.db.getAll('reviews');
			expect(log.map((r) => [r.cardId, r.reviewedAt])).toEqual([['shared:q4', T0 + 31 * HOUR]]);
			expect(await d.db.getAll('days')).toEqual(dailyTotals(log));
			for (const id of ['shared:q1', 'shared:q2', 'shared:q3'])
				expect((await d.db.get('cards', id))?.reps).toBe(0);
			expect((await d.db.get('cards', 'shared:q4'))?.reps).toBe(1);
		}
		// Cards never studied (again) are due from when each device added them; the rest agree.
		const studied = async (db: FactdeckDB) => (await schedules(db)).filter((c) => c.state !== 0);
		expect(await studied(laptop.db)).toEqual(await studied(phone.db));
	});
});

describe('syncing sets', () => {
	it('keeps both versions of a set renamed on two devices and shows one everywhere', async () => {
		const remote = couch.database('set-edit');
		const phone = await device(remote);
		const laptop = await device(remote);
		await saveCustomSetWithCards(phone.db, makeSet('shared', 4, 'Rivers'), T0);
		await phone.sync();
		await laptop.sync();
		await renameCustomSet(phone.db, 'shared', 'Rivers of Europe');
		await renameCustomSet(laptop.db, 'shared', 'European rivers');
		await phone.sync();
		await laptop.sync();
		await phone.sync();

		const titles = [
			(await phone.db.get('customSets', 'shared'))?.title,
			(await laptop.db.get('customSets', 'shared'))?.title
		];
		expect(titles[0]).toBe(titles[1]);
		const conflicts = await listConflicts(laptop.replica, 'set:');
		if (!conflicts.ok) throw new Error(conflicts.error);
		const [conflict] = conflicts.value;
		const loser = conflict!.losers[0]!;
		const loserTitle = (loser.doc.set as { title: string }).title;
		expect([titles[0], loserTitle].sort()).toEqual(['European rivers', 'Rivers of Europe']);

		// "Edited on two devices — keep this one?": the learner keeps the other version.
		await keepVersion(laptop.replica, setDocId('shared'), loser.rev);
		await laptop.sync();
		await phone.sync();
		expect((await phone.db.get('customSets', 'shared'))?.title).toBe(loserTitle);
		expect((await laptop.db.get('customSets', 'shared'))?.title).toBe(loserTitle);
		expect(await listConflicts(phone.replica)).toEqual({ ok: true, value: [] });
	});

	it('deletes a set on every device and keeps its review history on the server', async () => {
		const remote = couch.database('set-delete');
		const phone = await device(remote);
		const laptop = await device(remote);
		await saveCustomSetWithCards(phone.db, makeSet('doomed', 4), T0);
		await phone.sync();
		await laptop.sync();
		await study(laptop, 5, 5, 0).catch(() => {});
		await recordAnswer(laptop.db, {
			cardId: 'doomed:q1',
			rating: 3,
			answer: '',
			correct: true,
			mode: 'flashcard',
			durationMs: 1000,
			now: T0,
			settings: DEFAULT_SETTINGS
		});
		await laptop.sync();
		await phone.sync();
		await deleteCustomSet(phone.db, 'doomed');
		await phone.sync();
		await laptop.sync();
		expect(await laptop.db.get('customSets', 'doomed')).toBeUndefined();
		expect(await laptop.db.count('cards')).toBe(0);
		expect((await readLog(couch.open(remote))).events).toHaveLength(1);
	});
});

describe('syncing settings', () => {
	it('carries a change of settings to the other device, once', async () => {
		const remote = couch.database('settings');
		const phone = await device(remote);
		const laptop = await device(remote);
		await phone.sync();
		await laptop.sync();
		await updateSettings(phone.db, { desiredRetention: 0.85, newPerDay: 35 });
		const out = await phone.sync();
		expect(out.exported.settings).toBe(true);
		const arrived = await laptop.sync();
		expect(arrived.imported.settingsChanged).toBe(true);
		expect(await getSettings(laptop.db)).toEqual(await getSettings(phone.db));
		expect((await laptop.sync()).imported.settingsChanged).toBe(false);
	});
});

describe('an untrusted server', () => {
	it('refuses 100 hostile documents and changes nothing stored', async () => {
		const remote = couch.database('hostile');
		const phone = await device(remote);
		await saveCustomSetWithCards(phone.db, makeSet('shared', 4), T0);
		await phone.sync();
		const before = await snapshot(phone.db);
		const hostile = hostileDocuments();
		expect(hostile).toHaveLength(100);
		await couch.open(remote).bulkDocs(hostile);

		const { imported } = await phone.sync();
		expect(imported.refused).toHaveLength(100);
		expect(new Set(imported.refused.map((r) => r.id))).toEqual(new Set(hostile.map((d) => d._id)));
		for (const refusal of imported.refused) expect(refusal.reason).toMatch(/^Refused: /);
		// Each kind is refused for its own reason.
		const reasons = new Set(
			imported.refused.map((r) => `${r.id.replace(/\d+/g, 'N')} ${r.reason}`)
		);
		expect([...reasons].sort()).toEqual([
			"log:hostileNaa:N Refused: an event's sequence number does not belong in this document.",
			'log:hostileNbb:N Refused: Invalid type: Expected (1 | 2 | 3 | 4) but received 7 (at events.0.rating).',
			'log:hostileNcc:N Refused: Invalid value: Expected >=0 but received -5 (at events.0.reviewedAt).',
			'log:hostileNdd:N Refused: Invalid length: Expected <=500 but received 501 (at events).',
			'set:ctor-N Refused: it contains a forbidden key "constructor".',
			'set:deep-N Refused: it is nested too deeply.',
			'set:html-N Refused: this set is not valid.',
			'set:huge-N Refused: it holds a text that is too long.',
			'set:mismatch-N Refused: the set inside does not match its document.',
			'set:prototype-N Refused: it contains a forbidden key "prototype".'
		]);
		expect(await snapshot(phone.db)).toEqual(before);
	});
});

/** Ten kinds of hostile document, ten of each. */
function hostileDocuments() {
	const okEvent = (seq: number) => ({
		kind: 'review',
		seq,
		cardId: 'shared:q1',
		setId: 'shared',
		rating: 3,
		answer: '',
		correct: true,
		mode: 'flashcard',
		durationMs: 1,
		reviewedAt: T0
	});
	const set = (id: string) => ({ ...makeSet(id, 2) });
	const kinds: ((i: number) => Record<string, unknown>)[] = [
		// Keys that reach for prototypes ("__proto__" itself never survives express-pouchdb's own
		// copying; incoming.test.ts refuses it as it comes from a real CouchDB).
		(i) => {
			const hostileSet = set(`prototype-${i}`);
			return {
				_id: `set:prototype-${i}`,
				type: 'set',
				set: {
					...hostileSet,
					questions: [{ ...hostileSet.questions[0], prototype: { isAdmin: true } }]
				}
			};
		},
		(i) => ({
			_id: `set:ctor-${i}`,
			type: 'set',
			set: { ...set(`ctor-${i}`), constructor: { prototype: {} } }
		}),
		// A string far over the limits.
		(i) => ({
			_id: `set:huge-${i}`,
			type: 'set',
			set: { ...set(`huge-${i}`), title: 'x'.repeat(200_001) }
		}),
		// Nesting too deep.
		(i) => {
			let deep: Record<string, unknown> = {};
			for (let d = 0; d < 40; d++) deep = { deep };
			return { _id: `set:deep-${i}`, type: 'set', set: { ...set(`deep-${i}`), deep } };
		},
		// Log blocks that lie: an event in another block, a bad rating, a time before 1970, too many events.
		(i) => ({
			_id: `log:hostile${i}aa:00000000`,
			type: 'log',
			device: `hostile${i}aa`,
			events: [okEvent(LOG_OFFSET)]
		}),
		(i) => ({
			_id: `log:hostile${i}bb:00000000`,
			type: 'log',
			device: `hostile${i}bb`,
			events: [{ ...okEvent(0), rating: 7 }]
		}),
		(i) => ({
			_id: `log:hostile${i}cc:00000000`,
			type: 'log',
			device: `hostile${i}cc`,
			events: [{ ...okEvent(0), reviewedAt: -5 }]
		}),
		(i) => ({
			_id: `log:hostile${i}dd:00000000`,
			type: 'log',
			device: `hostile${i}dd`,
			events: Array.from({ length: 501 }, (_, seq) => okEvent(seq))
		}),
		// A set whose document names another set, and a set that is not one.
		(i) => ({ _id: `set:mismatch-${i}`, type: 'set', set: set(`other-${i}`) }),
		(i) => ({
			_id: `set:html-${i}`,
			type: 'set',
			set: { id: `html-${i}`, title: '<img src=x onerror=alert(1)>', questions: 'all of them' }
		})
	];
	return kinds.flatMap((make) => Array.from({ length: 10 }, (_, i) => make(i))) as {
		_id: string;
	}[];
}
const LOG_OFFSET = 500;
