// Benchmark: npm run bench:sync-browser. Sync as a learner meets it: the built app in chromium
// (its real IndexedDB, pouchdb-browser loaded when sync is turned on) against express-pouchdb on
// 127.0.0.1 (COUCHDB_URL, COUCHDB_USER and COUCHDB_PASSWORD: a real CouchDB database instead).
// A laptop holds 10,000 cards and ~100,000 reviews in 50 sets (filled with the app's own lib/db,
// as bench:study does); it turns sync on (its first sync sends everything), then a phone with an
// empty database turns it on (target: first sync ≤ 60 s), and both show the same figures on
// Home. Then the laptop answers 20 flashcards and both sync again (target ≤ 1 s each). Times run
// from the press of the button to the status line's new time, so they include drawing. Needs a
// build (npm run build). Prints figures and the load average; asserts only that the two devices
// agree. BENCH_CARDS and BENCH_REVIEWS_PER_CARD change the sizes.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { buildDirs } from './build-dirs.js';
import { serveBuild } from './serve.js';
import { fillPageScript } from './bench/fill-page.js';
import { startGuardedCouch } from '../src/lib/sync/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CARDS = Number(process.env.BENCH_CARDS ?? 10_000);
const REVIEWS_PER_CARD = Number(process.env.BENCH_REVIEWS_PER_CARD ?? 10);
const ANSWERS = 20;
const ACCOUNT = {
	username: process.env.COUCHDB_USER ?? 'bench',
	password: process.env.COUCHDB_PASSWORD ?? 'bench password'
};
const load = () => `load ${loadavg()[0]?.toFixed(2) ?? '?'}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ms: number, target: number) => (ms <= target ? 'ok' : 'OVER TARGET');

// The status line's last sync time (ISO) or error, or null while a sync runs. A string: tsx would
// add helpers to a function that do not exist in the page.
const OUTCOME = `(() => {
	const last = document.querySelector('[data-testid="sync-last"]');
	if (!last || last.textContent.includes('syncing')) return null;
	const error = document.querySelector('[data-testid="sync-error"]');
	return {
		at: last.querySelector('time')?.getAttribute('datetime') ?? null,
		error: error ? error.textContent.trim() : null
	};
})()`;

type Outcome = { at: string | null; error: string | null };

const section = (page: Page) => page.getByRole('region', { name: 'Sync' });

/** Waits (up to 10 minutes) for a sync outcome other than `before`; fails on an error. */
async function nextOutcome(page: Page, before: Outcome | null): Promise<Outcome> {
	const changed = `(() => {
		const now = ${OUTCOME};
		const before = ${JSON.stringify(before)};
		return now && (now.at || now.error) && (!before || now.at !== before.at || now.error !== before.error) ? now : null;
	})()`;
	const outcome = (await (
		await page.waitForFunction(changed, undefined, { timeout: 600_000, polling: 20 })
	).jsonValue()) as Outcome;
	if (outcome.error) throw new Error(`sync failed: ${outcome.error}`);
	return outcome;
}

/** Turns sync on from Settings; milliseconds from the press to the first sync's time shown. */
async function turnOn(page: Page, address: string): Promise<number> {
	await page.goto('/settings');
	const sync = section(page);
	await sync.getByLabel('Server address').fill(address);
	await sync.getByLabel('User name').fill(ACCOUNT.username);
	await sync.getByLabel('Password').fill(ACCOUNT.password);
	const started = Date.now();
	await sync.getByRole('button', { name: 'Turn sync on' }).click();
	await nextOutcome(page, null);
	return Date.now() - started;
}

/** Presses Sync now; milliseconds to the new time on the status line. */
async function syncNow(page: Page): Promise<number> {
	await page.goto('/settings');
	const before = await nextOutcome(page, null);
	const started = Date.now();
	await section(page).getByRole('button', { name: 'Sync now' }).click();
	await nextOutcome(page, before);
	return Date.now() - started;
}

/** Home's figures for today. */
async function today(page: Page) {
	await page.goto('/');
	const region = page.getByRole('region', { name: 'Today' });
	await region.getByTestId('due-now').waitFor({ timeout: 120_000 });
	const figure = async (id: string) => (await region.getByTestId(id).innerText()).trim();
	return {
		due: await figure('due-now'),
		newToday: await figure('new-today'),
		studied: await figure('studied-today')
	};
}

async function newDevice(contexts: BrowserContext[], url: string): Promise<Page> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const context = await browser.newContext({ baseURL: url, viewport: { width: 390, height: 844 } });
	contexts.push(context);
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error('page error:', error));
	return page;
}

const dir = path.join(root, buildDirs().pages);
if (!existsSync(path.join(dir, 'index.html'))) {
	console.error(`No build in ${buildDirs().pages}/: run npm run build first.`);
	process.exit(2);
}
const app = await serveBuild({ port: 0, buildDir: dir });
const couch = process.env.COUCHDB_URL
	? undefined
	: await startGuardedCouch({
			origin: new URL(app.url).origin,
			database: `factdeck-bench-${Date.now()}`,
			...ACCOUNT
		});
const address = process.env.COUCHDB_URL ?? couch?.url ?? '';
const contexts: BrowserContext[] = [];
try {
	const laptop = await newDevice(contexts, app.url);
	await laptop.goto('/settings');
	await laptop.addScriptTag({ content: await fillPageScript(), type: 'module' });
	await laptop.waitForFunction(() => window.benchReady === true);
	console.log(
		`Filling the laptop: ${CARDS} cards, ~${CARDS * REVIEWS_PER_CARD} reviews ... (${load()})`
	);
	const filled = await laptop.evaluate((options) => window.fillBench(options), {
		cards: CARDS,
		reviewsPerCard: REVIEWS_PER_CARD
	});
	console.log(
		`filled ${filled.counts.cards} cards, ${filled.counts.reviews} reviews in ${seconds(filled.fillMs)}; server ${couch ? 'express-pouchdb on 127.0.0.1' : address}`
	);

	const sent = await turnOn(laptop, address);
	console.log(
		`laptop: turn sync on -> first sync done (sends everything): ${seconds(sent)} (${load()})`
	);
	const phone = await newDevice(contexts, app.url);
	const received = await turnOn(phone, address);
	console.log(
		`phone, empty: turn sync on -> first sync done (${filled.counts.cards} cards, ${filled.counts.reviews} reviews): ${seconds(received)} (${load()})  target <= 60 s: ${verdict(received, 60_000)}`
	);
	const [onLaptop, onPhone] = [await today(laptop), await today(phone)];
	console.log(`Home, today: laptop ${JSON.stringify(onLaptop)}, phone ${JSON.stringify(onPhone)}`);
	if (JSON.stringify(onLaptop) !== JSON.stringify(onPhone)) {
		throw new Error('the two devices show different figures after syncing');
	}

	// 20 flashcards answered on the laptop, then a sync on each side.
	await laptop.goto('/study/flashcards#bench-0');
	for (let i = 0; i < ANSWERS; i++) {
		await laptop.getByRole('button', { name: /Show answer/ }).click({ timeout: 60_000 });
		const good = laptop.getByRole('button', { name: /^Good/ });
		await good.click();
		await good.waitFor({ state: 'detached' });
	}
	const up = await syncNow(laptop);
	const down = await syncNow(phone);
	console.log(
		`${ANSWERS} new reviews: laptop sends in ${seconds(up)}, phone receives and replays in ${seconds(down)} (${load()})  target <= 1 s: ${verdict(up, 1000)}, ${verdict(down, 1000)}`
	);
	const [afterLaptop, afterPhone] = [await today(laptop), await today(phone)];
	console.log(
		`Home, today: laptop ${JSON.stringify(afterLaptop)}, phone ${JSON.stringify(afterPhone)}`
	);
	if (JSON.stringify(afterLaptop) !== JSON.stringify(afterPhone)) {
		throw new Error('the two devices show different figures after the incremental sync');
	}
} finally {
	for (const context of contexts) await context.browser()?.close();
	await app.close();
	await couch?.close();
}
