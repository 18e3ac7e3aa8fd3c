// The page's side of the QR decoder worker: one request per frame, answers matched by id, and a
// worker that stops answering — stuck, or crashed (a crash reports nothing about its frame) — is
// replaced, so a scanner never waits forever on one frame while "Scanning" stays on screen.
import type { ScanFrame, ScanMessage, ScanRequest } from './qr-scan-protocol';

/** The part of a Web Worker the channel uses (a fake one in tests). */
export interface DecoderWorker {
	postMessage(message: ScanRequest, transfer: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<ScanMessage>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A frame the decoder has not answered in this long means the worker is stuck or gone. A phone
 * decodes a frame in well under a second; this is only the point of giving up on a worker.
 */
export const FRAME_ANSWER_LIMIT_MS = 10_000;

export interface DecoderChannel {
	/** The text of every QR code in the frame; rejects when the worker fails or falls silent. */
	decode(frame: ScanFrame): Promise<string[]>;
	close(): void;
}

interface Pending {
	resolve: (message: ScanMessage) => void;
	reject: (error: Error) => void;
	timer: ReturnType<typeof setTimeout>;
}

export function decoderChannel(
	spawn: () => DecoderWorker,
	limitMs = FRAME_ANSWER_LIMIT_MS
): DecoderChannel {
	const waiting = new Map<number, Pending>();
	let next = 0;
	let worker = start();

	function start(): DecoderWorker {
		const started = spawn();
		started.onmessage = (event) => {
			const pending = waiting.get(event.data.id);
			if (!pending) return;
			clearTimeout(pending.timer);
			waiting.delete(event.data.id);
			pending.resolve(event.data);
		};
		started.onerror = (event) => {
			event.preventDefault();
			restart('The code reader stopped.');
		};
		return started;
	}

	/** Fails every frame still waiting and starts a fresh worker for the next ones. */
	function restart(reason: string) {
		for (const pending of waiting.values()) {
			clearTimeout(pending.timer);
			pending.reject(new Error(reason));
		}
		waiting.clear();
		worker.terminate();
		worker = start();
	}

	return {
		async decode(frame) {
			const id = next++;
			const answer = new Promise<ScanMessage>((resolve, reject) => {
				const timer = setTimeout(() => restart('The code reader did not answer.'), limitMs);
				waiting.set(id, { resolve, reject, timer });
			});
			worker.postMessage({ id, frame }, [frame.data.buffer]);
			const message = await answer;
			if (message.kind === 'failed') throw new Error(message.error);
			return message.texts;
		},
		close() {
			for (const pending of waiting.values()) {
				clearTimeout(pending.timer);
				pending.reject(new Error('The code reader was closed.'));
			}
			waiting.clear();
			worker.terminate();
		}
	};
}
