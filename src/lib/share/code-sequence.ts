// A link too long for one QR code a phone reads from the back of a classroom travels as a
// sequence of small codes, shown one after another. Each code is one part:
//
//   FQ1.<whole id>.<index>.<count>.<check>.<slice of the link>
//
// whole id: FNV-1a-32 of the whole link (7 base32 characters), so parts of two links never mix and
// the joined text is checked once more; index 1…count; check: 20 bits of FNV-1a-32 over the rest of
// the part (4 base32 characters), so a damaged or edited part is refused on its own. The joined
// text is the link itself, which then goes through the same decoder as a link that came whole.
import type { Outcome } from '$lib/types';
import { bytesToBase32 } from './base32';
import { fnv1a32 } from './checksum';
import { MAX_LINK_CHARS } from './envelope';
import { qrVersion } from './qr';

/**
 * Largest QR version of one part. Measured (`npm run bench:share`): drawn 250 px wide in a
 * 1280×720 frame with blur σ 2, every version-8 part of a 20-question link read, but only 6 of 10
 * version-9 parts: version 9 is the edge, and one unreadable part stops the whole sequence.
 */
export const SEQUENCE_QR_VERSION = 8;
/** Two digits for index and count: 99 codes of version 9 hold ~30 000 characters. */
export const MAX_PARTS = 99;
const PART = /^FQ1\.([A-Z2-7]{7})\.(\d{1,2})\.(\d{1,2})\.([A-Z2-7]{4})\.(.+)$/s;
/** Collections of different links kept at once while scanning (a stray code from another). */
const MAX_COLLECTIONS = 4;

const encoder = new TextEncoder();

/** FNV-1a-32 of the text, in base32: 7 characters. */
function hash32(text: string): string {
	const bytes = new Uint8Array(4);
	new DataView(bytes.buffer).setUint32(0, fnv1a32(encoder.encode(text)));
	return bytesToBase32(bytes);
}

const wholeId = hash32;
/** The top 20 bits of the hash: 4 characters. */
const partCheck = (body: string) => hash32(body).slice(0, 4);

function part(id: string, index: number, count: number, slice: string): string {
	const head = `FQ1.${id}.${index}.${count}.`;
	return `${head}${partCheck(head + slice)}.${slice}`;
}

/** Whether the text looks like a part of a sequence (it may still be damaged). */
export function isSequencePart(text: string): boolean {
	return text.startsWith('FQ1.');
}

/**
 * The link as the fewest parts whose QR codes are each at most `maxVersion` (error correction L),
 * in order. Throws when the link is empty or would need more than MAX_PARTS codes.
 */
export function splitIntoParts(text: string, maxVersion = SEQUENCE_QR_VERSION): string[] {
	if (text === '') throw new Error('There is nothing to put into codes.');
	const id = wholeId(text);
	const chars = [...text];
	for (let count = 1; count <= MAX_PARTS; count++) {
		const size = Math.ceil(chars.length / count);
		if (size * (count - 1) >= chars.length) continue;
		const parts = Array.from({ length: count }, (_, i) =>
			part(id, i + 1, count, chars.slice(i * size, (i + 1) * size).join(''))
		);
		if (parts.every((p) => (qrVersion(p) ?? Infinity) <= maxVersion)) return parts;
	}
	throw new Error(`This link needs more than ${MAX_PARTS} codes: send the link instead.`);
}

export interface Part {
	id: string;
	index: number;
	count: number;
	slice: string;
}

/** One part, checked on its own; never throws. */
export function readPart(text: string): Outcome<Part> {
	const match = PART.exec(text);
	if (!match) return { ok: false, error: 'This is not one of a sequence of Factdeck codes.' };
	const [, id = '', indexText = '', countText = '', check = '', slice = ''] = match;
	const index = Number(indexText);
	const count = Number(countText);
	const head = `FQ1.${id}.${indexText}.${countText}.`;
	if (partCheck(head + slice) !== check || index < 1 || count < 1 || index > count) {
		return { ok: false, error: 'This code is damaged — hold it steady and scan it again.' };
	}
	return { ok: true, value: { id, index, count, slice } };
}

/** What adding one scanned code did. */
export type SequenceStep =
	| { status: 'collecting'; read: number; count: number; missing: number[] }
	| { status: 'duplicate'; read: number; count: number; missing: number[] }
	| { status: 'complete'; text: string }
	| { status: 'refused'; error: string };

interface Collection {
	count: number;
	slices: Map<number, string>;
}

/** The numbers (1…count) of the codes not read yet. */
function missing({ count, slices }: Collection): number[] {
	return Array.from({ length: count }, (_, i) => i + 1).filter((index) => !slices.has(index));
}

/**
 * Gathers parts scanned in any order. Duplicates change nothing (also once complete); parts of
 * another link are gathered apart; a part whose count disagrees with the first one read of its
 * link is refused; only a whole link whose id matches comes out.
 */
export class SequenceCollector {
	#collections = new Map<string, Collection>();

	add(text: string): SequenceStep {
		const read = readPart(text);
		if (!read.ok) return { status: 'refused', error: read.error };
		const { id, index, count, slice } = read.value;
		let collection = this.#collections.get(id);
		if (collection && collection.count !== count) {
			return {
				status: 'refused',
				error:
					'This code disagrees with the others about how many codes there are, so it is ignored.'
			};
		}
		if (!collection) {
			collection = { count, slices: new Map() };
			this.#collections.set(id, collection);
			const oldest = this.#collections.keys().next().value;
			if (this.#collections.size > MAX_COLLECTIONS && oldest !== undefined) {
				this.#collections.delete(oldest);
			}
		}
		if (collection.slices.has(index)) {
			return {
				status: 'duplicate',
				read: collection.slices.size,
				count,
				missing: missing(collection)
			};
		}
		collection.slices.set(index, slice);
		if (collection.slices.size < count) {
			return {
				status: 'collecting',
				read: collection.slices.size,
				count,
				missing: missing(collection)
			};
		}
		const whole = Array.from({ length: count }, (_, i) => collection.slices.get(i + 1)).join('');
		if (whole.length > MAX_LINK_CHARS || wholeId(whole) !== id) {
			this.#collections.delete(id);
			return {
				status: 'refused',
				error:
					'These codes do not fit together — stop scanning and ask for the codes or the link again.'
			};
		}
		return { status: 'complete', text: whole };
	}
}
