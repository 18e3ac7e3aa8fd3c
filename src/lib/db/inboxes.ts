// The class inbox on this device: the teacher's key for each assignment made with an inbox, and
// the student's sealed results waiting to be delivered. Both are read back through a schema: a
// record this version cannot read is reported, never half-used.
//
// Neither is part of a backup. A backup is a plain file teachers move around (e-mail, cloud
// folders); the inbox's server lets anyone read its ciphertext, so a file holding the key would
// open every result in it for whoever holds the file. The key stays on the device that made the
// assignment, and results it already opened are in the backup with the gradebook. A waiting
// result belongs to this device's unsent work, like a draft.
import * as v from 'valibot';
import type { Assignment } from '$lib/types';
import {
	InboxPrivateKeySchema,
	normaliseInboxAddress,
	SealedResultDocumentSchema,
	type SealedResultDocument
} from '$lib/share';
import type { FactdeckDB, InboxRecord, OutboxRecord } from './schema';
import { writeTransaction } from './transaction';

const AddressSchema = v.pipe(
	v.string(),
	v.check((text) => {
		const normal = normaliseInboxAddress(text);
		return normal.ok && normal.value === text;
	}, 'not an inbox address')
);
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

const InboxRecordSchema = v.strictObject({
	assignmentId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	address: AddressSchema,
	privateKey: InboxPrivateKeySchema,
	createdAt: Time,
	since: v.optional(v.union([v.pipe(v.string(), v.maxLength(1000)), v.number()]))
});

const OutboxRecordSchema = v.strictObject({
	id: v.string(),
	address: AddressSchema,
	document: SealedResultDocumentSchema,
	queuedAt: Time,
	lastError: v.optional(v.pipe(v.string(), v.maxLength(2000)))
});

/** A stored inbox record that cannot be read back. */
export class UnreadableInboxError extends Error {
	override name = 'UnreadableInboxError';
}

function unreadable(what: string, issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]) {
	const [issue] = issues;
	const where = v.getDotPath(issue);
	return new UnreadableInboxError(
		`${what} kept on this device could not be read${where ? ` (${where}: ${issue.message})` : ''}.`
	);
}

/** Saves an assignment and its class inbox together: neither is kept without the other. */
export async function saveAssignmentWithInbox(
	db: FactdeckDB,
	assignment: Assignment,
	inbox: InboxRecord
): Promise<void> {
	if (inbox.assignmentId !== assignment.id) throw new Error('The inbox is for another assignment');
	const checked = v.safeParse(InboxRecordSchema, inbox);
	if (!checked.success) throw unreadable('The class inbox', checked.issues);
	await writeTransaction(db, ['assignments', 'inboxes'], async (tx) => {
		await tx.objectStore('assignments').put(assignment);
		await tx.objectStore('inboxes').put(inbox);
	});
}

/** An assignment's class inbox, checked; undefined when it has none. */
export async function getInbox(
	db: FactdeckDB,
	assignmentId: string
): Promise<InboxRecord | undefined> {
	const stored: unknown = await db.get('inboxes', assignmentId);
	if (stored === undefined) return undefined;
	const parsed = v.safeParse(InboxRecordSchema, stored);
	if (!parsed.success) throw unreadable('The class inbox key', parsed.issues);
	return parsed.output;
}

/** Records how far the inbox's changes were read (only while the inbox is still kept). */
export async function setInboxSince(
	db: FactdeckDB,
	assignmentId: string,
	since: string | number
): Promise<void> {
	await writeTransaction(db, ['inboxes'], async (tx) => {
		const stored = await tx.store.get(assignmentId);
		if (stored) await tx.store.put({ ...stored, since });
	});
}

/** Keeps a sealed result until its inbox has it; the same attempt queued twice is kept once. */
export async function queueOutbox(
	db: FactdeckDB,
	address: string,
	document: SealedResultDocument,
	now: number = Date.now()
): Promise<void> {
	const record: OutboxRecord = { id: document._id, address, document, queuedAt: now };
	const checked = v.safeParse(OutboxRecordSchema, record);
	if (!checked.success) throw unreadable('The result to send', checked.issues);
	await writeTransaction(db, ['inboxOutbox'], async (tx) => {
		if (!(await tx.store.getKey(record.id))) await tx.store.put(record);
	});
}

export interface OutboxContents {
	/** Oldest first. */
	waiting: OutboxRecord[];
	/** Records that could not be read back (left in place, never sent half-read). */
	problems: string[];
}

export async function listOutbox(db: FactdeckDB): Promise<OutboxContents> {
	const stored: unknown[] = await db.getAll('inboxOutbox');
	const contents: OutboxContents = { waiting: [], problems: [] };
	for (const record of stored) {
		const parsed = v.safeParse(OutboxRecordSchema, record);
		if (parsed.success) contents.waiting.push(parsed.output);
		else contents.problems.push(unreadable('A result waiting to be sent', parsed.issues).message);
	}
	contents.waiting.sort((a, b) => a.queuedAt - b.queuedAt);
	return contents;
}

/** The inbox has the result: it no longer waits here. */
export async function removeFromOutbox(db: FactdeckDB, id: string): Promise<void> {
	await writeTransaction(db, ['inboxOutbox'], async (tx) => {
		await tx.store.delete(id);
	});
}

export async function noteOutboxError(db: FactdeckDB, id: string, error: string): Promise<void> {
	await writeTransaction(db, ['inboxOutbox'], async (tx) => {
		const stored = await tx.store.get(id);
		if (stored) await tx.store.put({ ...stored, lastError: error.slice(0, 2000) });
	});
}
