// The envelope every Factdeck link payload travels in:
//
//   <kind letter><format version>.<base32( FNV-1a-32 checksum (4 bytes, big-endian) ‖ body )>
//
// Format 1: body = deflate(JSON), or packed bytes for a class inbox (inbox.ts). Format 2 (compact
// assignments): body = varint length ‖ packed bytes; the length lets a cut-off link be told apart
// from an edited one.
//
// e.g. `A1.X3FQ…` for an assignment. The checksum covers the header and the compressed bytes, so
// damage is caught before anything is decompressed. Every check that can fail returns a message
// for a person; nothing here throws on bad input.
import { deflateSync, Inflate } from 'fflate';
import type { Outcome } from '$lib/types';
import { bytesToBase32, readBase32 } from './base32';
import { ByteReader, ByteWriter } from './bytes';
import { fnv1a32 } from './checksum';

/** `inbox`: the class inbox an assignment link may carry after its payload (see inbox.ts). */
export type PayloadKind = 'assignment' | 'result' | 'inbox';

/** Bumped whenever the wire form changes incompatibly; older apps then refuse newer links. */
export const FORMAT_VERSION = 1;
/** Compact assignment links: packed bytes, no deflate (see assignment-reference.ts). */
export const COMPACT_VERSION = 2;
const NEWEST: Record<PayloadKind, number> = {
	assignment: COMPACT_VERSION,
	result: FORMAT_VERSION,
	inbox: FORMAT_VERSION
};
/** The words every cut-off link gets, wherever the cut falls. */
export const INCOMPLETE_LINK = 'This link is incomplete — ask for it again.';
/** Links longer than this are refused before any decoding (the 64 KB). */
export const MAX_LINK_CHARS = 64 * 1024;
/** Decompressed JSON larger than this is refused, so a tiny "zip bomb" link cannot eat memory. */
export const MAX_INFLATED_BYTES = 512 * 1024;

const LETTER: Record<PayloadKind, string> = { assignment: 'A', result: 'R', inbox: 'I' };
const HEADER = /^([A-Za-z])(\d{1,6})\.(.*)$/s;
// Inflating in slices bounds the output of one step (deflate expands at most ~1032:1).
const INFLATE_SLICE = 1024;

function header(kind: PayloadKind, version: number): string {
	return `${LETTER[kind]}${version}.`;
}

function checksum(head: string, body: Uint8Array): number {
	const bytes = new Uint8Array(head.length + body.length);
	bytes.set(new TextEncoder().encode(head));
	bytes.set(body, head.length);
	return fnv1a32(bytes);
}

/**
 * Wraps a body made for its format (deflated JSON in format 1, an inbox's packed bytes); tests use
 * it for well-formed envelopes of junk.
 */
export function sealDeflated(kind: PayloadKind, deflated: Uint8Array, version = FORMAT_VERSION) {
	const head = header(kind, version);
	const body = new Uint8Array(4 + deflated.length);
	new DataView(body.buffer).setUint32(0, checksum(head, deflated));
	body.set(deflated, 4);
	return head + bytesToBase32(body);
}

/** Seals packed bytes in the compact format, with their length in front. */
export function sealCompact(kind: PayloadKind, data: Uint8Array): string {
	const lengthed = new ByteWriter().varint(data.length).bytes();
	const body = new Uint8Array(lengthed.length + data.length);
	body.set(lengthed);
	body.set(data, lengthed.length);
	return sealDeflated(kind, body, COMPACT_VERSION);
}

/** Room left under MAX_LINK_CHARS for the origin and path in front of the payload. */
const ORIGIN_ROOM = 1024;

/** Throws when the result would be refused by `open`: every sealed payload must open again. */
export function seal(kind: PayloadKind, value: unknown, dictionary?: Uint8Array): string {
	const json = new TextEncoder().encode(JSON.stringify(value));
	if (json.length > MAX_INFLATED_BYTES) {
		throw new Error(`too much data for one link (${Math.ceil(json.length / 1024)} KB)`);
	}
	const payload = sealDeflated(kind, deflateSync(json, { level: 9, mem: 8, dictionary }));
	if (payload.length > MAX_LINK_CHARS - ORIGIN_ROOM) {
		throw new Error(`the link would be over 64 KB (${Math.ceil(payload.length / 1024)} KB)`);
	}
	return payload;
}

const NOUN: Record<PayloadKind, string> = {
	assignment: 'an assignment link',
	result: 'a result link',
	inbox: 'a class inbox'
};

function noun(kind: PayloadKind): string {
	return NOUN[kind];
}

function inflateCapped(data: Uint8Array, dictionary?: Uint8Array): Outcome<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let tooLarge = false;
	const stream = new Inflate({ dictionary }, (chunk) => {
		size += chunk.length;
		if (size > MAX_INFLATED_BYTES) {
			tooLarge = true;
			throw new Error('inflated data over the cap');
		}
		chunks.push(chunk);
	});
	try {
		for (let i = 0; i < data.length; i += INFLATE_SLICE) {
			stream.push(data.subarray(i, i + INFLATE_SLICE), i + INFLATE_SLICE >= data.length);
		}
		if (data.length === 0) stream.push(data, true);
	} catch {
		return {
			ok: false,
			error: tooLarge
				? 'This link holds too much data once unpacked; Factdeck refuses it.'
				: 'This link is damaged: its data cannot be unpacked.'
		};
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return { ok: true, value: out };
}

/** A payload whose header and checksum are right: its format version and its body. */
export interface Envelope {
	version: number;
	body: Uint8Array;
}

/** Checks a payload's header, characters, length and checksum; the body is still untrusted. */
export function openEnvelope(kind: PayloadKind, payload: unknown): Outcome<Envelope> {
	if (typeof payload !== 'string') return { ok: false, error: `This is not ${noun(kind)}.` };
	if (payload.length > MAX_LINK_CHARS) {
		return { ok: false, error: 'This link is too long (over 64 KB) to be a Factdeck link.' };
	}
	const text = payload.trim();
	if (text === '') return { ok: false, error: 'The link is empty.' };
	const match = HEADER.exec(text);
	if (!match) return { ok: false, error: `This is not ${noun(kind)} from Factdeck.` };
	const [, letterText = '', versionText = '', body = ''] = match;
	const letter = letterText.toUpperCase();
	if (letter !== LETTER[kind]) {
		const other = (Object.keys(LETTER) as PayloadKind[]).find((k) => LETTER[k] === letter);
		return {
			ok: false,
			error: other
				? `This is ${noun(other)}, not ${noun(kind)}.`
				: `This is not ${noun(kind)} from Factdeck.`
		};
	}
	const version = Number(versionText);
	if (version > NEWEST[kind]) {
		return {
			ok: false,
			error: `This link was made by a newer Factdeck (format ${version}) — update the app and open it again.`
		};
	}
	if (version < FORMAT_VERSION) {
		return { ok: false, error: `This link uses an unknown format (${version}).` };
	}
	const bytes = readBase32(body);
	if (bytes === 'characters') {
		return {
			ok: false,
			error: 'This link is damaged: it contains characters a Factdeck link never has.'
		};
	}
	if (bytes === 'length' || bytes.length < 6) return { ok: false, error: INCOMPLETE_LINK };
	const sealed = bytes.subarray(4);
	let data = sealed;
	if (version >= COMPACT_VERSION) {
		const reader = new ByteReader(sealed);
		const length = reader.varint();
		if (reader.short || length > reader.remaining) return { ok: false, error: INCOMPLETE_LINK };
		if (reader.malformed || length < reader.remaining) {
			return { ok: false, error: 'This link is damaged: it has more data than it says.' };
		}
		data = sealed.subarray(sealed.length - length);
	}
	const expected = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
	if (checksum(header(kind, version), sealed) !== expected) {
		return {
			ok: false,
			error:
				'This link is damaged, incomplete or was edited (its checksum does not match) — copy it again in full.'
		};
	}
	return { ok: true, value: { version, body: data } };
}

/** Inflates a format-1 body into untrusted JSON, which the caller still has to validate. */
export function unpackJson(body: Uint8Array, dictionary?: Uint8Array): Outcome<unknown> {
	const inflated = inflateCapped(body, dictionary);
	if (!inflated.ok) return inflated;
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.value);
		return { ok: true, value: JSON.parse(json) as unknown };
	} catch {
		return { ok: false, error: 'This link is damaged: its data is not readable.' };
	}
}

/** Checks and unpacks a format-1 payload into untrusted JSON. */
export function open(
	kind: PayloadKind,
	payload: unknown,
	dictionary?: Uint8Array
): Outcome<unknown> {
	const opened = openEnvelope(kind, payload);
	if (!opened.ok) return opened;
	if (opened.value.version !== FORMAT_VERSION) {
		return { ok: false, error: `This is not ${noun(kind)} this part of Factdeck reads.` };
	}
	return unpackJson(opened.value.body, dictionary);
}
