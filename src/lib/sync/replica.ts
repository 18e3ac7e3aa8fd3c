import type { Outcome } from '$lib/types';
import { LOG_BLOCK, logDocIdOf, type DeviceId, type LoggedEvent, type SyncEvent } from './events';
import { eventsOf, parseIncoming, type IncomingDoc } from './incoming';

// The sync replica: a PouchDB database beside the app's own, replicated with a CouchDB server.
// Only the few PouchDB calls used here are typed; the app and the tests pass a real PouchDB.

export interface StoredDoc {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	_conflicts?: string[];
	[key: string]: unknown;
}
interface Row {
	id: string;
	value?: { rev: string };
	doc?: StoredDoc | null;
}
interface Change {
	id: string;
	seq: number | string;
	deleted?: boolean;
	doc?: StoredDoc;
}
type WriteResult = { ok?: boolean; id?: string; rev?: string; error?: string; message?: string };

export interface ReplicaDb {
	get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<StoredDoc>;
	bulkDocs(docs: StoredDoc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
	allDocs(options: {
		include_docs?: boolean;
		conflicts?: boolean;
		startkey?: string;
		endkey?: string;
		keys?: string[];
	}): Promise<{ rows: Row[] }>;
	changes(options: {
		since: number | string;
		include_docs?: boolean;
		conflicts?: boolean;
		style?: 'all_docs';
		batch_size?: number;
	}): Promise<{ results: Change[]; last_seq: number | string }>;
	sync(
		remote: unknown,
		options?: { batch_size?: number; batches_limit?: number }
	): Promise<unknown>;
}

/** A document the server sent that was refused, with why, for the sync status. */
export interface Refusal {
	id: string;
	reason: string;
}

export function isNotFound(error: unknown): boolean {
	return (error as { status?: number } | null)?.status === 404;
}

function checkWrites(results: WriteResult[]): void {
	const failed = results.find((result) => result.error);
	if (failed)
		throw new Error(
			`The sync copy refused a write (${failed.id}: ${failed.message ?? failed.error}).`
		);
}

/** Adds a device's own new events to its log blocks (only this device writes them). */
export async function appendEvents(
	db: ReplicaDb,
	device: DeviceId,
	events: readonly SyncEvent[]
): Promise<void> {
	const byDoc = new Map<string, SyncEvent[]>();
	for (const event of events) {
		const id = logDocIdOf(device, event.seq);
		byDoc.set(id, [...(byDoc.get(id) ?? []), event]);
	}
	if (byDoc.size === 0) return;
	const ids = [...byDoc.keys()];
	// Rows come in the order of the keys; a block not written yet has no doc.
	const { rows } = await db.allDocs({ keys: ids, include_docs: true });
	const docs: StoredDoc[] = ids.map((id, i) => {
		const row = rows[i];
		const stored = (row?.doc?.events as SyncEvent[] | undefined) ?? [];
		const merged = new Map(stored.map((event) => [event.seq, event]));
		for (const event of byDoc.get(id) ?? []) merged.set(event.seq, event);
		const doc: StoredDoc = {
			_id: id,
			type: 'log',
			device,
			events: [...merged.values()].sort((a, b) => a.seq - b.seq).slice(0, LOG_BLOCK)
		};
		if (row?.doc?._rev) doc._rev = row.doc._rev;
		return doc;
	});
	checkWrites(await db.bulkDocs(docs));
}

/** Log blocks already checked, by replica and revision: a revision's content never changes. */
const checkedBlocks = new WeakMap<ReplicaDb, Map<string, { rev: string; events: LoggedEvent[] }>>();

/**
 * Every event in the replica, checked; refused blocks are listed and left out. Only blocks that
 * changed since the last read are fetched and checked again.
 */
export async function readLog(
	db: ReplicaDb
): Promise<{ events: LoggedEvent[]; refused: Refusal[] }> {
	const checked =
		checkedBlocks.get(db) ?? new Map<string, { rev: string; events: LoggedEvent[] }>();
	checkedBlocks.set(db, checked);
	const { rows } = await db.allDocs({ startkey: 'log:', endkey: 'log:\uffff' });
	const current = new Set(rows.map((row) => row.id));
	for (const id of checked.keys()) if (!current.has(id)) checked.delete(id);
	const stale = rows.filter((row) => checked.get(row.id)?.rev !== row.value?.rev);
	const refused: Refusal[] = [];
	if (stale.length > 0) {
		const fetched = await db.allDocs({ keys: stale.map((row) => row.id), include_docs: true });
		for (const [i, row] of fetched.rows.entries()) {
			const id = stale[i]?.id ?? row.id;
			checked.delete(id);
			const parsed = parseIncoming(row.doc);
			if (parsed.ok && parsed.value.type === 'log' && parsed.value._rev)
				checked.set(id, { rev: parsed.value._rev, events: eventsOf([parsed.value]) });
			else
				refused.push({
					id,
					reason: parsed.ok ? 'Refused: not a log document.' : parsed.error
				});
		}
	}
	const events = rows.flatMap((row) => checked.get(row.id)?.events ?? []);
	return { events, refused };
}

/** Sets, tombstones and settings changed since `since`, checked (log blocks are read whole). */
export async function readChangesSince(
	db: ReplicaDb,
	since: number | string
): Promise<{ docs: IncomingDoc[]; refused: Refusal[]; lastSeq: number | string }> {
	const { results, last_seq } = await db.changes({ since, include_docs: true, conflicts: true });
	const docs: IncomingDoc[] = [];
	const refused: Refusal[] = [];
	for (const change of results) {
		if (change.id.startsWith('log:') || change.id.startsWith('_design/')) continue;
		const parsed = parseIncoming(change.doc);
		if (parsed.ok) docs.push(parsed.value);
		else refused.push({ id: change.id, reason: parsed.error });
	}
	return { docs, refused, lastSeq: last_seq };
}

/** The document's current version, as stored (unchecked); undefined when missing or deleted. */
export async function currentDoc(db: ReplicaDb, id: string): Promise<StoredDoc | undefined> {
	try {
		return await db.get(id);
	} catch (error) {
		if (isNotFound(error)) return undefined;
		throw error;
	}
}

/** Writes this device's version of a document over the replica's current one. */
export async function putDoc(db: ReplicaDb, doc: StoredDoc): Promise<string> {
	const rev = (await currentDoc(db, doc._id))?._rev;
	const [result] = await db.bulkDocs([rev ? { ...doc, _rev: rev } : doc]);
	checkWrites(result ? [result] : []);
	return result?.rev ?? '';
}

/**
 * Writes a version of a document made from an older revision (`base`) as that revision's child,
 * beside the current version: CouchDB keeps both, picks the same winner on every device and
 * lists the other as a conflict. Returns the new revision.
 */
export async function putBeside(db: ReplicaDb, doc: StoredDoc, base: string): Promise<string> {
	const match = /^(\d+)-([0-9a-z]+)$/.exec(base);
	if (!match) throw new Error(`${doc._id}: ${base} is not a revision.`);
	const start = Number(match[1]) + 1;
	const hash = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
		byte.toString(16).padStart(2, '0')
	).join('');
	const rev = `${start}-${hash}`;
	const revisions = { start, ids: [hash, match[2]] };
	checkWrites(
		await db.bulkDocs([{ ...doc, _rev: rev, _revisions: revisions }], { new_edits: false })
	);
	return rev;
}

export function setDocId(setId: string): string {
	return `set:${setId}`;
}

/** Deleting a set: a tombstone that replicates everywhere; its revisions and reviews stay. */
export function setTombstone(setId: string, deletedAt: number): StoredDoc {
	return { _id: setDocId(setId), _deleted: true, type: 'set', deletedAt };
}

/** One version of a document edited on two devices. */
export interface DocVersion {
	rev: string;
	doc: StoredDoc;
}

/** A document edited on two devices: the version every device shows, and the ones that lost. */
export interface EditConflict {
	id: string;
	winner: DocVersion;
	losers: DocVersion[];
}

/**
 * Documents with versions that lost a concurrent edit. CouchDB picks the same winner on every
 * device; the losers stay stored until the learner keeps one (keepVersion) or the winner.
 */
export async function listConflicts(db: ReplicaDb, prefix = ''): Promise<Outcome<EditConflict[]>> {
	const { rows } = await db.allDocs({
		include_docs: true,
		conflicts: true,
		...(prefix ? { startkey: prefix, endkey: `${prefix}\uffff` } : {})
	});
	const out: EditConflict[] = [];
	for (const row of rows) {
		const doc = row.doc;
		if (!doc?._conflicts?.length || !doc._rev) continue;
		const losers: DocVersion[] = [];
		for (const rev of doc._conflicts) {
			const loser = await db.get(row.id, { rev });
			const parsed = parseIncoming(loser);
			if (!parsed.ok) return { ok: false, error: `${row.id}: ${parsed.error}` };
			losers.push({ rev, doc: loser });
		}
		out.push({ id: row.id, winner: { rev: doc._rev, doc }, losers });
	}
	return { ok: true, value: out };
}

/**
 * Settles a conflict: the chosen version (winner or loser) becomes the document's new version
 * and every other branch is closed, so all devices agree again once it replicates.
 */
export async function keepVersion(db: ReplicaDb, id: string, keepRev: string): Promise<void> {
	const winner = await db.get(id, { conflicts: true });
	const branches = [winner._rev ?? '', ...(winner._conflicts ?? [])];
	if (!branches.includes(keepRev)) throw new Error(`${id} has no version ${keepRev} to keep.`);
	const kept = keepRev === winner._rev ? winner : await db.get(id, { rev: keepRev });
	const body: StoredDoc = { ...kept, _id: id };
	delete body._conflicts;
	body._rev = winner._rev;
	const writes: StoredDoc[] = [body];
	for (const rev of winner._conflicts ?? []) writes.push({ _id: id, _rev: rev, _deleted: true });
	checkWrites(await db.bulkDocs(writes));
}
