// QR decoding with zxing-wasm (ZXing-C++), for browsers without BarcodeDetector (iPhone, Firefox).
// zxing-wasm fetches its .wasm from a CDN unless told otherwise: `useQrWasm` points it at the copy
// bundled with the app (precached by the service worker), so scanning works offline.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { messageOf } from '$lib/error-message';
import type { ScanFrame, ScanMessage, ScanRequest } from './qr-scan-protocol';

/**
 * Where the reader's .wasm comes from: the bundled asset's URL in the app, or its bytes (read from
 * the package) in Node, whose fetch cannot read files.
 */
export function useQrWasm(wasm: string | ArrayBuffer): void {
	const overrides =
		typeof wasm === 'string'
			? {
					locateFile: (path: string, prefix: string) =>
						path.endsWith('.wasm') ? wasm : prefix + path
				}
			: { wasmBinary: wasm };
	prepareZXingModule({ overrides, fireImmediately: false });
}

/** The text of every QR code found in the frame. */
export async function readQrCodes(frame: ScanFrame): Promise<string[]> {
	const results = await readBarcodes(frame as ImageData, {
		formats: ['QRCode'],
		tryHarder: true,
		maxNumberOfSymbols: 4
	});
	return results.filter((r) => r.isValid).map((r) => r.text);
}

/** The worker's message handler, apart from the worker so Node tests run the same path. */
export function scanHandler(post: (message: ScanMessage) => void) {
	return async ({ id, frame }: ScanRequest): Promise<void> => {
		const started = performance.now();
		try {
			const texts = await readQrCodes(frame);
			post({ id, kind: 'found', texts, ms: performance.now() - started });
		} catch (error) {
			post({ id, kind: 'failed', error: messageOf(error) });
		}
	};
}
