// npm run bench:study — the study core on chromium's real IndexedDB.
// Bundles scripts/bench/study-page.ts (with lib/db, lib/srs and lib/study) for the browser
// (esbuild), serves it on a page of its own, fills the database with 10,000 cards and 100,000 reviews, and prints: time to load
// today's due queue, answer-to-next-card time (p50/p95), progress statistics time, database size.
// Targets (issue 4): due queue < 50 ms, answer-to-next-card p95 < 16 ms, statistics < 300 ms.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { buildDirs } from './build-dirs.js';
import { serveBuild } from './serve.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CARDS = Number(process.env.BENCH_CARDS ?? 10_000);
const REVIEWS_PER_CARD = Number(process.env.BENCH_REVIEWS_PER_CARD ?? 10);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 200);
const SCREEN_ANSWERS = Number(process.env.BENCH_SCREEN_ANSWERS ?? 60);

/** The page side (scripts/bench/study-page.ts, with the app's modules) bundled for the browser. */
async function bundle() {
	const result = await build({
		entryPoints: [path.join(root, 'scripts/bench/study-page.ts')],
		bundle: true,
		format: 'esm',
		target: 'es2022',
		write: false,
		alias: { $lib: path.join(root, 'src/lib') },
		logLevel: 'warning'
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error('esbuild wrote no bundle for scripts/bench/study-page.ts');
	return output.text;
}

/**
 * Serves a blank page that loads the bundle.
 * @param {string} script
 * @returns {Promise<http.Server>}
 */
function serve(script) {
	const server = http.createServer((req, res) => {
		if (req.url === '/bench.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(script);
		} else {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end('<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>');
		}
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** @param {number} ms */
const fmt = (ms) => `${ms.toFixed(1)} ms`;
/** @param {number} value @param {number} target */
const verdict = (value, target) => (value < target ? 'ok' : 'OVER TARGET');
/** @param {readonly number[]} values @param {number} q */
const percentile = (values, q) =>
	[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ??
	NaN;

const script = await bundle();
const server = await serve(script);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage();
	page.on('pageerror', (error) => console.error('page error:', error));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	await page.goto(`http://127.0.0.1:${address.port}/`);
	await page.waitForFunction(() => window.benchReady === true);
	console.log(
		`Filling chromium IndexedDB: ${CARDS} cards, ~${CARDS * REVIEWS_PER_CARD} reviews ...`
	);
	const r = await page.evaluate((opts) => window.runBench(opts), {
		cards: CARDS,
		reviewsPerCard: REVIEWS_PER_CARD,
		answers: ANSWERS
	});
	console.log(
		`filled ${r.counts.cards} cards, ${r.counts.reviews} reviews in ${(r.fillMs / 1000).toFixed(1)} s`
	);
	console.log(
		`due queue load:         median ${fmt(r.queue.median)}, max ${fmt(r.queue.max)} (${r.queue.size} cards, ${r.queue.due} due)  target < 50 ms: ${verdict(r.queue.median, 50)}`
	);
	console.log(
		`answer -> next card:    p50 ${fmt(r.answer.p50)}, p95 ${fmt(r.answer.p95)}, max ${fmt(r.answer.max)} over ${r.answer.n} answers (strict durability; rendering excluded)  target p95 < 16 ms: ${verdict(r.answer.p95, 16)}`
	);
	console.log(
		`progress statistics:    median ${fmt(r.progress.median)}, max ${fmt(r.progress.max)}  target < 300 ms: ${verdict(r.progress.median, 300)}`
	);
	console.log(
		'  (computing them from the whole log instead: ' +
			Object.entries(r.progress.breakdown)
				.map(([name, ms]) => `${name} ${fmt(ms)}`)
				.join(', ') +
			')'
	);
	console.log(
		`database size (storage estimate): ${r.usageBytes === null ? 'unknown' : (r.usageBytes / 1024 / 1024).toFixed(1) + ' MB'}`
	);
	await benchScreens(browser, script);
} finally {
	await browser.close();
	server.close();
}

// Phase 2: the same data in the built app's own origin, measured on its screens: how long the
// review screen takes to show its first card, and how long from pressing a rating key to the
// next flashcard being in the DOM and painted (the answer is stored first, strict durability).
/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} script the bundled page side
 */
async function benchScreens(browser, script) {
	const dir = path.join(root, buildDirs().pages);
	if (!existsSync(path.join(dir, 'index.html'))) {
		console.log(`screens: skipped, no build in ${buildDirs().pages}/ (build the app first)`);
		return;
	}
	const app = await serveBuild({ port: 0, buildDir: dir });
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	try {
		const page = await context.newPage();
		page.on('pageerror', (error) => console.error('page error:', error));
		await page.goto(`${app.url}/settings`);
		await page.addScriptTag({ content: script, type: 'module' });
		await page.waitForFunction(() => window.benchReady === true);
		const filled = await page.evaluate((opts) => window.fillBench(opts), {
			cards: CARDS,
			reviewsPerCard: REVIEWS_PER_CARD,
			saveSets: true
		});
		console.log(
			`screens (built app, ${buildDirs().pages}/): filled ${filled.counts.cards} cards, ${filled.counts.reviews} reviews as ${Math.round(CARDS / 200)} sets made on the device`
		);

		const reviewReady = [];
		for (let i = 0; i < 3; i++) {
			await page.goto(`${app.url}/review`);
			await page.locator('.flashcard, .question').first().waitFor({ timeout: 60_000 });
			reviewReady.push(await page.evaluate(() => performance.now()));
		}
		console.log(
			`review screen, navigation to first card (page load, ${Math.round(CARDS / 200)} sets read, queue): median ${fmt(percentile(reviewReady, 0.5))} of 3`
		);

		await page.goto(`${app.url}/study/flashcards#bench-0`);
		/** @type {{ dom: number[]; frame: number[] }} */
		const times = { dom: [], frame: [] };
		for (let i = 0; i < SCREEN_ANSWERS; i++) {
			await page.locator('.flip').waitFor();
			await page.keyboard.press('Space');
			await page.locator('.ratings').waitFor();
			const t = /** @type {{ dom: number; frame: number }} */ (
				await page.evaluate(
					() =>
						new Promise((resolve) => {
							const before = document.querySelector('#card-front');
							const summary = () => document.querySelector('#summary-heading');
							const observer = new MutationObserver(() => {
								const front = document.querySelector('#card-front');
								if ((front && front !== before) || summary()) {
									observer.disconnect();
									const dom = performance.now() - t0;
									requestAnimationFrame(() =>
										setTimeout(() => resolve({ dom, frame: performance.now() - t0 }))
									);
								}
							});
							observer.observe(document.body, { childList: true, subtree: true });
							const t0 = performance.now();
							window.dispatchEvent(new KeyboardEvent('keydown', { key: '3' }));
						})
				)
			);
			times.dom.push(t.dom);
			times.frame.push(t.frame);
			if (await page.locator('#summary-heading').count()) {
				await page.getByRole('button', { name: 'Study more' }).click();
			}
		}
		console.log(
			`answer -> next card on screen (flashcards, key "3" to the next card): in the DOM p50 ${fmt(percentile(times.dom, 0.5))}, p95 ${fmt(percentile(times.dom, 0.95))} over ${SCREEN_ANSWERS} answers  target p95 < 16 ms: ${verdict(percentile(times.dom, 0.95), 16)}\n` +
				`  painted (the DOM time plus the wait for the next frame, up to 16.7 ms at 60 Hz): p50 ${fmt(percentile(times.frame, 0.5))}, p95 ${fmt(percentile(times.frame, 0.95))}`
		);
	} finally {
		await context.close();
		await app.close();
	}
}
