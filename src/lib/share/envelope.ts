// The envelope every Factdeck link payload travels in:
//
//   <kind letter><format version>.<base32( FNV-1a-32 checksum (4 bytes, big-endian) ‖ deflate(JSON) )>
//
// e.g. `A1.X3FQ…` for an assignment. The checksum covers the header and the compressed bytes, so
// damage is caught before anything is decompressed. Every check that can fail returns a message
// for a person; nothing here throws on bad input.
import { deflateSync, Inflate } from 'fflate';
import type { Outcome } from '$lib/types';
import { base32ToBytes, bytesToBase32 } from './base32';
import { fnv1a32 } from './checksum';

export type PayloadKind = 'assignment' | 'result';

/** Bumped whenever the wire form changes incompatibly; older apps then refuse newer links. */
export const FORMAT_VERSION = 1;
/** Links longer than this are refused before any decoding (the 64 KB). */
export const MAX_LINK_CHARS = 64 * 1024;
/** Decompressed JSON larger than this is refused, so a tiny "zip bomb" link cannot eat memory. */
export const MAX_INFLATED_BYTES = 512 * 1024;

const LETTER: Record<PayloadKind, string> = { assignment: 'A', result: 'R' };
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

/** Wraps already-deflated bytes; exported for tests that need well-formed envelopes of junk. */
export function sealDeflated(kind: PayloadKind, deflated: Uint8Array, version = FORMAT_VERSION) {
	const head = header(kind, version);
	const body = new Uint8Array(4 + deflated.length);
	new DataView(body.buffer).setUint32(0, checksum(head, deflated));
	body.set(deflated, 4);
	return head + bytesToBase32(body);
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

function noun(kind: PayloadKind): string {
	return kind === 'assignment' ? 'an assignment link' : 'a result link';
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

/** Checks and unpacks a payload into untrusted JSON, which the caller still has to validate. */
export function open(
	kind: PayloadKind,
	payload: unknown,
	dictionary?: Uint8Array
): Outcome<unknown> {
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
	if (version > FORMAT_VERSION) {
		return {
			ok: false,
			error: `This link was made by a newer Factdeck (format ${version}) — update the app and open it again.`
		};
	}
	if (version !== FORMAT_VERSION) {
		return { ok: false, error: `This link uses an unknown format (${version}).` };
	}
	const bytes = base32ToBytes(body);
	if (!bytes) {
		return {
			ok: false,
			error: 'This link is damaged: it contains characters a Factdeck link never has.'
		};
	}
	if (bytes.length < 6) {
		return { ok: false, error: 'This link is incomplete — it may have been cut off when copied.' };
	}
	const deflated = bytes.subarray(4);
	const expected = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
	if (checksum(header(kind, version), deflated) !== expected) {
		return {
			ok: false,
			error:
				'This link is damaged, incomplete or was edited (its checksum does not match) — copy it again in full.'
		};
	}
	const inflated = inflateCapped(deflated, dictionary);
	if (!inflated.ok) return inflated;
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.value);
		return { ok: true, value: JSON.parse(json) as unknown };
	} catch {
		return { ok: false, error: 'This link is damaged: its data is not readable.' };
	}
}
