// The teacher's class inboxes: the key for each assignment made with one, read back through a
// schema, so a record this version cannot read is reported, never half-used.
//
// Inbox keys are not part of a backup. A backup is a plain file teachers move around (e-mail,
// cloud folders); the inbox's server lets anyone read its ciphertext, so a file holding the key
// would open every result in it for whoever holds the file. The key stays on the device that made
// the assignment; the results it already opened travel in the backup with the gradebook.
import * as v from 'valibot';
import type { Assignment } from '$lib/types';
import { InboxPrivateKeySchema } from '$lib/share/inbox-crypto';
import { normaliseInboxAddress } from '$lib/share/inbox';
import { MAX_SEQ_CHARS } from '$lib/share/inbox-server';
import type { FactdeckDB, InboxRecord } from './schema';
import { writeTransaction } from './transaction';

export const InboxAddressSchema = v.pipe(
	v.string(),
	v.check((text) => {
		const normal = normaliseInboxAddress(text);
		return normal.ok && normal.value === text;
	}, 'not an inbox address')
);
export const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

const InboxRecordSchema = v.strictObject({
	assignmentId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	address: InboxAddressSchema,
	privateKey: InboxPrivateKeySchema,
	createdAt: Time,
	since: v.optional(v.union([v.pipe(v.string(), v.maxLength(MAX_SEQ_CHARS)), v.number()]))
});

/** A stored inbox record that cannot be read back. */
export class UnreadableInboxError extends Error {
	override name = 'UnreadableInboxError';
}

export function unreadable(
	what: string,
	issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]
) {
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
