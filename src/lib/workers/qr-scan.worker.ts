// Decodes camera frames off the main thread where the browser has no BarcodeDetector.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { ScanMessage, ScanRequest } from './qr-scan-protocol';
import { scanHandler, useQrWasm } from './qr-reader';

const scope = self as unknown as {
	postMessage(message: ScanMessage): void;
	onmessage: ((event: MessageEvent<ScanRequest>) => void) | null;
};

useQrWasm(wasmUrl);
const handle = scanHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
