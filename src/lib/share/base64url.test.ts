import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';

describe('base64url', () => {
	it('writes the RFC 4648 test vectors without padding', () => {
		const vectors = ['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy'];
		vectors.forEach((expected, n) => {
			expect(bytesToBase64Url(new TextEncoder().encode('foobar'.slice(0, n)))).toBe(expected);
		});
		expect(bytesToBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
	});

	it('round-trips any bytes (property)', fuzzBudget, () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
			}),
			fuzzRuns(300)
		);
	});

	it('refuses padding, other alphabets, impossible lengths and second spellings', () => {
		for (const text of ['Zg==', 'Zm+v', 'Zm/v', 'Z', 'Zm9vY', 'Zh', 'a b']) {
			expect(base64UrlToBytes(text)).toBeNull();
		}
	});
});
