import { describe, expect, it } from 'vitest';
import { payloadFromLink, payloadsFromText } from './link';

describe('payloadFromLink', () => {
	it('takes the fragment of a full link', () => {
		expect(payloadFromLink('https://factdeck.app/a#A1.MZXW6')).toBe('A1.MZXW6');
	});
	it('accepts a bare payload and a link broken over lines', () => {
		expect(payloadFromLink(' A1.MZXW6 ')).toBe('A1.MZXW6');
		expect(payloadFromLink('https://factdeck.app/a#A1.MZ\nXW6')).toBe('A1.MZXW6');
	});
	it('leaves oversized text alone for the decoder to refuse', () => {
		const huge = 'x'.repeat(70_000);
		expect(payloadFromLink(huge)).toBe(huge);
	});
});

describe('payloadsFromText', () => {
	it('finds every link in pasted text', () => {
		const text = 'https://f.app/teach/result#R1.AA\n\nR1.BB, https://f.app/teach/result#R1.CC';
		expect(payloadsFromText(text)).toEqual(['R1.AA', 'R1.BB', 'R1.CC']);
	});
});
