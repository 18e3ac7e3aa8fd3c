import { describe, expect, it } from 'vitest';
import { englishShare, latinShare, normaliseText } from './text';

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
