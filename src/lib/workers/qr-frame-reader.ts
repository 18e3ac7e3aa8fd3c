// Reads QR codes from a playing camera video: the browser's BarcodeDetector where it exists and
// reads QR codes (Chrome on Android), otherwise zxing-wasm in a Web Worker (iPhone, Firefox,
// desktop Chrome), fed one frame at a time so a slow phone never queues frames up.
import { decoderChannel } from './decoder-channel';

export interface FrameReader {
	/** Which decoder reads the frames. */
	kind: 'native' | 'worker';
	/** The text of every QR code in the video's current frame. */
	read(video: HTMLVideoElement): Promise<string[]>;
	close(): void;
}

interface Detector {
	detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats?(): Promise<string[]>;
}

// Frames wider than this are scaled down first: a QR code a phone can read is never finer.
const MAX_FRAME_WIDTH = 1280;

async function nativeReader(): Promise<FrameReader | undefined> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	if (!Native) return undefined;
	const formats: string[] = await (Native.getSupportedFormats?.() ?? Promise.resolve([])).catch(
		() => []
	);
	if (!formats.includes('qr_code')) return undefined;
	const detector = new Native({ formats: ['qr_code'] });
	return {
		kind: 'native',
		read: async (video) => (await detector.detect(video)).map((code) => code.rawValue),
		close: () => {}
	};
}

function workerReader(): FrameReader {
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	const channel = decoderChannel(
		() => new Worker(new URL('./qr-scan.worker.ts', import.meta.url), { type: 'module' })
	);
	return {
		kind: 'worker',
		async read(video) {
			if (!context || video.videoWidth === 0) return [];
			const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
			canvas.width = Math.round(video.videoWidth * scale);
			canvas.height = Math.round(video.videoHeight * scale);
			context.drawImage(video, 0, 0, canvas.width, canvas.height);
			const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
			return channel.decode({ data, width, height });
		},
		close: () => channel.close()
	};
}

/** The best reader this browser has. */
export async function frameReader(): Promise<FrameReader> {
	return (await nativeReader()) ?? workerReader();
}
