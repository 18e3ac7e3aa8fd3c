import { describe, expect, it } from 'vitest';
import type { Assignment, StudentResult } from '$lib/types';
import { createInboxKeys, newAttemptId, sealResult } from '$lib/share';
import { freshDatabase } from './testing';
import { deleteAssignment, getAssignment } from './assignments';
import { getInbox, saveAssignmentWithInbox, setInboxSince, UnreadableInboxError } from './inboxes';
import { listOutbox, noteOutboxError, queueOutbox, removeFromOutbox } from './outbox';
import { countOutbox } from './outbox-count';
import type { InboxRecord } from './schema';

const ADDRESS = 'https://couch.example.org/class-7b';

const assignment: Assignment = {
	id: 'asg-1',
	title: 'Quiz',
	passMark: 60,
	shuffle: false,
	feedback: 'end',
	createdAt: 1,
	questions: [{ id: 'q1', type: 'truefalse', prompt: 'Water is wet.', answer: 'true' }]
};

async function inboxRecord(): Promise<InboxRecord> {
	const { privateKey } = await createInboxKeys();
	return { assignmentId: assignment.id, address: ADDRESS, privateKey, createdAt: 5 };
}

async function sealed(student: string) {
	const result: StudentResult = {
		assignmentId: assignment.id,
		student,
		answers: [{ answer: 'true', correct: true }],
		timeMs: 1000,
		finishedAt: 10
	};
	return sealResult(result, (await createInboxKeys()).publicKey, newAttemptId());
}

describe('class inbox keys', () => {
	it('keeps an assignment and its inbox together, and deletes both', async () => {
		const db = await freshDatabase();
		const record = await inboxRecord();
		await saveAssignmentWithInbox(db, assignment, record);
		expect(await getAssignment(db, assignment.id)).toEqual(assignment);
		expect(await getInbox(db, assignment.id)).toEqual(record);
		await setInboxSince(db, assignment.id, '12-abc');
		expect((await getInbox(db, assignment.id))?.since).toBe('12-abc');
		await deleteAssignment(db, assignment.id);
		expect(await getInbox(db, assignment.id)).toBeUndefined();
		// Reading up to a sequence does not bring a deleted inbox back.
		await setInboxSince(db, assignment.id, 13);
		expect(await db.count('inboxes')).toBe(0);
		db.close();
	});

	it('refuses to store an inbox whose address or key is not one, and stores nothing', async () => {
		const db = await freshDatabase();
		const record = await inboxRecord();
		await expect(
			saveAssignmentWithInbox(db, assignment, { ...record, address: 'http://couch.example.org/x' })
		).rejects.toThrow(/could not be read \(address: not an inbox address\)/);
		await expect(
			saveAssignmentWithInbox(db, assignment, {
				...record,
				privateKey: { ...record.privateKey, d: 'short' }
			})
		).rejects.toThrow(UnreadableInboxError);
		expect(await getAssignment(db, assignment.id)).toBeUndefined();
		db.close();
	});

	it('reports a damaged stored key instead of using it', async () => {
		const db = await freshDatabase();
		const record = await inboxRecord();
		await db.put('inboxes', { ...record, privateKey: { kty: 'RSA' } } as never);
		await expect(getInbox(db, assignment.id)).rejects.toThrow(
			/The class inbox key kept on this device could not be read \(privateKey.kty/
		);
		db.close();
	});
});

describe('results waiting for their inbox', () => {
	it('queues each attempt once, oldest first, until delivered', async () => {
		const db = await freshDatabase();
		const ada = await sealed('Ada');
		const bo = await sealed('Bo');
		await queueOutbox(db, ADDRESS, bo, 20);
		await queueOutbox(db, ADDRESS, ada, 10);
		await queueOutbox(db, ADDRESS, ada, 30);
		const { waiting, problems } = await listOutbox(db);
		expect(problems).toEqual([]);
		expect(await countOutbox(db)).toBe(2);
		expect(waiting.map((r) => [r.id, r.queuedAt])).toEqual([
			[ada._id, 10],
			[bo._id, 20]
		]);
		await noteOutboxError(db, ada._id, 'Cannot reach the server');
		expect((await listOutbox(db)).waiting[0]?.lastError).toBe('Cannot reach the server');
		await removeFromOutbox(db, ada._id);
		expect((await listOutbox(db)).waiting.map((r) => r.id)).toEqual([bo._id]);
		db.close();
	});

	it('leaves a damaged waiting record out and says so', async () => {
		const db = await freshDatabase();
		const ada = await sealed('Ada');
		await db.put('inboxOutbox', {
			id: ada._id,
			address: ADDRESS,
			document: { ...ada, sealed: '<b>' },
			queuedAt: 1
		});
		const { waiting, problems } = await listOutbox(db);
		expect(waiting).toEqual([]);
		expect(problems).toEqual([
			'A result waiting to be sent kept on this device could not be read (document.sealed: the sealed result is not base64url).'
		]);
		db.close();
	});
});
