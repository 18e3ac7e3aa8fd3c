// 10,000 hostile links against both decoders: every one must come back as a value that passes
// validation or as a readable error — never an exception.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { Outcome } from '$lib/types';
import { decodeAssignment, encodeAssignment } from './assignment';
import { base32ToBytes, bytesToBase32 } from './base32';
import { MAX_LINK_CHARS, sealDeflated } from './envelope';
import { payloadFromLink } from './link';
import { decodeResult, encodeResult } from './result';
import { assignment as anyAssignment, result as anyResult } from './test-arbitraries';

function expectSafe(outcome: Outcome<unknown>) {
	if (outcome.ok) return;
	expect(typeof outcome.error).toBe('string');
	expect(outcome.error.length).toBeGreaterThan(10);
}

function feed(link: string) {
	// Any exception escaping a decoder fails the test here.
	const assignment = decodeAssignment(payloadFromLink(link));
	const result = decodeResult(payloadFromLink(link));
	expectSafe(assignment);
	expectSafe(result);
	// A decoded value re-encodes, i.e. it met every limit the encoder enforces.
	if (assignment.ok) expect(() => encodeAssignment(assignment.value)).not.toThrow();
	if (result.ok) expect(() => encodeResult(result.value)).not.toThrow();
	return { assignment, result };
}

const validLink = fc.oneof(anyAssignment.map(encodeAssignment), anyResult.map(encodeResult));

function flipBit(payload: string, position: number): string {
	const [head, body = ''] = payload.split(/(?<=\.)/);
	const bytes = base32ToBytes(body);
	if (!bytes || bytes.length === 0) return payload;
	const bit = position % (bytes.length * 8);
	bytes[bit >> 3]! ^= 1 << (bit & 7);
	return head + bytesToBase32(bytes);
}

describe('decoders under fuzz (10,000 links)', fuzzBudget, () => {
	it('random text, with and without a plausible header (3,000)', () => {
		const junk = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.string({ maxLength: 200, unit: 'binary' }),
			fc
				.string({ maxLength: 300, unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') })
				.map((s) => `A1.${s}`),
			fc
				.string({ maxLength: 300, unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') })
				.map((s) => `R1.${s}`),
			fc.string({ maxLength: 100 }).map((s) => `https://factdeck.app/a#${s}`)
		);
		fc.assert(
			fc.property(junk, (link) => void feed(link)),
			fuzzRuns(3000)
		);
	});

	it('truncated links (2,000) are refused', () => {
		const cut = validLink.chain((link) =>
			fc.integer({ min: 0, max: link.length - 1 }).map((n) => link.slice(0, n))
		);
		fc.assert(
			fc.property(cut, (link) => {
				const { assignment, result } = feed(link);
				expect(assignment.ok || result.ok).toBe(false);
			}),
			fuzzRuns(2000)
		);
	});

	it('bit-flipped links (2,000) are refused', () => {
		const flipped = fc
			.tuple(validLink, fc.nat())
			.map(([link, position]) => flipBit(link, position));
		fc.assert(
			fc.property(flipped, (link) => {
				const { assignment, result } = feed(link);
				expect(assignment.ok || result.ok).toBe(false);
			}),
			fuzzRuns(2000)
		);
	});

	it('well-sealed junk: random bytes and random JSON with a valid checksum (2,000)', () => {
		const kind = fc.constantFrom('assignment' as const, 'result' as const);
		const sealedBytes = fc
			.tuple(kind, fc.uint8Array({ minLength: 2, maxLength: 300 }))
			.map(([k, bytes]) => sealDeflated(k, bytes));
		const sealedJson = fc
			.tuple(kind, fc.jsonValue({ maxDepth: 4 }))
			.map(([k, json]) =>
				sealDeflated(k, deflateSync(new TextEncoder().encode(JSON.stringify(json) ?? 'null')))
			);
		fc.assert(
			fc.property(fc.oneof(sealedBytes, sealedJson), (link) => void feed(link)),
			fuzzRuns(2000)
		);
	});

	it('oversized, future-version and zip-bomb links (1,000) get their own messages', () => {
		const oversized = fc
			.integer({ min: MAX_LINK_CHARS + 1, max: MAX_LINK_CHARS + 5000 })
			.map((n) => 'A1.' + 'A'.repeat(n));
		fc.assert(
			fc.property(oversized, (link) => {
				expect(feed(link).assignment).toEqual({
					ok: false,
					error: expect.stringMatching(/too long \(over 64 KB\)/)
				});
			}),
			fuzzRuns(310)
		);
		const future = fc
			.tuple(validLink, fc.integer({ min: 3, max: 999 }))
			.map(([link, version]) => link.replace(/^([AR])1\./, `$1${version}.`));
		fc.assert(
			fc.property(future, (link) => {
				const { assignment, result } = feed(link);
				const refused = link.startsWith('A') ? assignment : result;
				expect(refused).toEqual({ ok: false, error: expect.stringMatching(/newer Factdeck/) });
			}),
			fuzzRuns(690)
		);
		const bomb = new Uint8Array(10 * 1024 * 1024).fill(0x20);
		for (const kind of ['assignment', 'result'] as const) {
			const link = sealDeflated(kind, deflateSync(bomb, { level: 9 }));
			expect(link.length).toBeLessThan(MAX_LINK_CHARS);
			const { assignment, result } = feed(link);
			expect(kind === 'assignment' ? assignment : result).toEqual({
				ok: false,
				error: expect.stringMatching(/too much data/)
			});
		}
	});
});
