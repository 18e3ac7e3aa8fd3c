// A student's sealed results waiting for their class inbox (offline, or its server down): kept
// until the inbox has them, then deleted. Each is ciphertext only. Read back through a schema; a
// record that cannot be read is reported and left alone, never sent half-read. Not backed up: it
// is this device's unsent work, like a draft.
import * as v from 'valibot';
import { SealedResultDocumentSchema, type SealedResultDocument } from '$lib/share/inbox-result';
import { InboxAddressSchema, Time, unreadable } from './inboxes';
import type { FactdeckDB, OutboxRecord } from './schema';
import { writeTransaction } from './transaction';

const OutboxRecordSchema = v.strictObject({
	id: v.string(),
	address: InboxAddressSchema,
	document: SealedResultDocumentSchema,
	queuedAt: Time,
	lastError: v.optional(v.pipe(v.string(), v.maxLength(2000)))
});

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
