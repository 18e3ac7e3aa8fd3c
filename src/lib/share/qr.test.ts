import { describe, expect, it } from 'vitest';
import { fitsProjectorQr, qrSvg, qrVersion, svgDataUrl } from './qr';

describe('qr', () => {
	it('measures the version a text needs', () => {
		expect(qrVersion('HELLO')).toBe(1);
		expect(qrVersion('x'.repeat(500), 'L')).toBeGreaterThan(10);
		expect(qrVersion('x'.repeat(5000))).toBeNull();
		expect(fitsProjectorQr('https://factdeck.app/a#A1.ABC')).toBe(true);
		expect(fitsProjectorQr('x'.repeat(2000))).toBe(false);
	});

	it('draws an SVG that works as an image source', async () => {
		const svg = await qrSvg('https://factdeck.app/a#A1.ABC');
		expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svgDataUrl(svg)).toMatch(/^data:image\/svg\+xml,%3Csvg/);
	});

	it('rejects text no QR code can hold', async () => {
		await expect(qrSvg('x'.repeat(5000))).rejects.toThrow();
	});
});
