// npm run bench:study — the study screens of the built app, on chromium's real IndexedDB filled
// with 10,000 cards and 100,000 reviews (50 sets made on the device), under chromium's CPU
// throttling of 4x (as Lighthouse's mobile profile), so the figures stand for a mid-range phone
// and depend less on what else the machine runs. It drives the screens as a person does (Show
// answer, Good, the next card) and never calls the app's modules, so it holds while they change.
// Prints, with the load average next to each figure:
//   /review, from navigation to the first card in the DOM       target <= 500 ms
//   answer -> next card in the DOM (p50, p95)                   target p95 <= 16 ms
//     and -> painted (the frame after it: requestAnimationFrame, then a task); the answer that
//     ends a session shows the summary instead, and is reported on a line of its own
//   progress statistics, from "Loading…" to the figures shown    target <= 300 ms
// Runs at real-time priority where it may (scripts/bench/priority.js), so other work on the
// machine does not add to the figures. Needs a build (npm run build). BENCH_CARDS, BENCH_REVIEWS_PER_CARD, BENCH_SCREEN_ANSWERS and
// BENCH_CPU_SLOWDOWN change the sizes and the throttling.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { buildDirs } from './build-dirs.js';
import { serveBuild } from './serve.js';
import { fillPageScript } from './bench/fill-page.js';
import { atSteadyPriority } from './bench/priority.js';

const priority = atSteadyPriority();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CARDS = Number(process.env.BENCH_CARDS ?? 10_000);
const REVIEWS_PER_CARD = Number(process.env.BENCH_REVIEWS_PER_CARD ?? 10);
const SCREEN_ANSWERS = Number(process.env.BENCH_SCREEN_ANSWERS ?? 60);
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 4);
const LOADS = 3;
const SETS = Math.max(1, Math.round(CARDS / 200));

/** @param {number} ms */
const fmt = (ms) => `${ms.toFixed(1)} ms`;
/** @param {number} value @param {number} target */
const verdict = (value, target) => (value <= target ? 'ok' : 'OVER TARGET');
/** @param {readonly number[]} values @param {number} q */
const percentile = (values, q) =>
	[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ??
	NaN;
const load = () => `load ${loadavg()[0]?.toFixed(2) ?? '?'}`;

/**
 * Before any of the page's own scripts: notes when the first card and when the progress figures
 * enter the DOM (a card is an <article> in <main>; the figures replace the "Loading…" status).
 */
function watchScreens() {
	const marks = /** @type {Record<string, number>} */ ({});
	Object.assign(window, { benchMarks: marks });
	new MutationObserver(() => {
		const main = document.querySelector('main');
		if (!main) return;
		if (!marks.card && main.querySelector('article')) marks.card = performance.now();
		const loading = [...main.querySelectorAll('[role="status"]')].some((el) =>
			/Loading/.test(el.textContent ?? '')
		);
		if (loading && !marks.loading) marks.loading = performance.now();
		if (marks.loading && !loading && !marks.figures && main.querySelector('section')) {
			marks.figures = performance.now();
		}
	}).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Presses Good on the shown answer and resolves once the next card (or the end of the session)
 * is in the DOM (the rating buttons are gone and a "Show answer" button or a heading stands
 * there) and has been painted (the frame after it). `ended` says the session's summary came.
 * @returns {Promise<{ dom: number, painted: number, ended: boolean }>} milliseconds, NaN if
 *   nothing came within 10 s
 */
function answerGood() {
	return new Promise((resolve) => {
		const buttons = () => [...document.querySelectorAll('main button')];
		const good = buttons().find((b) => /^\s*Good\b/.test(b.textContent ?? ''));
		if (!(good instanceof HTMLButtonElement)) {
			return resolve({ dom: NaN, painted: NaN, ended: false });
		}
		const ended = () =>
			/complete|finished|done/i.test(document.querySelector('main h2')?.textContent ?? '');
		const nextShown = () =>
			!good.isConnected &&
			(buttons().some((b) => /Show answer/.test(b.textContent ?? '')) || ended());
		const giveUp = setTimeout(() => {
			observer.disconnect();
			resolve({ dom: NaN, painted: NaN, ended: false });
		}, 10_000);
		const observer = new MutationObserver(() => {
			if (!nextShown()) return;
			const dom = performance.now() - t0;
			observer.disconnect();
			clearTimeout(giveUp);
			requestAnimationFrame(() =>
				setTimeout(() => resolve({ dom, painted: performance.now() - t0, ended: ended() }))
			);
		});
		observer.observe(document.body, { childList: true, subtree: true, attributes: true });
		const t0 = performance.now();
		good.click();
	});
}

const dir = path.join(root, buildDirs().pages);
if (!existsSync(path.join(dir, 'index.html'))) {
	console.error(`No build in ${buildDirs().pages}/: run npm run build first.`);
	process.exit(2);
}
const script = await fillPageScript();
const app = await serveBuild({ port: 0, buildDir: dir });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	await context.addInitScript(watchScreens);
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error('page error:', error));

	await page.goto(`${app.url}/settings`);
	await page.addScriptTag({ content: script, type: 'module' });
	await page.waitForFunction(() => window.benchReady === true);
	console.log(
		`Filling chromium IndexedDB: ${CARDS} cards, ~${CARDS * REVIEWS_PER_CARD} reviews in ${SETS} sets ... (${load()})`
	);
	const filled = await page.evaluate((opts) => window.fillBench(opts), {
		cards: CARDS,
		reviewsPerCard: REVIEWS_PER_CARD
	});
	console.log(
		`filled ${filled.counts.cards} cards, ${filled.counts.reviews} reviews in ${(filled.fillMs / 1000).toFixed(1)} s; ` +
			`measuring the built app (${buildDirs().pages}/) at 390x844 with the CPU slowed ${CPU_SLOWDOWN}x, at ${priority}`
	);

	// A fixed piece of work timed before and after the slowdown (and a navigation): shows it holds.
	const work = () =>
		page.evaluate(() => {
			const started = performance.now();
			let x = 0;
			for (let i = 0; i < 2e6; i++) x = (x * 31 + i) % 1000003;
			return performance.now() - started + x * 0;
		});
	const before = await work();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await page.goto(`${app.url}/`);
	console.log(
		`a fixed piece of work: ${fmt(before)} at full speed, ${fmt(await work())} slowed down (${load()})`
	);
	/** @param {string} name */
	const mark = (name) =>
		page.evaluate((key) => /** @type {any} */ (window).benchMarks[key] ?? NaN, name);

	// The review screen: a new page load each time (the service worker serves it, as on a phone).
	const reviewReady = [];
	for (let i = 0; i < LOADS; i++) {
		await page.goto(`${app.url}/review`);
		await page.locator('main article').first().waitFor({ timeout: 120_000 });
		reviewReady.push({ ms: await mark('card'), load: load() });
	}
	const reviewMedian = percentile(
		reviewReady.map((r) => r.ms),
		0.5
	);
	console.log(
		`/review, navigation -> first card in the DOM (${SETS} sets read, queue built): median ${fmt(reviewMedian)} (runs: ${reviewReady.map((r) => `${fmt(r.ms)} at ${r.load}`).join(', ')})  target <= 500 ms: ${verdict(reviewMedian, 500)}`
	);

	// Answer -> next card: flashcards of one set, Show answer, then Good timed to the next card.
	// The answer that ends a session is timed to its summary, apart.
	const dom = [];
	const painted = [];
	const endings = [];
	const startLoad = load();
	await page.goto(`${app.url}/study/flashcards#bench-0`);
	const showAnswer = page.getByRole('button', { name: /Show answer/ });
	while (dom.length < SCREEN_ANSWERS) {
		if (!(await showAnswer.count())) {
			// The session ended: a new one, as the learner would start it.
			await page.reload();
		}
		await showAnswer.click({ timeout: 60_000 });
		await page.getByRole('button', { name: /^Good/ }).waitFor();
		const shown = await page.evaluate(answerGood);
		if (Number.isNaN(shown.dom)) throw new Error('no next card within 10 s of pressing Good');
		if (shown.ended) {
			endings.push(shown.dom);
			continue;
		}
		dom.push(shown.dom);
		painted.push(shown.painted);
	}
	const p95 = percentile(dom, 0.95);
	console.log(
		`answer (Good) -> next card in the DOM, flashcards: p50 ${fmt(percentile(dom, 0.5))}, p95 ${fmt(p95)}, max ${fmt(Math.max(...dom))} over ${dom.length} answers (${startLoad} .. ${load()})  target p95 <= 16 ms: ${verdict(p95, 16)}\n` +
			`  painted: p50 ${fmt(percentile(painted, 0.5))}, p95 ${fmt(percentile(painted, 0.95))}\n` +
			`  the last answer of a session -> its summary in the DOM: ${endings.map(fmt).join(', ') || 'none'}`
	);

	// Progress: page load, then the statistics of the whole log.
	const progress = [];
	for (let i = 0; i < LOADS; i++) {
		await page.goto(`${app.url}/progress`);
		await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 120_000 });
		await page.waitForFunction(() => /** @type {any} */ (window).benchMarks.figures);
		const [loading, figures] = [await mark('loading'), await mark('figures')];
		progress.push({ statistics: figures - loading, total: figures, load: load() });
	}
	const statistics = progress.map((p) => p.statistics);
	console.log(
		`progress statistics, "Loading…" -> figures in the DOM: median ${fmt(percentile(statistics, 0.5))} (runs: ${progress.map((p) => `${fmt(p.statistics)} at ${p.load}`).join(', ')})  ` +
			`target <= 300 ms: ${verdict(percentile(statistics, 0.5), 300)}\n` +
			`  (navigation -> figures: ${progress.map((p) => fmt(p.total)).join(', ')})`
	);
	await context.close();
} finally {
	await browser.close();
	await app.close();
}
