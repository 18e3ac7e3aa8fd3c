// The gradebook filling itself from a class inbox on a CouchDB-compatible server (express-pouchdb
// on 127.0.0.1, or COUCHDB_URL).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetIndexedDB } from '$lib/db/testing';
import { getInbox, saveAssignmentWithInbox } from '$lib/db/inboxes';
import { listResults } from '$lib/db/results';
import {
	createInboxKeys,
	deliverResultDocument,
	newAttemptId,
	sealResult,
	type InboxKeyPair
} from '$lib/share';
import { startTestCouch, type TestCouch } from '$lib/sync/testing';
import type { Assignment, StudentResult } from '$lib/types';
import { Database } from './database.svelte';
import { decodeFragment } from './fragment';
import { GradebookState } from './gradebook.svelte';

const assignment: Assignment = {
	id: 'known001',
	title: 'Rivers',
	passMark: 50,
	shuffle: false,
	feedback: 'end',
	createdAt: 1,
	questions: [
		{ id: 'q1', type: 'truefalse', prompt: 'The Danube is long.', answer: 'true' },
		{ id: 'q2', type: 'cloze', prompt: 'It flows through _____.', answer: 'Vienna' }
	]
};

function result(student: string, finishedAt = 10): StudentResult {
	return {
		assignmentId: assignment.id,
		student,
		answers: [
			{ answer: 'true', correct: true },
			{ answer: 'Paris', correct: false }
		],
		timeMs: 5000,
		finishedAt
	};
}

let couch: TestCouch;
let address: string;
let keys: InboxKeyPair;
let database: Database;

beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch?.close();
});

beforeEach(async () => {
	resetIndexedDB();
	address = couch.database('gradebook');
	expect((await fetch(address, { method: 'PUT' })).ok).toBe(true);
	keys = await createInboxKeys();
	database = new Database();
	await saveAssignmentWithInbox(await database.open(), assignment, {
		assignmentId: assignment.id,
		address,
		privateKey: keys.privateKey,
		createdAt: 1
	});
});

async function send(student: string, finishedAt = 10) {
	const doc = await sealResult(result(student, finishedAt), keys.publicKey, newAttemptId());
	expect(await deliverResultDocument(fetch, address, doc)).toEqual({ ok: true });
}

async function put(doc: object) {
	const response = await fetch(address, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(doc)
	});
	expect(response.ok).toBe(true);
}

describe('a gradebook with a class inbox', () => {
	it('fills itself on open and on each check, stores what arrives, refuses the bad', async () => {
		await send('Ada');
		await send('Bo');
		await put({ _id: 'result-aaaaaaaaaaaaaaaaaaaaaaaaaa', type: 'factdeck-result', sealed: 1 });
		await put({ name: 'Eve', answers: ['<script>alert(1)</script>'] });
		const gradebook = new GradebookState(database);
		await gradebook.open(decodeFragment(assignment.id));
		expect(gradebook.book?.results.map((r) => r.student).sort()).toEqual(['Ada', 'Bo']);
		expect(gradebook.inbox).toMatchObject({ address, checking: false, arrived: 2 });
		expect(gradebook.inbox?.error).toBeUndefined();
		expect(gradebook.inbox?.refused).toHaveLength(2);
		expect(gradebook.inbox?.refused.join('\n')).toMatch(
			/Inbox document result-a{26} was refused: .*\n.*A document was refused: it has fields a Factdeck result never has\./
		);
		expect((await listResults(await database.open(), assignment.id)).length).toBe(2);

		// A late student, the same attempt sent twice, and nothing read twice.
		await send('Cy');
		await gradebook.checkInbox();
		expect(gradebook.book?.results.map((r) => r.student).at(-1)).toBe('Cy');
		expect(gradebook.inbox).toMatchObject({ arrived: 3 });
		expect(gradebook.inbox?.refused).toHaveLength(2);

		// Reopened later: results come from the device, the pull starts where it stopped.
		const since = (await getInbox(await database.open(), assignment.id))?.since;
		expect(since).toBeDefined();
		const reopened = new GradebookState(database);
		await reopened.open(decodeFragment(assignment.id));
		expect(reopened.book?.results).toHaveLength(3);
		expect(reopened.inbox).toMatchObject({ arrived: 0, refused: [] });
	});

	it('says when the inbox cannot be reached, and keeps the gradebook as it was', async () => {
		await send('Ada');
		const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
		const gradebook = new GradebookState(database, offline);
		await gradebook.open(decodeFragment(assignment.id));
		expect(gradebook.phase).toBe('ready');
		expect(gradebook.book?.results).toEqual([]);
		expect(gradebook.inbox?.error).toBe(
			'The class inbox cannot be reached (offline, or its server is down).'
		);
		// Back online: the next check brings the result.
		const online = new GradebookState(database);
		await online.open(decodeFragment(assignment.id));
		expect(online.book?.results.map((r) => r.student)).toEqual(['Ada']);
		expect(online.inbox?.error).toBeUndefined();
	});

	it('reports a stored key that cannot be used instead of pulling', async () => {
		const db = await database.open();
		const stored = await getInbox(db, assignment.id);
		await db.put('inboxes', { ...stored!, privateKey: { ...keys.privateKey, d: 'A'.repeat(43) } });
		const gradebook = new GradebookState(database);
		await gradebook.open(decodeFragment(assignment.id));
		expect(gradebook.phase).toBe('ready');
		expect(gradebook.inbox?.error).toMatch(/^The inbox key stored on this device is not a valid/);
	});
});
