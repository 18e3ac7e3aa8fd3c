// A student's result on its way to a class inbox on a CouchDB-compatible server (express-pouchdb
// on 127.0.0.1, or COUCHDB_URL): delivered at once when online, kept and sent later when not.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetIndexedDB } from '$lib/db/testing';
import { listOutbox } from '$lib/db/outbox';
import { countOutbox } from '$lib/db/outbox-count';
import { createInboxKeys, importInboxKey, openResultDocument, type Inbox } from '$lib/share';
import { startTestCouch, type TestCouch } from '$lib/sync/testing';
import type { StudentResult } from '$lib/types';
import { Database } from './database.svelte';
import { InboxOutbox } from './inbox-outbox.svelte';

let couch: TestCouch;
let inbox: Inbox;
let privateKey: unknown;
let database: Database;
let online: boolean;
/** The device's network: refused like a browser's fetch while offline. */
const network = ((...args: Parameters<typeof fetch>) =>
	online ? fetch(...args) : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;

const result: StudentResult = {
	assignmentId: 'asg-1',
	student: 'Ada Lovelace',
	answers: [{ answer: 'Vienna', correct: true }],
	timeMs: 4000,
	finishedAt: 99
};

beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch?.close();
});
beforeEach(async () => {
	resetIndexedDB();
	database = new Database();
	online = true;
	const address = couch.database('outbox');
	expect((await fetch(address, { method: 'PUT' })).ok).toBe(true);
	const keys = await createInboxKeys();
	inbox = { address, publicKey: keys.publicKey };
	privateKey = keys.privateKey;
});

async function inboxDocuments(): Promise<Record<string, unknown>[]> {
	const all = (await (await fetch(`${inbox.address}/_all_docs?include_docs=true`)).json()) as {
		rows: { doc: Record<string, unknown> }[];
	};
	return all.rows.map((row) => row.doc);
}

describe('results sent to a class inbox', () => {
	it('are delivered at once when online, as ciphertext the teacher opens', async () => {
		const outbox = new InboxOutbox(database, network);
		const { id, sent } = outbox.send(result, inbox);
		expect(outbox.delivery(id)).toEqual({ state: 'sending' });
		await sent;
		expect(outbox.delivery(id)).toEqual({ state: 'delivered' });
		expect(await countOutbox(await database.open())).toBe(0);
		const docs = await inboxDocuments();
		expect(docs.map((doc) => doc._id)).toEqual([id]);
		const text = JSON.stringify(docs);
		for (const secret of ['Ada', 'Lovelace', 'Vienna']) expect(text).not.toContain(secret);
		const key = await importInboxKey(privateKey);
		if (!key.ok) throw new Error(key.error);
		expect(await openResultDocument(docs[0], 'asg-1', key.value)).toEqual({
			status: 'opened',
			result
		});
	});

	it('wait on the device while offline and go out once, on reconnect or the next open', async () => {
		online = false;
		const outbox = new InboxOutbox(database, network);
		const { id: first, sent: firstSent } = outbox.send(result, inbox);
		await firstSent;
		const { id: second, sent: secondSent } = outbox.send(
			{ ...result, student: 'Bo', finishedAt: 100 },
			inbox
		);
		await secondSent;
		expect(outbox.delivery(first)).toEqual({
			state: 'waiting',
			reason: 'The class inbox cannot be reached (offline, or its server is down).'
		});
		const { waiting } = await listOutbox(await database.open());
		expect(waiting.map((r) => r.id)).toEqual([first, second]);
		expect(waiting[0]?.lastError).toMatch(/cannot be reached/);
		expect(await inboxDocuments()).toEqual([]);

		online = true;
		await outbox.flush();
		expect(outbox.delivery(first)).toEqual({ state: 'delivered' });
		expect(outbox.delivery(second)).toEqual({ state: 'delivered' });
		expect(await countOutbox(await database.open())).toBe(0);

		// One more offline, sent by the next page load's outbox instead.
		online = false;
		const { id: third, sent: thirdSent } = outbox.send(
			{ ...result, student: 'Cy', finishedAt: 101 },
			inbox
		);
		await thirdSent;
		online = true;
		await new InboxOutbox(database, network).flush();
		expect(await countOutbox(await database.open())).toBe(0);
		// Every attempt once, though the first two were tried twice.
		expect((await inboxDocuments()).map((doc) => doc._id).sort()).toEqual(
			[first, second, third].sort()
		);
	});

	it('says so when the inbox refuses, and keeps the result for a later try', async () => {
		const missing: Inbox = { ...inbox, address: couch.database('never-made') };
		const outbox = new InboxOutbox(database, network);
		const { id, sent } = outbox.send(result, missing);
		await sent;
		expect(outbox.delivery(id)).toEqual({
			state: 'waiting',
			reason: 'The class inbox’s server has no database at this address: create it on the server.'
		});
		expect(await countOutbox(await database.open())).toBe(1);
	});
});
