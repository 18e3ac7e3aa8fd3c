// A QR code as a camera would see it on a projector screen, for tests and the share benchmark:
// the code drawn into a larger frame, scaled down by area averaging (how a sensor integrates
// light) and blurred by a Gaussian (focus and motion). Pixels are RGBA, like the canvas's
// ImageData that the scanner decodes.
import QRCode from 'qrcode';
import type { QrErrorLevel } from './qr';

export interface Frame {
	width: number;
	height: number;
	/** RGBA, 4 bytes a pixel. */
	data: Uint8ClampedArray;
}

/** The code's modules with `margin` light modules around them: true is dark. */
export function qrModules(text: string, level: QrErrorLevel, margin = 4): boolean[][] {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: level });
	const size = modules.size + 2 * margin;
	return Array.from({ length: size }, (_, y) =>
		Array.from({ length: size }, (_, x) => {
			const mx = x - margin;
			const my = y - margin;
			return mx >= 0 && my >= 0 && mx < modules.size && my < modules.size
				? modules.get(my, mx) === 1
				: false;
		})
	);
}

/**
 * A grey `width`×`height` frame with the code (quiet zone included) drawn `side` pixels wide in
 * its centre; each pixel is the share of dark module area it covers.
 */
export function drawCode(
	grid: boolean[][],
	side: number,
	width = 1280,
	height = 720
): Float32Array {
	const light = 1;
	const frame = new Float32Array(width * height).fill(0.85);
	const n = grid.length;
	const left = Math.round((width - side) / 2);
	const top = Math.round((height - side) / 2);
	const scale = n / side;
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			// Area average of the modules under this pixel: [x, x+1) in pixels is [x*scale, (x+1)*scale).
			let dark = 0;
			const x0 = x * scale;
			const x1 = x0 + scale;
			const y0 = y * scale;
			const y1 = y0 + scale;
			for (let my = Math.floor(y0); my < Math.min(n, Math.ceil(y1)); my++) {
				const hy = Math.min(y1, my + 1) - Math.max(y0, my);
				for (let mx = Math.floor(x0); mx < Math.min(n, Math.ceil(x1)); mx++) {
					if (!grid[my]?.[mx]) continue;
					dark += hy * (Math.min(x1, mx + 1) - Math.max(x0, mx));
				}
			}
			frame[(top + y) * width + left + x] = light - dark / (scale * scale);
		}
	}
	return frame;
}

function gaussianKernel(sigma: number): Float32Array {
	const radius = Math.ceil(3 * sigma);
	const kernel = new Float32Array(2 * radius + 1);
	let sum = 0;
	for (let i = -radius; i <= radius; i++) {
		const weight = Math.exp(-(i * i) / (2 * sigma * sigma));
		kernel[i + radius] = weight;
		sum += weight;
	}
	return kernel.map((w) => w / sum);
}

/** Separable Gaussian blur; edges repeat the border pixel. */
export function gaussianBlur(
	pixels: Float32Array,
	width: number,
	height: number,
	sigma: number
): Float32Array {
	const kernel = gaussianKernel(sigma);
	const radius = (kernel.length - 1) / 2;
	const pass = (source: Float32Array, horizontal: boolean) => {
		const out = new Float32Array(source.length);
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				let sum = 0;
				for (let k = -radius; k <= radius; k++) {
					const sx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
					const sy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
					sum += (kernel[k + radius] ?? 0) * (source[sy * width + sx] ?? 0);
				}
				out[y * width + x] = sum;
			}
		}
		return out;
	};
	return pass(pass(pixels, true), false);
}

/** Grey levels (0 dark – 1 light) as an RGBA frame. */
export function toRgba(pixels: Float32Array, width: number, height: number): Frame {
	const data = new Uint8ClampedArray(width * height * 4);
	for (let i = 0; i < pixels.length; i++) {
		const grey = Math.round((pixels[i] ?? 0) * 255);
		data.set([grey, grey, grey, 255], i * 4);
	}
	return { width, height, data };
}

/** The code of `text`, `side` px wide (quiet zone included) in a 1280×720 frame, blurred by σ. */
export function cameraFrame(
	text: string,
	{ side = 250, sigma = 2, level = 'L' as QrErrorLevel } = {}
): Frame {
	const width = 1280;
	const height = 720;
	const drawn = drawCode(qrModules(text, level), side, width, height);
	return toRgba(sigma > 0 ? gaussianBlur(drawn, width, height, sigma) : drawn, width, height);
}
