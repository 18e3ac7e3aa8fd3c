// What a student's device writes to a class inbox: one new document per attempt, whose id is
// unique to that attempt (so sending it again changes nothing), holding the assignment's id and
// the result sealed to the teacher's key (inbox-crypto.ts). No name and no answer is in plain
// text. The sealed plaintext is the result link's own payload (`R1.…`), so a result from an inbox
// passes exactly the checks a pasted result link does.
//
// The inbox's server is not trusted: every document read back is checked here before anything of
// it is used, and a malformed or hostile one is refused with a reason.
import * as v from 'valibot';
import type { StudentResult } from '$lib/types';
import { LIMITS } from './assignment-wire';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { bytesToBase32 } from './base32';
import { MAX_LINK_CHARS } from './envelope';
import { openFromInbox, SEAL_OVERHEAD_BYTES, sealForInbox, type InboxKey } from './inbox-crypto';
import { describeIssues } from './issues';
import { decodeResult, encodeResult } from './result';

const RESULT_DOCUMENT_TYPE = 'factdeck-result';
const ATTEMPT_BYTES = 16;
const DOCUMENT_ID = /^result-[a-z2-7]{26}$/;
/** The longest sealed text a real result makes: a result link's payload is under 64 KB. */
export const MAX_SEALED_CHARS = Math.ceil(((MAX_LINK_CHARS + SEAL_OVERHEAD_BYTES) * 4) / 3);
// Keys that could reach an object's prototype if the document were ever merged into one.
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** A document of a class inbox, as stored on the server (`_rev` is the server's). */
export interface SealedResultDocument {
	_id: string;
	_rev?: string;
	type: typeof RESULT_DOCUMENT_TYPE;
	assignment: string;
	sealed: string;
}

export const SealedResultDocumentSchema = v.strictObject({
	_id: v.pipe(v.string(), v.regex(DOCUMENT_ID, 'the id is not a result’s')),
	_rev: v.optional(v.pipe(v.string(), v.regex(/^\d{1,10}-[0-9a-f]{32}$/, 'not a revision'))),
	type: v.literal(RESULT_DOCUMENT_TYPE, 'it is not a Factdeck result'),
	assignment: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)),
	sealed: v.pipe(
		v.string(),
		v.maxLength(MAX_SEALED_CHARS, 'the sealed result is larger than any real result'),
		v.regex(/^[A-Za-z0-9_-]+$/, 'the sealed result is not base64url')
	)
});

/** A fresh id for one attempt: 128 random bits, so ids from different devices never meet. */
export function newAttemptId(): string {
	return bytesToBase32(crypto.getRandomValues(new Uint8Array(ATTEMPT_BYTES))).toLowerCase();
}

/**
 * The document a student's device writes for one attempt. Throws (with a message) when the result
 * cannot be sent, like `encodeResult`, or the attempt id or key is not one.
 */
export async function sealResult(
	result: StudentResult,
	inboxKey: Uint8Array,
	attemptId: string
): Promise<SealedResultDocument> {
	const _id = `result-${attemptId}`;
	if (!DOCUMENT_ID.test(_id))
		throw new Error(`Cannot seal a result: “${attemptId}” is not an attempt id`);
	const plaintext = new TextEncoder().encode(encodeResult(result));
	const sealed = await sealForInbox(inboxKey, result.assignmentId, plaintext);
	return {
		_id,
		type: RESULT_DOCUMENT_TYPE,
		assignment: result.assignmentId,
		sealed: bytesToBase64Url(sealed)
	};
}

/** What became of one document from an inbox. */
export type OpenedDocument =
	| { status: 'opened'; result: StudentResult }
	/** Well-formed, for another assignment of the same inbox: not this gradebook's. */
	| { status: 'elsewhere' }
	| { status: 'refused'; error: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

function label(doc: Record<string, unknown>): string {
	const id = doc._id;
	return typeof id === 'string' && DOCUMENT_ID.test(id) ? `Inbox document ${id}` : 'A document';
}

/**
 * Never throws: the result in one inbox document for this assignment, sealed to this key, or why
 * it was refused. Every check runs before the next one looks at the data.
 */
export async function openResultDocument(
	doc: unknown,
	assignmentId: string,
	key: InboxKey
): Promise<OpenedDocument> {
	const refuse = (error: string): OpenedDocument => ({ status: 'refused', error });
	if (!isPlainObject(doc)) return refuse('A document in the inbox is not a Factdeck result.');
	const name = label(doc);
	const keys = Object.keys(doc);
	const hostile = keys.find((k) => HOSTILE_KEYS.includes(k));
	if (hostile) return refuse(`${name} was refused: it has a field named “${hostile}”.`);
	// Named apart from the schema, whose message would repeat a field's name, however long.
	if (keys.some((k) => !Object.hasOwn(SealedResultDocumentSchema.entries, k))) {
		return refuse(`${name} was refused: it has fields a Factdeck result never has.`);
	}
	const parsed = v.safeParse(SealedResultDocumentSchema, doc);
	if (!parsed.success) {
		return refuse(`${name} was refused: ${describeIssues(parsed.issues)}.`);
	}
	if (parsed.output.assignment !== assignmentId) return { status: 'elsewhere' };
	const sealed = base64UrlToBytes(parsed.output.sealed);
	if (!sealed) return refuse(`${name} was refused: its sealed result is not base64url.`);
	const opened = await openFromInbox(key, assignmentId, sealed);
	if (!opened.ok) return refuse(`${name}: ${opened.error}`);
	let payload: string;
	try {
		payload = new TextDecoder('utf-8', { fatal: true }).decode(opened.value);
	} catch {
		return refuse(`${name} was refused: its result is not text.`);
	}
	const decoded = decodeResult(payload);
	if (!decoded.ok) return refuse(`${name}: ${decoded.error}`);
	if (decoded.value.assignmentId !== assignmentId) {
		return refuse(`${name} was refused: the result inside is for another assignment.`);
	}
	return { status: 'opened', result: decoded.value };
}
