import { describe, expect, it } from 'vitest';
import { englishShare, latinShare, normaliseText, sourceTypo, withoutRelativeTime } from './text';

describe('normaliseText', () => {
	it('normalises quotes, dashes and spaces', () => {
		expect(normaliseText('“Moscow’s” war — 1990–1995\u00a0 now')).toBe(
			'"Moscow\'s" war - 1990-1995 now'
		);
	});

	it('drops scripts, styles, tags and emoji but keeps the prose', () => {
		const html =
			'<p>Troops <b>arrived</b>.</p><script>var x = "<p>";</script><style>p{}</style>🚀 Done &amp; dusted.';
		expect(normaliseText(html)).toBe('Troops arrived.\nDone & dusted.');
	});

	it('survives an unclosed script element', () => {
		expect(normaliseText('Text before. <script>never closed')).toBe('Text before.');
	});

	it("drops an agency's tag before the lead, with or without a dash", () => {
		expect(normaliseText('(CNN) The mayor of Brindle opened the terminal.')).toBe(
			'The mayor of Brindle opened the terminal.'
		);
		expect(normaliseText('OSLO (Reuters) - The mayor opened it.')).toBe('The mayor opened it.');
		// Datelines with the day in brackets, or a place and a country before them.
		expect(normaliseText('HARLOW, England (March 2, 2024) - The river rose.')).toBe(
			'The river rose.'
		);
		expect(normaliseText('OSLO (January 24, 2017) - The mayor opened it.')).toBe(
			'The mayor opened it.'
		);
		expect(normaliseText('BRINDLE, March 3 (Reuters) - The mayor opened it.')).toBe(
			'The mayor opened it.'
		);
		expect(normaliseText('OSLO \u2014 The mayor opened it.')).toBe('The mayor opened it.');
		expect(normaliseText('OSLO, Jan. 5, 2024 - The mayor opened it.')).toBe('The mayor opened it.');
		// Not an agency: an aside in brackets stays.
		expect(normaliseText('(Updated) The mayor opened it.')).toBe('(Updated) The mayor opened it.');
	});

	it('drops a dateline in capitals that lost its "(Reuters) -"', () => {
		expect(normaliseText("BRINDLE Harlow's mayor opened the terminal.")).toBe(
			"Harlow's mayor opened the terminal."
		);
		expect(normaliseText('KELBY, Ohio Engineer Ann Berg opened the terminal.')).toBe(
			'Engineer Ann Berg opened the terminal.'
		);
		expect(normaliseText('PORT HARLOW Back in 2008, the pier closed.')).toBe(
			'Back in 2008, the pier closed.'
		);
		expect(normaliseText('OSLO Norway opened the terminal.')).toBe('Norway opened the terminal.');
		// Initials and headings in capitals are not places.
		for (const line of [
			'NASA Administrator Ann Berg opened the terminal.',
			'UNICEF Executive Director Ann Berg opened it.',
			'US President Ann Berg opened the terminal.',
			'BBC Sport understands the terminal opened.',
			'HARBOUR PLANS'
		])
			expect(normaliseText(line)).toBe(line);
	});

	it('strips Markdown decoration', () => {
		expect(normaliseText('## Heading\n\n- **Bold** [link](http://x.y) text')).toBe(
			'Heading\nBold link text'
		);
	});
});

describe('language checks', () => {
	it('tells English prose from other scripts', () => {
		expect(latinShare('Северная Корея направила войска')).toBeLessThan(0.2);
		expect(latinShare('North Korea sent troops')).toBe(1);
		expect(englishShare('The troops were sent to the front in the spring.')).toBeGreaterThan(0.2);
		expect(englishShare('Les soldats sont partis vers le front au printemps.')).toBeLessThan(0.08);
	});
});

describe('withoutRelativeTime and sourceTypo', () => {
	it('drops a weekday or "last <month>" that no date anchors, and keeps dated ones', () => {
		expect(withoutRelativeTime('The mayor was criticised Tuesday for closing the pool.')).toBe(
			'The mayor was criticised for closing the pool.'
		);
		expect(withoutRelativeTime('On Monday, the council voted to close the pool.')).toBe(
			'The council voted to close the pool.'
		);
		expect(withoutRelativeTime('The rocket failed last October.')).toBe('The rocket failed.');
		expect(withoutRelativeTime('The council met on Tuesday, 4 March 2021.')).toBe(
			'The council met on Tuesday, 4 March 2021.'
		);
		expect(withoutRelativeTime("Last year's figures were poor.")).toBe(
			"Last year's figures were poor."
		);
	});

	it('tells a space before a possessive', () => {
		expect(sourceTypo("Acme bought 40 of Zeta 's trucks.")).toBe(true);
		expect(sourceTypo("Acme bought 40 of Zeta's trucks.")).toBe(false);
		expect(sourceTypo('The board, with Berg has claiming a win, met.')).toBe(true);
		expect(sourceTypo('Acme has nothing to add.')).toBe(false);
	});
});
