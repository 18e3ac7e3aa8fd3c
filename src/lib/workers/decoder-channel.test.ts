import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decoderChannel, type DecoderWorker } from './decoder-channel';
import type { ScanFrame, ScanMessage, ScanRequest } from './qr-scan-protocol';

/** A stand-in for the decoder worker: records requests; the test answers, crashes or stays silent. */
class FakeWorker implements DecoderWorker {
	requests: ScanRequest[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<ScanMessage>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	postMessage(message: ScanRequest) {
		this.requests.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	answer(message: ScanMessage) {
		this.onmessage?.({ data: message } as MessageEvent<ScanMessage>);
	}
	crash() {
		this.onerror?.({ preventDefault() {} } as ErrorEvent);
	}
}

const frame = (): ScanFrame => ({ width: 1, height: 1, data: new Uint8ClampedArray(4) });

describe('the channel to the QR decoder worker', () => {
	let workers: FakeWorker[];
	const spawn = () => {
		const worker = new FakeWorker();
		workers.push(worker);
		return worker;
	};
	beforeEach(() => {
		workers = [];
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it('matches each answer to its frame, whatever order they come in', async () => {
		const channel = decoderChannel(spawn);
		const first = channel.decode(frame());
		const second = channel.decode(frame());
		const [a, b] = workers[0]!.requests;
		workers[0]!.answer({ id: b!.id, kind: 'found', texts: ['second'], ms: 1 });
		workers[0]!.answer({ id: a!.id, kind: 'found', texts: ['first'], ms: 1 });
		await expect(first).resolves.toEqual(['first']);
		await expect(second).resolves.toEqual(['second']);
	});

	it('passes on a decoder failure as an error for that frame only', async () => {
		const channel = decoderChannel(spawn);
		const failed = channel.decode(frame());
		workers[0]!.answer({ id: workers[0]!.requests[0]!.id, kind: 'failed', error: 'bad frame' });
		await expect(failed).rejects.toThrow('bad frame');
		const next = channel.decode(frame());
		workers[0]!.answer({ id: workers[0]!.requests[1]!.id, kind: 'found', texts: [], ms: 1 });
		await expect(next).resolves.toEqual([]);
		expect(workers).toHaveLength(1);
	});

	it('replaces a worker that falls silent, and the next frame is read by the new one', async () => {
		const channel = decoderChannel(spawn, 10_000);
		const stuck = channel.decode(frame());
		const rejected = expect(stuck).rejects.toThrow('did not answer');
		vi.advanceTimersByTime(9_999);
		expect(workers).toHaveLength(1);
		vi.advanceTimersByTime(1);
		await rejected;
		expect(workers[0]!.terminated).toBe(true);
		expect(workers).toHaveLength(2);
		const next = channel.decode(frame());
		expect(workers[1]!.requests).toHaveLength(1);
		workers[1]!.answer({ id: workers[1]!.requests[0]!.id, kind: 'found', texts: ['FQ1.x'], ms: 1 });
		await expect(next).resolves.toEqual(['FQ1.x']);
	});

	it('fails the waiting frames of a worker that crashed and starts a fresh one', async () => {
		const channel = decoderChannel(spawn);
		const waiting = [channel.decode(frame()), channel.decode(frame())];
		workers[0]!.crash();
		for (const read of waiting) await expect(read).rejects.toThrow('stopped');
		expect(workers).toHaveLength(2);
		// A late answer from the old worker changes nothing.
		workers[0]!.answer({ id: 0, kind: 'found', texts: ['late'], ms: 1 });
		vi.advanceTimersByTime(60_000);
		expect(workers).toHaveLength(2);
	});

	it('answers nothing more once closed', async () => {
		const channel = decoderChannel(spawn);
		const open = channel.decode(frame());
		channel.close();
		await expect(open).rejects.toThrow('closed');
		expect(workers[0]!.terminated).toBe(true);
		vi.advanceTimersByTime(60_000);
		expect(workers).toHaveLength(1);
	});
});
