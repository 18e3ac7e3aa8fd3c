import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listConflicts } from '$lib/sync/replica';
import { memoryReplica, startTestCouch, type TestCouch } from '$lib/sync/testing';
import { renameCustomSet, saveCustomSetWithCards } from './customSets';
import { keepSetVersion, listSetConflicts } from './sync-conflicts';
import { makeSet, resetIndexedDB } from './testing';
import { syncDevice } from './sync-testing';

// Two devices (databases side by side in one in-memory IndexedDB, each with an in-memory
// replica) sync through express-pouchdb on 127.0.0.1, or COUCHDB_URL's server.
let couch: TestCouch;
beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch.close();
});
beforeEach(() => resetIndexedDB());

const device = (remote: string) => syncDevice(remote);

/** A set saved on the phone, synced to the laptop, then renamed on both before they sync. */
async function renamedOnBoth(name: string) {
	const remote = couch.database(name);
	const phone = await device(remote);
	const laptop = await device(remote);
	await saveCustomSetWithCards(phone.db, makeSet('shared', 4, 'Rivers'), 0);
	await phone.sync();
	await laptop.sync();
	await renameCustomSet(phone.db, 'shared', 'Rivers of Europe');
	await saveCustomSetWithCards(laptop.db, makeSet('shared', 3, 'European rivers'), 0);
	await phone.sync();
	await laptop.sync();
	await phone.sync();
	return { phone, laptop };
}

describe('sets edited on two devices', () => {
	it('lists both versions, the one shown first, with titles and question counts', async () => {
		const { phone, laptop } = await renamedOnBoth('conflicts-list');
		const onPhone = await listSetConflicts(phone.replica);
		expect(await listSetConflicts(laptop.replica)).toEqual(onPhone);
		expect(onPhone).toHaveLength(1);
		const [conflict] = onPhone;
		expect(conflict?.setId).toBe('shared');
		const shown = (await phone.db.get('customSets', 'shared'))?.title;
		expect(conflict?.versions[0]).toMatchObject({ title: shown, current: true });
		expect(conflict?.versions[1]?.current).toBe(false);
		const byTitle = Object.fromEntries(
			(conflict?.versions ?? []).map((version) => [version.title, version.questions])
		);
		expect(byTitle).toEqual({ 'Rivers of Europe': 4, 'European rivers': 3 });
	});

	it('keeps the chosen version on every device at the next sync, and the list empties', async () => {
		const { phone, laptop } = await renamedOnBoth('conflicts-keep');
		const [conflict] = await listSetConflicts(laptop.replica);
		const other = conflict!.versions.find((version) => !version.current)!;
		await keepSetVersion(laptop.replica, 'shared', other.rev);
		expect(await listSetConflicts(laptop.replica)).toEqual([]);
		await laptop.sync();
		await phone.sync();
		for (const d of [phone, laptop]) {
			const set = await d.db.get('customSets', 'shared');
			expect(set?.title).toBe(other.title);
			expect(set?.questions).toHaveLength(other.questions);
			expect(await listSetConflicts(d.replica)).toEqual([]);
		}
	});

	it('keeping the version shown also settles it everywhere', async () => {
		const { phone, laptop } = await renamedOnBoth('conflicts-keep-shown');
		const [conflict] = await listSetConflicts(phone.replica);
		const shown = conflict!.versions[0]!;
		await keepSetVersion(phone.replica, 'shared', shown.rev);
		await phone.sync();
		await laptop.sync();
		expect(await listConflicts(laptop.replica)).toEqual({ ok: true, value: [] });
		expect((await laptop.db.get('customSets', 'shared'))?.title).toBe(shown.title);
		expect((await phone.db.get('customSets', 'shared'))?.title).toBe(shown.title);
	});

	it('leaves out a version that is not a valid set', async () => {
		const remote = couch.database('conflicts-invalid');
		const [one, two, three] = [memoryReplica(), memoryReplica(), memoryReplica()];
		const doc = (set: unknown) => ({ _id: 'set:shared', type: 'set', set });
		// Three devices write the same document before any of them syncs: three branches.
		await one.bulkDocs([doc(makeSet('shared', 2, 'Good'))]);
		await two.bulkDocs([doc({ id: 'shared', title: 7 })]);
		await one.sync(remote);
		await two.sync(remote);
		await one.sync(remote);
		expect(await listConflicts(one, 'set:')).toMatchObject({
			ok: true,
			value: [{ id: 'set:shared' }]
		});
		expect(await listSetConflicts(one)).toEqual([]);
		await three.bulkDocs([doc(makeSet('shared', 5, 'Also good'))]);
		await three.sync(remote);
		await one.sync(remote);
		const [conflict] = await listSetConflicts(one);
		expect(conflict?.versions.map((version) => version.title).sort()).toEqual([
			'Also good',
			'Good'
		]);
	});
});
