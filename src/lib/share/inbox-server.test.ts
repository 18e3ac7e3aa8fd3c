import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentResult } from '$lib/types';
import { startTestCouch, type TestCouch } from '$lib/sync/testing';
import { createInboxKeys } from './inbox-crypto';
import { newAttemptId, sealResult } from './inbox-result';
import {
	CHANGES_BATCH,
	deliverResultDocument,
	inboxErrorMessage,
	readInboxChanges
} from './inbox-server';

let couch: TestCouch;
beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch?.close();
});

async function newInbox(name: string): Promise<string> {
	const url = couch.database(name);
	const made = await fetch(url, { method: 'PUT' });
	expect(made.ok).toBe(true);
	return url;
}

async function sealedFor(student: string) {
	const result: StudentResult = {
		assignmentId: 'asg-1',
		student,
		answers: [{ answer: 'true', correct: true }],
		timeMs: 1000,
		finishedAt: 10
	};
	return sealResult(result, (await createInboxKeys()).publicKey, newAttemptId());
}

/** A fetch that answers every request with this status and body. */
const answering = (status: number, body: string) => async () => new Response(body, { status });

describe('class inbox on a CouchDB-compatible server', () => {
	it('delivers each attempt once and reads only what is new', async () => {
		const address = await newInbox('deliver');
		const ada = await sealedFor('Ada');
		const bo = await sealedFor('Bo');
		expect(await deliverResultDocument(fetch, address, ada)).toEqual({ ok: true });
		expect(await deliverResultDocument(fetch, address, bo)).toEqual({ ok: true });
		// Sent again (the answer was lost on the way back): the inbox already has it.
		expect(await deliverResultDocument(fetch, address, ada)).toEqual({ ok: true });

		const first = await readInboxChanges(fetch, address, 0);
		if (!first.ok) throw new Error(first.error);
		const ids = first.value.documents.map((doc) => (doc as { _id: string })._id).sort();
		expect(ids).toEqual([ada._id, bo._id].sort());

		const none = await readInboxChanges(fetch, address, first.value.since);
		expect(none.ok && none.value.documents).toEqual([]);
		const cy = await sealedFor('Cy');
		await deliverResultDocument(fetch, address, cy);
		const next = await readInboxChanges(fetch, address, first.value.since);
		expect(next.ok && next.value.documents.map((doc) => (doc as { _id: string })._id)).toEqual([
			cy._id
		]);
	});

	it('reads more documents than one batch, leaving out deleted and design documents', async () => {
		const address = await newInbox('batches');
		const docs = Array.from({ length: CHANGES_BATCH + 5 }, (_, i) => ({ _id: `doc-${i}`, n: i }));
		const bulk = await fetch(`${address}/_bulk_docs`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ docs: [...docs, { _id: '_design/rules', language: 'javascript' }] })
		});
		expect(bulk.ok).toBe(true);
		const gone = (await (await fetch(`${address}/doc-0`)).json()) as { _rev: string };
		await fetch(`${address}/doc-0?rev=${gone._rev}`, { method: 'DELETE' });
		const read = await readInboxChanges(fetch, address, 0);
		if (!read.ok) throw new Error(read.error);
		expect(read.value.documents).toHaveLength(CHANGES_BATCH + 4);
		expect(read.value.documents.some((doc) => (doc as { _id: string })._id === 'doc-0')).toBe(
			false
		);
	});

	it('says plainly when the inbox cannot be reached or refuses', async () => {
		const missing = couch.database('never-made');
		const ada = await sealedFor('Ada');
		expect(await deliverResultDocument(fetch, missing, ada)).toEqual({
			ok: false,
			status: 404,
			error: inboxErrorMessage(404)
		});
		expect(await readInboxChanges(fetch, missing, 0)).toEqual({
			ok: false,
			error: inboxErrorMessage(404)
		});
		const down = 'http://127.0.0.1:9/class';
		expect(await deliverResultDocument(fetch, down, ada)).toEqual({
			ok: false,
			error: 'The class inbox cannot be reached (offline, or its server is down).'
		});
	});
});

describe('what a hostile or broken server sends back', () => {
	it('is refused with a reason, never thrown', async () => {
		const address = 'https://couch.example.org/class';
		expect(await readInboxChanges(answering(200, '<html>'), address, 0)).toEqual({
			ok: false,
			error: 'The class inbox’s server sent something that is not JSON.'
		});
		const wrong = await readInboxChanges(
			answering(200, JSON.stringify({ results: [{ id: 5 }], last_seq: 1 })),
			address,
			0
		);
		expect(wrong.ok).toBe(false);
		expect(!wrong.ok && wrong.error).toMatch(/^The class inbox’s server sent a list of changes/);
		const huge = await readInboxChanges(answering(200, 'x'.repeat(32_000_001)), address, 0);
		expect(!huge.ok && huge.error).toMatch(/far more than any batch/);
		expect(
			await deliverResultDocument(answering(401, '{}'), address, await sealedFor('A'))
		).toEqual({ ok: false, status: 401, error: inboxErrorMessage(401) });
	});
});
