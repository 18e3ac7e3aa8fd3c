import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncEvent } from './events';
import {
	appendEvents,
	keepVersion,
	listConflicts,
	putDoc,
	readChangesSince,
	readLog,
	setDocId,
	setTombstone,
	type ReplicaDb
} from './replica';
import { memoryReplica, startTestCouch, type TestCouch } from './testing';

// These run against a real CouchDB when COUCHDB_URL is set, else against express-pouchdb on
// 127.0.0.1: the same contract either way.
let couch: TestCouch;
beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch.close();
});

const T0 = Date.UTC(2026, 0, 5, 9);
function reviewEvent(seq: number, cardId = 'set1:q1'): SyncEvent {
	return {
		kind: 'review',
		seq,
		cardId,
		setId: 'set1',
		rating: 3,
		answer: 'Paris',
		correct: true,
		mode: 'quiz',
		durationMs: 4000,
		reviewedAt: T0 + seq * 60_000
	};
}

async function syncAll(remote: string, ...devices: ReplicaDb[]): Promise<void> {
	for (const device of devices) await device.sync(remote);
}

describe('the sync replica', () => {
	it('merges the logs of two devices as a union, each block written by one device', async () => {
		const remote = couch.database('log');
		const phone = memoryReplica();
		const laptop = memoryReplica();
		await appendEvents(phone, 'aaaaaaaa', [reviewEvent(0), reviewEvent(1)]);
		await appendEvents(laptop, 'bbbbbbbb', [reviewEvent(0, 'set1:q2')]);
		await appendEvents(phone, 'aaaaaaaa', [reviewEvent(2), reviewEvent(1)]);
		await syncAll(remote, phone, laptop, phone);
		const onPhone = await readLog(phone);
		const onLaptop = await readLog(laptop);
		expect(onPhone.refused).toEqual([]);
		expect(onPhone.events).toHaveLength(4);
		expect(onLaptop.events).toEqual(onPhone.events);
		expect(await listConflicts(phone)).toEqual({ ok: true, value: [] });
		// A block read before is read again once it changes.
		await appendEvents(phone, 'aaaaaaaa', [reviewEvent(3)]);
		expect((await readLog(phone)).events).toHaveLength(5);
	});

	it('keeps both versions of a set edited on two devices, and one winner everywhere', async () => {
		const remote = couch.database('sets');
		const phone = memoryReplica();
		const laptop = memoryReplica();
		const doc = (title: string) => ({ _id: setDocId('s1'), type: 'set', set: { id: 's1', title } });
		await putDoc(phone, doc('First'));
		await syncAll(remote, phone, laptop);
		await putDoc(phone, doc('Edited on the phone'));
		await putDoc(laptop, doc('Edited on the laptop'));
		await syncAll(remote, phone, laptop, phone);

		const phoneView = await listConflicts(phone, 'set:');
		const laptopView = await listConflicts(laptop, 'set:');
		expect(phoneView.ok && laptopView.ok).toBe(true);
		if (!phoneView.ok || !laptopView.ok) return;
		expect(phoneView.value).toHaveLength(1);
		const [conflict] = phoneView.value;
		expect(laptopView.value[0]?.winner.rev).toBe(conflict?.winner.rev);
		const titles = [conflict?.winner.doc, ...(conflict?.losers.map((l) => l.doc) ?? [])].map(
			(d) => (d?.set as { title: string }).title
		);
		expect(titles.sort()).toEqual(['Edited on the laptop', 'Edited on the phone']);

		// "Keep this one": the losing version becomes the set on every device.
		const loser = conflict!.losers[0]!;
		await keepVersion(laptop, setDocId('s1'), loser.rev);
		await syncAll(remote, laptop, phone);
		for (const device of [phone, laptop]) {
			expect(await listConflicts(device)).toEqual({ ok: true, value: [] });
			const kept = await device.get(setDocId('s1'));
			expect(kept.set).toEqual(loser.doc.set);
		}
	});

	it('deletes a set everywhere with a tombstone, its earlier version still readable', async () => {
		const remote = couch.database('tombstone');
		const phone = memoryReplica();
		const laptop = memoryReplica();
		const firstRev = await putDoc(phone, {
			_id: setDocId('s2'),
			type: 'set',
			set: { id: 's2', title: 'Gone soon' }
		});
		await syncAll(remote, phone, laptop);
		const before = await readChangesSince(laptop, 0);
		await putDoc(phone, setTombstone('s2', T0));
		await syncAll(remote, phone, laptop);

		const after = await readChangesSince(laptop, before.lastSeq);
		expect(after.refused).toEqual([]);
		expect(after.docs).toMatchObject([{ _id: 'set:s2', _deleted: true, deletedAt: T0 }]);
		await expect(laptop.get(setDocId('s2'))).rejects.toMatchObject({ status: 404 });
		const old = await couch.open(remote).get(setDocId('s2'), { rev: firstRev });
		expect(old.set).toEqual({ id: 's2', title: 'Gone soon' });
	});

	it('refuses what another client wrote to the server that is not Factdeck data', async () => {
		const remote = couch.database('hostile');
		const server = couch.open(remote);
		await server.bulkDocs([
			{
				_id: 'log:zzzzzzzz:00000000',
				type: 'log',
				device: 'zzzzzzzz',
				events: [{ kind: 'review' }]
			},
			{ _id: 'set:x', type: 'set', set: { id: 'x' }, extra: '<script>alert(1)</script>' },
			{ _id: 'note', text: 'hello' }
		]);
		const device = memoryReplica();
		await device.sync(remote);
		const log = await readLog(device);
		expect(log.events).toEqual([]);
		expect(log.refused.map((r) => r.id)).toEqual(['log:zzzzzzzz:00000000']);
		const changes = await readChangesSince(device, 0);
		expect(changes.docs).toEqual([]);
		expect(changes.refused.map((r) => r.id).sort()).toEqual(['note', 'set:x']);
	});
});
