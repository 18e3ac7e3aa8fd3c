import { describe, expect, it } from 'vitest';
import { payloadFromLink, payloadsFromText } from './link';

describe('payloadFromLink', () => {
	it('takes the fragment of a full link', () => {
		expect(payloadFromLink('https://factdeck.app/a#A1.MZXW6')).toBe('A1.MZXW6');
	});

	it('accepts a bare payload, and ignores text and punctuation around the link', () => {
		expect(payloadFromLink(' A1.MZXW6 ')).toBe('A1.MZXW6');
		expect(payloadFromLink('My result: https://factdeck.app/teach/result#R1.MZXW6. Thanks!')).toBe(
			'R1.MZXW6'
		);
		expect(payloadFromLink('(https://factdeck.app/a#a1.mzxw6)')).toBe('a1.mzxw6');
	});

	it('hands text without a payload to the decoder to explain', () => {
		expect(payloadFromLink('https://factdeck.app/a#nonsense')).toBe('nonsense');
		expect(payloadFromLink('   ')).toBe('');
		const huge = 'x'.repeat(70_000);
		expect(payloadFromLink(huge)).toBe(huge);
	});
});

describe('payloadsFromText', () => {
	it('finds every link in pasted text', () => {
		const text =
			'Results:\nhttps://f.app/teach/result#R1.AA\n\nR1.BB, https://f.app/teach/result#R1.CC';
		expect(payloadsFromText(text)).toEqual(['R1.AA', 'R1.BB', 'R1.CC']);
	});

	it('returns nothing for blank text', () => {
		expect(payloadsFromText(' \n ')).toEqual([]);
	});
});
