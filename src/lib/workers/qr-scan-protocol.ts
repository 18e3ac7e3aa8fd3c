// Messages between a page's QR scanner and the decoder's Web Worker.

/** RGBA pixels, as a canvas's ImageData holds them (transferable as a buffer). */
export interface ScanFrame {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

export interface ScanRequest {
	id: number;
	frame: ScanFrame;
}

export type ScanMessage =
	| { id: number; kind: 'found'; texts: string[]; ms: number }
	| { id: number; kind: 'failed'; error: string };
