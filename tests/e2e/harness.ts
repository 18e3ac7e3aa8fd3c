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

/** A fresh browser profile; every console error and page error is collected. */
export async function newContext(app: App, viewport = PHONE) {
	const context = await app.browser.newContext({ viewport, baseURL: app.url });
	const errors: string[] = [];
	context.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	context.on('weberror', (error) => errors.push(error.error().message));
	return { context, errors };
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
