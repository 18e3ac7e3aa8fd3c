import * as v from 'valibot';
import { STUDY_MODES, type Outcome } from '$lib/types';
import { DEVICE_ID_PATTERN, LOG_BLOCK, logDocIdOf, type SyncEvent } from './events';

// Everything the server sends is untrusted: a document is checked here before anything of it is
// stored. The limits are generous for what Factdeck writes and small for what could hurt.

export const INCOMING_LIMITS = Object.freeze({
	/** A whole document as JSON, in characters (a large set is about 200,000). */
	documentChars: 4_000_000,
	/** Any one string (a set's sentence may be long; nothing Factdeck writes comes near). */
	stringChars: 100_000,
	/** Nesting of objects and arrays. */
	depth: 12,
	/** Values in the whole document: objects, arrays, strings, numbers. */
	values: 200_000
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a document was refused, in plain words; null when its shape is safe to validate. */
export function hostileShape(raw: unknown): string | null {
	let values = 0;
	const walk = (value: unknown, depth: number): string | null => {
		if (++values > INCOMING_LIMITS.values) return 'it holds too many values';
		if (typeof value === 'string')
			return value.length > INCOMING_LIMITS.stringChars ? 'it holds a text that is too long' : null;
		if (value === null || typeof value !== 'object') return null;
		if (depth > INCOMING_LIMITS.depth) return 'it is nested too deeply';
		const proto = Object.getPrototypeOf(value);
		if (Array.isArray(value)) {
			if (proto !== Array.prototype) return 'it holds a list with a forged prototype';
			for (const item of value) {
				const problem = walk(item, depth + 1);
				if (problem) return problem;
			}
			return null;
		}
		// A "__proto__" key copied by assignment becomes the object's prototype instead of a key.
		if (proto !== Object.prototype && proto !== null) return 'it holds a forged prototype';
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) return `it contains a forbidden key "${key}"`;
			if (key.length > 200) return 'it holds a key that is too long';
			const problem = walk((value as Record<string, unknown>)[key], depth + 1);
			if (problem) return problem;
		}
		return null;
	};
	const problem = walk(raw, 0);
	if (problem) return problem;
	let json: string;
	try {
		json = JSON.stringify(raw);
	} catch {
		return 'it is not plain data';
	}
	return json.length > INCOMING_LIMITS.documentChars ? 'it is too large' : null;
}

const MAX_TIME = 8.64e15;
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const seq = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const device = v.pipe(v.string(), v.regex(DEVICE_ID_PATTERN, 'not a device id'));
const rev = v.pipe(v.string(), v.maxLength(200));

const ReviewEventSchema = v.strictObject({
	kind: v.literal('review'),
	seq,
	cardId: id,
	setId: id,
	rating: v.picklist([1, 2, 3, 4] as const),
	answer: v.pipe(v.string(), v.maxLength(10_000)),
	correct: v.boolean(),
	mode: v.picklist(STUDY_MODES),
	durationMs: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e10)),
	reviewedAt: time
});

const UndoEventSchema = v.strictObject({
	kind: v.literal('undo'),
	seq,
	target: v.pipe(v.string(), v.maxLength(200), v.regex(/^[a-z0-9]{8,64}:\d+$/, 'not an event id')),
	undoneAt: time
});

const couch = {
	_rev: v.optional(rev),
	_conflicts: v.optional(v.pipe(v.array(rev), v.maxLength(1_000)))
};

export const LogDocSchema = v.pipe(
	v.strictObject({
		_id: v.pipe(v.string(), v.startsWith('log:')),
		...couch,
		type: v.literal('log'),
		device,
		events: v.pipe(
			v.array(v.variant('kind', [ReviewEventSchema, UndoEventSchema])),
			v.minLength(1),
			v.maxLength(LOG_BLOCK)
		)
	}),
	v.check(
		(doc) => doc.events.every((event) => logDocIdOf(doc.device, event.seq) === doc._id),
		"an event's sequence number does not belong in this document"
	),
	v.check(
		(doc) => new Set(doc.events.map((event) => event.seq)).size === doc.events.length,
		'two events share a sequence number'
	)
);

/** A set or the settings: the payload is checked by the database's own schema for it. */
export const SetDocSchema = v.pipe(
	v.strictObject({
		_id: v.pipe(v.string(), v.startsWith('set:'), v.maxLength(304)),
		...couch,
		_deleted: v.optional(v.boolean()),
		type: v.literal('set'),
		set: v.optional(v.unknown()),
		deletedAt: v.optional(time)
	}),
	v.check((doc) => doc._deleted === true || doc.set !== undefined, 'a set document without a set')
);

export const SettingsDocSchema = v.strictObject({
	_id: v.literal('settings'),
	...couch,
	type: v.literal('settings'),
	settings: v.unknown()
});

export type LogDoc = v.InferOutput<typeof LogDocSchema>;
export type SetDoc = v.InferOutput<typeof SetDocSchema>;
export type SettingsDoc = v.InferOutput<typeof SettingsDocSchema>;
export type IncomingDoc = LogDoc | SetDoc | SettingsDoc;

function described(issues: v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	const path = issue?.path?.map((step) => String(step.key)).join('.');
	return `${issue?.message ?? 'it is malformed'}${path ? ` (at ${path})` : ''}`;
}

/** A document from the server, checked: its shape, its limits, no hostile keys. */
export function parseIncoming(raw: unknown): Outcome<IncomingDoc> {
	const hostile = hostileShape(raw);
	if (hostile) return { ok: false, error: `Refused: ${hostile}.` };
	const head = raw as { type?: unknown; _id?: unknown; _deleted?: unknown } | null;
	// A set deleted by another CouchDB client is a bare tombstone: it says only its id.
	if (head?.type === undefined && head?._deleted === true && `${head._id}`.startsWith('set:'))
		return parseIncoming({ ...head, type: 'set' });
	const type = head?.type;
	const schema =
		type === 'log'
			? LogDocSchema
			: type === 'set'
				? SetDocSchema
				: type === 'settings'
					? SettingsDocSchema
					: null;
	if (!schema) return { ok: false, error: 'Refused: not a kind of document Factdeck syncs.' };
	const parsed = v.safeParse(schema, raw);
	return parsed.success
		? { ok: true, value: parsed.output }
		: { ok: false, error: `Refused: ${described(parsed.issues)}.` };
}

/** The events of checked log documents, with the device that wrote them. */
export function eventsOf(docs: Iterable<LogDoc>): (SyncEvent & { device: string })[] {
	const out: (SyncEvent & { device: string })[] = [];
	for (const doc of docs)
		for (const event of doc.events) out.push({ ...event, device: doc.device });
	return out;
}
