// Talking to a class inbox: the CouchDB HTTP API on the inbox's address, with `fetch` passed in
// (the browser's, or Node's in tests and benchmarks). A student's device writes one document per
// attempt; the teacher's device reads the inbox's changes feed from where it last stopped. No
// account is used: a CouchDB database that students may write to without one can be read without
// one too, and everything in it is ciphertext. What the server answers is checked before use.
import * as v from 'valibot';
import type { Outcome } from '$lib/types';
import { describeIssues } from './issues';
import type { SealedResultDocument } from './inbox-result';

type Fetch = typeof fetch;

/** Documents per request of the changes feed, and requests per pull. */
export const CHANGES_BATCH = 200;
const MAX_BATCHES = 50;
/** A batch of 200 results of the largest size is about 18 MB. */
const MAX_RESPONSE_CHARS = 32_000_000;

type DeliveryOutcome = { ok: true } | { ok: false; error: string; status?: number };

/** Why the inbox did not take a request, in words for whoever sees it. */
export function inboxErrorMessage(status: number | undefined): string {
	if (status === undefined)
		return 'The class inbox cannot be reached (offline, or its server is down).';
	if (status === 401 || status === 403)
		return `The class inbox’s server refused access (error ${status}): the database must let anyone add documents.`;
	if (status === 404)
		return 'The class inbox’s server has no database at this address: create it on the server.';
	if (status === 413) return 'The class inbox’s server refused the result as too large.';
	if (status >= 500) return `The class inbox’s server had a problem (error ${status}).`;
	return `The class inbox’s server refused the request (error ${status}).`;
}

function documentUrl(address: string, id: string): string {
	return `${address}/${encodeURIComponent(id)}`;
}

/**
 * Writes a sealed result to its inbox. Never throws. A conflict means the inbox already has this
 * attempt (its id is unique to it): delivered, as sending twice must change nothing.
 */
export async function deliverResultDocument(
	fetchFn: Fetch,
	address: string,
	document: SealedResultDocument
): Promise<DeliveryOutcome> {
	const body: Partial<SealedResultDocument> = { ...document };
	delete body._rev;
	let response: Response;
	try {
		response = await fetchFn(documentUrl(address, document._id), {
			method: 'PUT',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(body)
		});
	} catch {
		return { ok: false, error: inboxErrorMessage(undefined) };
	}
	// The body is not needed; reading it frees the connection.
	await response.text().catch(() => '');
	if (response.ok || response.status === 409) return { ok: true };
	return { ok: false, status: response.status, error: inboxErrorMessage(response.status) };
}

/** CouchDB 3's sequences are opaque strings, longer with more shards; PouchDB's are numbers. */
export const MAX_SEQ_CHARS = 10_000;
const SeqSchema = v.union([v.pipe(v.string(), v.maxLength(MAX_SEQ_CHARS)), v.number()]);
const ChangesSchema = v.object({
	results: v.array(
		v.object({
			id: v.pipe(v.string(), v.maxLength(1000)),
			seq: SeqSchema,
			deleted: v.optional(v.boolean()),
			doc: v.optional(v.unknown())
		})
	),
	last_seq: SeqSchema
});

interface InboxChanges {
	/** The inbox's documents changed since the sequence asked for, unchecked. */
	documents: unknown[];
	/** Where the next pull starts. */
	since: string | number;
}

async function changesBatch(
	fetchFn: Fetch,
	address: string,
	since: string | number
): Promise<Outcome<v.InferOutput<typeof ChangesSchema>>> {
	const query = new URLSearchParams({
		include_docs: 'true',
		since: String(since),
		limit: String(CHANGES_BATCH)
	});
	let response: Response;
	try {
		response = await fetchFn(`${address}/_changes?${query}`, {
			headers: { accept: 'application/json' }
		});
	} catch {
		return { ok: false, error: inboxErrorMessage(undefined) };
	}
	if (!response.ok) {
		await response.text().catch(() => '');
		return { ok: false, error: inboxErrorMessage(response.status) };
	}
	const text = await response.text();
	if (text.length > MAX_RESPONSE_CHARS) {
		return {
			ok: false,
			error: 'The class inbox’s server sent far more than any batch of results.'
		};
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'The class inbox’s server sent something that is not JSON.' };
	}
	const parsed = v.safeParse(ChangesSchema, json);
	if (!parsed.success) {
		return {
			ok: false,
			error: `The class inbox’s server sent a list of changes that cannot be read (${describeIssues(parsed.issues)}).`
		};
	}
	return { ok: true, value: parsed.output };
}

/**
 * Every document added to the inbox since `since` (0: from the start), in batches. Never throws.
 * Deleted documents and the server's design documents are left out;
 * every other document comes back as the server sent it, for `openResultDocument` to check.
 */
export async function readInboxChanges(
	fetchFn: Fetch,
	address: string,
	since: string | number
): Promise<Outcome<InboxChanges>> {
	const documents: unknown[] = [];
	let next = since;
	for (let batch = 0; batch < MAX_BATCHES; batch++) {
		const changes = await changesBatch(fetchFn, address, next);
		if (!changes.ok) {
			// What was read so far is kept; the next pull starts where it stopped.
			if (batch > 0) break;
			return changes;
		}
		for (const change of changes.value.results) {
			if (change.deleted || change.id.startsWith('_design/')) continue;
			documents.push(change.doc);
		}
		next = changes.value.last_seq;
		if (changes.value.results.length < CHANGES_BATCH) break;
	}
	return { ok: true, value: { documents, since: next } };
}
