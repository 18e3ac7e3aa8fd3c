import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase32 } from './base32';
import { fnv1a32 } from './checksum';
import { qrVersion } from './qr';
import {
	MAX_PARTS,
	readPart,
	SequenceCollector,
	SEQUENCE_QR_VERSION,
	splitIntoParts,
	type SequenceStep
} from './code-sequence';

// Splitting calls the QR encoder for every part; runs are kept few so the property stays quick.
const BUDGET = { numRuns: 40 };
const link = fc
	.string({
		minLength: 1,
		maxLength: 1500,
		unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
	})
	.map((body) => `https://factdeck.app/a#A1.${body}`);
const anyText = fc.string({ minLength: 1, maxLength: 900, unit: 'grapheme' });

function feed(parts: readonly string[]): SequenceStep[] {
	const collector = new SequenceCollector();
	return parts.map((p) => collector.add(p));
}

const completed = (steps: SequenceStep[]) =>
	steps.flatMap((s) => (s.status === 'complete' ? [s.text] : []));

describe('a link as a sequence of codes', () => {
	it('splits into parts of small codes that join back in any order, duplicates included', () => {
		fc.assert(
			fc.property(
				fc.oneof(link, anyText),
				fc.infiniteStream(fc.nat()),
				fc.nat({ max: 5 }),
				(text, randomness, duplicates) => {
					const parts = splitIntoParts(text);
					expect(parts.every((p) => (qrVersion(p) ?? 99) <= SEQUENCE_QR_VERSION)).toBe(true);
					const order = [...parts];
					const it = randomness[Symbol.iterator]();
					for (let i = order.length - 1; i > 0; i--) {
						const j = (it.next().value as number) % (i + 1);
						[order[i], order[j]] = [order[j] as string, order[i] as string];
					}
					// Duplicates anywhere change nothing, also after the sequence is complete.
					for (let d = 0; d < duplicates; d++) {
						const at = (it.next().value as number) % (order.length + 1);
						order.splice(at, 0, order[d % order.length] as string);
					}
					const steps = feed(order);
					expect(completed(steps)).toEqual([text]);
					const done = steps.findIndex((s) => s.status === 'complete');
					expect(steps.slice(done + 1).every((s) => s.status === 'duplicate')).toBe(true);
					expect(steps.filter((s) => s.status === 'refused')).toEqual([]);
				}
			),
			BUDGET
		);
	});

	it('keeps parts of two links apart, interleaved, and opens each whole', () => {
		fc.assert(
			fc.property(link, link, fc.array(fc.boolean(), { maxLength: 40 }), (a, b, picks) => {
				fc.pre(a !== b);
				const left = splitIntoParts(a);
				const right = splitIntoParts(b);
				const mixed: string[] = [];
				for (const pick of picks) {
					const from = pick ? left : right;
					if (from.length > 0) mixed.push(from.shift() as string);
				}
				mixed.push(...left, ...right);
				expect(completed(feed(mixed)).sort()).toEqual([a, b].sort());
			}),
			BUDGET
		);
	});

	it('refuses a tampered part, and the sequence stays open for the real one', () => {
		fc.assert(
			fc.property(link, fc.nat(), fc.nat(), (text, which, where) => {
				const parts = splitIntoParts(text);
				const index = which % parts.length;
				const original = parts[index] as string;
				const at = where % original.length;
				const swap = original[at] === 'B' ? 'C' : 'B';
				const tampered = original.slice(0, at) + swap + original.slice(at + 1);
				const collector = new SequenceCollector();
				expect(collector.add(tampered).status).toBe('refused');
				const steps = parts.map((p) => collector.add(p));
				expect(completed(steps)).toEqual([text]);
			}),
			BUDGET
		);
	});

	it('says which codes are still to read', () => {
		const parts = splitIntoParts(`https://factdeck.app/a#A1.${'QZ'.repeat(700)}`);
		expect(parts.length).toBeGreaterThan(3);
		const collector = new SequenceCollector();
		const all = parts.map((_, i) => i + 1);
		expect(collector.add(parts[2] as string)).toMatchObject({
			status: 'collecting',
			read: 1,
			missing: all.filter((n) => n !== 3)
		});
		expect(collector.add(parts[2] as string)).toMatchObject({
			status: 'duplicate',
			missing: all.filter((n) => n !== 3)
		});
		const steps = parts.slice(0, -1).map((p) => collector.add(p));
		expect(steps.at(-1)).toMatchObject({ status: 'collecting', missing: [parts.length] });
	});

	it('refuses a truncated part', () => {
		const [first = ''] = splitIntoParts(`https://factdeck.app/a#A1.${'Q'.repeat(900)}`);
		for (const cut of [3, 10, 20, first.length - 1]) {
			expect(readPart(first.slice(0, cut)).ok).toBe(false);
		}
	});

	it('refuses a count that lies, and a whole that does not match its id', () => {
		const text = `https://factdeck.app/a#A1.${'AB'.repeat(500)}`;
		const parts = splitIntoParts(text);
		expect(parts.length).toBeGreaterThan(2);
		// A part crafted with a checksum that fits but another count: the counts disagree.
		const collector = new SequenceCollector();
		collector.add(parts[0] as string);
		expect(collector.add(relabel(parts[1] as string, { count: parts.length + 1 }))).toEqual({
			status: 'refused',
			error: 'This code disagrees with the others about how many codes there are, so it is ignored.'
		});
		// The honest parts still open the link.
		expect(completed(parts.slice(1).map((p) => collector.add(p)))).toEqual([text]);
		// The same id and count but another link's slices: refused once joined, nothing comes out.
		const forged = parts.map((p, i) => (i === 0 ? p : relabel(p, { slice: 'XYZ' })));
		const steps = feed(forged);
		expect(completed(steps)).toEqual([]);
		expect(steps.at(-1)).toEqual({
			status: 'refused',
			error:
				'These codes do not fit together — stop scanning and ask for the codes or the link again.'
		});
	});

	it('says a link needs too many codes instead of making them', () => {
		expect(() => splitIntoParts('A'.repeat(400 * MAX_PARTS))).toThrow(/more than 99 codes/);
		expect(() => splitIntoParts('')).toThrow();
	});
});

/**
 * A part with fields replaced and its check recomputed, as someone who knows the format (it is
 * written in code-sequence.ts) would craft it: 20 bits of FNV-1a-32 of the rest, in base32.
 */
function relabel(part: string, change: { count?: number; slice?: string }): string {
	const [, id = '', index = '', count = '', , ...rest] = part.split('.');
	const slice = change.slice ?? rest.join('.');
	const head = `FQ1.${id}.${index}.${change.count ?? count}.`;
	const hash = new Uint8Array(4);
	new DataView(hash.buffer).setUint32(0, fnv1a32(new TextEncoder().encode(head + slice)));
	const crafted = `${head}${bytesToBase32(hash).slice(0, 4)}.${slice}`;
	expect(readPart(crafted).ok).toBe(true);
	return crafted;
}
