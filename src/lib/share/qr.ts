// QR codes through the qrcode library. Measured (`npm run bench:share`): a code drawn 250 px wide
// in a 1280×720 camera frame and blurred (σ 2), as a phone at the back of a classroom sees a
// projected code, reads up to version 9 (53×53 modules); larger versions need the code larger.
import QRCode from 'qrcode';

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

/**
 * Low correction (7 %): a projected or on-screen code is never torn or dirty, and at a given
 * display size a lower version means bigger modules, which is what lets a phone read it from
 * further back (20 questions: version 33 at L against 38 at M).
 */
export const DEFAULT_QR_LEVEL: QrErrorLevel = 'L';
export const MAX_PRACTICAL_QR_VERSION = 9;

/** The QR version (1–40) the text needs, or `null` when it does not fit in any QR code. */
export function qrVersion(text: string, level: QrErrorLevel = DEFAULT_QR_LEVEL): number | null {
	try {
		return QRCode.create(text, { errorCorrectionLevel: level }).version;
	} catch {
		return null;
	}
}

/** Whether the text fits one QR code a phone reads from the back of a classroom. */
export function fitsProjectorQr(text: string, level: QrErrorLevel = DEFAULT_QR_LEVEL): boolean {
	const version = qrVersion(text, level);
	return version !== null && version <= MAX_PRACTICAL_QR_VERSION;
}

/** An SVG document (a string); rejects when the text is too long for any QR code. */
export function qrSvg(text: string, level: QrErrorLevel = DEFAULT_QR_LEVEL): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: level, margin: 4 });
}

/** For `<img src>`: no `{@html}` needed, and the SVG cannot run script inside an img. */
export function svgDataUrl(svg: string): string {
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
