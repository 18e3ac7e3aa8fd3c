import { describe, expect, it } from 'vitest';
import { cameraFrame, drawCode, gaussianBlur, qrModules } from './camera-frame';

describe('camera frames for the QR tests', () => {
	it('blurs by a Gaussian of the given σ, keeping the light that was there', () => {
		const size = 41;
		const point = new Float32Array(size * size);
		point[20 * size + 20] = 1;
		const blurred = gaussianBlur(point, size, size, 2);
		const total = blurred.reduce((a, b) => a + b, 0);
		expect(total).toBeCloseTo(1, 5);
		// The spread along one axis: the variance of a Gaussian is σ².
		let variance = 0;
		for (let x = 0; x < size; x++) {
			let column = 0;
			for (let y = 0; y < size; y++) column += blurred[y * size + x] ?? 0;
			variance += column * (x - 20) ** 2;
		}
		expect(variance).toBeCloseTo(4, 1);
	});

	it('draws the code with its quiet zone, scaled by area into the frame', () => {
		const grid = qrModules('HELLO', 'L');
		expect(grid).toHaveLength(21 + 8);
		const drawn = drawCode(grid, 29, 100, 50);
		// One pixel a module: the top-left finder's corner is dark, the quiet zone light.
		const left = Math.round((100 - 29) / 2);
		const top = Math.round((50 - 29) / 2);
		expect(drawn[(top + 4) * 100 + left + 4]).toBe(0);
		expect(drawn[top * 100 + left]).toBe(1);
		const frame = cameraFrame('HELLO', { side: 250, sigma: 2 });
		expect([frame.width, frame.height, frame.data.length]).toEqual([1280, 720, 1280 * 720 * 4]);
	});
});
