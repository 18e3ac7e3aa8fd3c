// The first visit on a phone: what Factdeck is (once), "Ready offline", installing, and a first
// screen that does not move while the Today panel arrives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	startApp,
	waitForServiceWorker,
	type App,
	type Page
} from './harness.ts';

const IPHONE_UA =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

declare global {
	interface Window {
		introPaintedAtLoad?: boolean;
		layoutShift?: number;
		installPrompts?: number;
	}
}

/** Records, before any script of the page runs, whether the intro is drawn once the HTML is in. */
async function watchIntroAtLoad(page: Page) {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const intro = document.querySelector('.intro');
			window.introPaintedAtLoad = !!intro && getComputedStyle(intro).display !== 'none';
		});
	});
}

/** Sums every layout shift not caused by the user's input, from the first paint on. */
async function watchLayoutShift(page: Page) {
	await page.addInitScript(() => {
		window.layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) window.layoutShift = (window.layoutShift ?? 0) + entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The home page once everything it loads has arrived: the Today panel, the offline status. */
async function settledHome(page: Page) {
	await page.getByTestId('due-now').waitFor();
	await page.getByRole('heading', { name: 'Made on this device' }).waitFor();
	// Two frames, so a shift caused by the last change is reported.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

describe('first run: intro, offline, install, a still first screen', { timeout: 180_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('the intro shows on the first visit and stays dismissed after a reload', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		await watchIntroAtLoad(page);
		await page.goto('/');
		const intro = page.getByRole('heading', { name: 'New to Factdeck?' });
		await intro.waitFor();
		await settledHome(page);
		assert.equal(await page.evaluate(() => window.introPaintedAtLoad), true);
		await screenshot(page, 'first-run-home-phone');
		await assertAccessibleAndFits(page, 'home with the intro');

		await page.getByRole('button', { name: 'Got it' }).click();
		await intro.waitFor({ state: 'detached' });
		await page.reload();
		await settledHome(page);
		assert.equal(await intro.count(), 0, 'the intro is gone after a reload');
		assert.equal(
			await page.evaluate(() => window.introPaintedAtLoad),
			false,
			'the dismissed intro is hidden before the first paint, not removed after it'
		);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('"Ready offline" shows once the service worker is active, there and in Settings', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		const status = page.getByTestId('offline-status');
		await page.getByText('Ready offline').waitFor();
		assert.match(await status.innerText(), /Ready offline/);

		await page.goto('/settings');
		await page.getByRole('heading', { name: 'This app' }).waitFor();
		await page.getByText('Ready offline').waitFor();
		await screenshot(page, 'first-run-settings-phone');
		await assertAccessibleAndFits(page, 'settings');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('the Install button appears when the browser offers to install, and shows its prompt', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		await page.goto('/');
		await settledHome(page);
		const install = page.getByRole('button', { name: 'Install Factdeck' });
		assert.equal(await install.count(), 0, 'no Install button before the browser offers it');

		// A string, so that the offer's prompt() is exactly this code (no helpers added by the compiler).
		const prevented = await page.evaluate(`(() => {
			window.installPrompts = 0;
			const offer = new Event('beforeinstallprompt', { cancelable: true });
			offer.prompt = async () => { window.installPrompts += 1; };
			offer.userChoice = Promise.resolve({ outcome: 'accepted' });
			window.dispatchEvent(offer);
			return offer.defaultPrevented;
		})()`);
		assert.equal(prevented, true, "the browser's own banner is held back for the button");
		await install.waitFor();
		await screenshot(page, 'first-run-install-phone');
		await assertAccessibleAndFits(page, 'home with the Install button');
		await install.click();
		await install.waitFor({ state: 'detached' });
		assert.equal(await page.evaluate(() => window.installPrompts), 1);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('on an iPhone, where there is no install prompt, it says how to add it to the Home Screen', async () => {
		const context = await app.browser.newContext({
			viewport: PHONE,
			baseURL: app.url,
			userAgent: IPHONE_UA,
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await page.goto('/');
		await page.getByText('Add to Home Screen').waitFor();
		assert.match(
			await page.locator('.intro').innerText(),
			/To install: tap Share, then Add to Home Screen/
		);
		await screenshot(page, 'first-run-iphone');
		await context.close();
	});

	for (const [name, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP]
	] as const) {
		test(`the first screen does not move while it fills in (${name}): CLS ≤ 0.02, first visit and return`, async () => {
			const { context, errors } = await newContext(app, viewport);
			const page = await context.newPage();
			await watchLayoutShift(page);
			await page.goto('/');
			await settledHome(page);
			await waitForServiceWorker(page);
			await page.getByText('Ready offline').waitFor();
			await settledHome(page);
			const firstVisit = await page.evaluate(() => window.layoutShift ?? NaN);
			assert.ok(firstVisit <= 0.02, `first visit: layout shift ${firstVisit.toFixed(4)} ≤ 0.02`);
			await screenshot(page, `first-run-first-visit-${name}`);

			await page.getByRole('button', { name: 'Got it' }).click();
			await page.reload();
			await settledHome(page);
			const returning = await page.evaluate(() => window.layoutShift ?? NaN);
			assert.ok(returning <= 0.02, `return visit: layout shift ${returning.toFixed(4)} ≤ 0.02`);
			await screenshot(page, `first-run-return-${name}`);
			assert.deepEqual(errors, []);
			await context.close();
		});
	}
});
