// Shared set-up for end-to-end specs: the built app served as a static host would, and
// Debian's chromium driven by playwright-core.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { serveBuild } from '../../scripts/serve.js';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const SEED_SET_ID = 'north-korea-troops-russia';
export const SCREENSHOT_DIR = 'test-results/screenshots';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

export interface App {
	url: string;
	browser: Browser;
	close(): Promise<void>;
}

/** `args`: chromium flags on top of the usual ones (e.g. a fake camera). */
export async function startApp(
	options: { buildDir?: string; live?: boolean; args?: string[] } = {}
): Promise<App> {
	const { args = [], ...serve } = options;
	const server = await serveBuild({ port: 0, ...serve });
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, ...args]
	});
	await mkdir(SCREENSHOT_DIR, { recursive: true });
	return {
		url: server.url,
		browser,
		async close() {
			await browser.close();
			await server.close();
		}
	};
}

/** A fresh browser profile (a touch phone with `touch`); every console and page error is collected. */
export async function newContext(
	app: App,
	viewport = PHONE,
	options: { touch?: boolean; timezoneId?: string } = {}
) {
	const context = await app.browser.newContext({
		viewport,
		baseURL: app.url,
		// A phone: touch events, a coarse pointer that cannot hover, a mobile viewport.
		...(options.touch ? { hasTouch: true, isMobile: true } : {}),
		timezoneId: options.timezoneId
	});
	const errors: string[] = [];
	context.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	context.on('weberror', (error) => errors.push(error.error().message));
	return { context, errors };
}

// Reads stores with the raw IndexedDB API (not the app's code). A string, because tsx would add
// helpers to a function that do not exist in the page.
const READ_STORES = `async (names) => {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('factdeck');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const all = (store) => new Promise((resolve, reject) => {
		const request = db.transaction(store).objectStore(store).getAll();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const records = await Promise.all(names.map(all));
	db.close();
	return Object.fromEntries(names.map((name, i) => [name, records[i]]));
}`;

/** Every record of each named store of Factdeck's database, as the page holds them now. */
export function storedRecords<Name extends string>(
	page: Page,
	stores: readonly Name[]
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw records, shaped by each test
): Promise<Record<Name, any[]>> {
	return page.evaluate(`(${READ_STORES})(${JSON.stringify(stores)})`);
}

/** Waits until a service worker is active and controls this page. */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

export async function axeViolations(page: Page) {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } })
			.axe;
		const results = await axe.run(document, {
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
			}
		});
		return results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		);
	});
}

interface AxeResults {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

export async function screenshot(page: Page, name: string) {
	await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** No axe violations and no sideways scrolling: what every screen owes a phone user. */
export async function assertAccessibleAndFits(page: Page, where: string) {
	assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		width: window.innerWidth
	}));
	assert.ok(scroll <= width, `${where} has no horizontal scroll (${scroll} > ${width})`);
}

export type { BrowserContext, Page };

/** The smallest a control may be on a phone, in CSS pixels, both ways. */
export const MIN_TARGET = 44;

// A string, because tsx would add helpers to a function that do not exist in the page.
const FIND_SMALL_TARGETS = `((min) => {
	const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"]';
	const offenders = [];
	for (const element of document.querySelectorAll(selector)) {
		const style = getComputedStyle(element);
		if (style.visibility === 'hidden' || element.closest('[inert], [aria-hidden="true"]')) continue;
		// A check box or radio button is pressed through its label: the label is the target.
		const labelled = element.matches('input[type="checkbox"], input[type="radio"]') && element.closest('label');
		const target = labelled || element;
		const box = target.getBoundingClientRect();
		// Not drawn (display: none, closed details) or visually hidden (1 px, clipped): no target.
		if (box.width <= 1 || box.height <= 1) continue;
		// WCAG 2.5.8's inline exception: a link inside a sentence (words of the sentence beside it,
		// as text of the same element) is sized by the line of text around it.
		if (element.tagName === 'A' && style.display === 'inline') {
			const siblings = [...(element.parentNode?.childNodes ?? [])];
			if (siblings.some((node) => node.nodeType === 3 && /\\p{L}/u.test(node.textContent ?? ''))) continue;
		}
		if (box.width + 0.01 < min || box.height + 0.01 < min) {
			const name = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
			offenders.push(element.tagName.toLowerCase() + ' "' + name + '" ' + Math.round(box.width * 10) / 10 + 'x' + Math.round(box.height * 10) / 10);
		}
	}
	return offenders;
})(${MIN_TARGET})`;

/**
 * Every visible control (links, buttons, inputs, selects, summaries) smaller than 44x44 px,
 * named with its size; links inside running text are excepted (WCAG 2.5.8, inline).
 */
export function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(FIND_SMALL_TARGETS) as Promise<string[]>;
}

/**
 * Taps a flashcard's prompt where a finger would, at its centre on the screen: the prompt is
 * text, and the card flips because the flip button's hit area covers the whole front.
 */
export async function tapFlashcard(page: Page) {
	const box = await page.locator('.flashcard h2').boundingBox();
	assert.ok(box, 'the card’s prompt is on screen');
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Answers an assignment's questions on /a until its result shows: a typed answer where one is
 * asked (`typed`), otherwise option 1 by keyboard; returns the prompts seen.
 */
export async function answerEveryQuestion(
	page: Page,
	count: number,
	typed: string
): Promise<string[]> {
	const wait = { timeout: 30_000 };
	const prompts: string[] = [];
	for (let i = 0; i < count; i++) {
		const prompt = page.locator('#question-prompt');
		await prompt.waitFor(wait);
		prompts.push((await prompt.innerText()).trim());
		const field = page.getByLabel('Your answer');
		if (await field.count()) {
			await field.fill(typed);
			await page.getByRole('button', { name: 'Check' }).click();
		} else {
			await page.keyboard.press('1');
		}
		const next = page.getByRole('button', { name: /Continue/ });
		await next.waitFor(wait);
		await next.click();
	}
	await page.getByRole('heading', { level: 1, name: /your result/ }).waitFor(wait);
	return prompts;
}
