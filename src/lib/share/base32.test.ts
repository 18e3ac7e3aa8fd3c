import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import { base32ToBytes, bytesToBase32 } from './base32';

describe('base32', () => {
	it('round-trips any bytes', fuzzBudget, () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				expect(base32ToBytes(bytesToBase32(bytes))).toEqual(bytes);
			}),
			fuzzRuns(100)
		);
	});

	it('matches RFC 4648 test vectors (without padding)', () => {
		const enc = (s: string) => bytesToBase32(new TextEncoder().encode(s));
		expect(enc('f')).toBe('MY');
		expect(enc('foob')).toBe('MZXW6YQ');
		expect(enc('foobar')).toBe('MZXW6YTBOI');
	});

	it('ignores case and refuses foreign characters or impossible lengths', () => {
		expect(base32ToBytes('mzxw6ytboi')).toEqual(new TextEncoder().encode('foobar'));
		expect(base32ToBytes('MZX=')).toBeNull();
		expect(base32ToBytes('MZ1')).toBeNull();
		expect(base32ToBytes('M')).toBeNull();
	});
});
