import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
	axeViolations,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	SEED_SET_ID,
	startApp,
	waitForServiceWorker,
	type App
} from './harness.ts';
import { buildDirs } from '../../scripts/build-dirs.js';

const SEED_TITLE = 'North Korea sends 3,000 more troops to Russia';

describe('foundation: library, set page, PWA', { timeout: 120_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('the library lists the seed set with its counts', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		const response = await page.goto('/');
		assert.equal(response?.status(), 200);
		const card = page.locator('.set-card', { hasText: SEED_TITLE });
		await card.waitFor();
		assert.match(await card.innerText(), /\d+ questions/);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('the set page shows the article, its questions, and links each to its sentence', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto(`/sets/${SEED_SET_ID}`);
		await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
		const article = page.locator('#s-0');
		assert.match(await article.innerText(), /^North Korea has reportedly sent an additional 3,000/);
		const questions = page.locator('.questions > li');
		assert.ok((await questions.count()) > 0, 'the set has questions');
		const link = questions.first().getByRole('link', { name: /from sentence \d+/ });
		const target = (await link.getAttribute('href')) ?? '';
		await link.click();
		await page.waitForURL(`**/sets/${SEED_SET_ID}${target}`);
		const highlighted = await page.locator(`${target}:target`).count();
		assert.equal(highlighted, 1, 'the source sentence is the highlighted target');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('an unknown set id is a proper 404 page', async () => {
		const { context } = await newContext(app);
		const page = await context.newPage();
		const response = await page.goto('/sets/no-such-set');
		assert.equal(response?.status(), 404);
		await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
		await context.close();
	});

	test('the web app manifest is served, complete, and its icons exist at their sizes', async () => {
		const { context } = await newContext(app);
		const page = await context.newPage();
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await page.request.get(new URL(href ?? '', app.url).href)).json();
		for (const field of ['name', 'short_name', 'description', 'start_url', 'scope']) {
			assert.ok(manifest[field], `manifest has ${field}`);
		}
		assert.equal(manifest.display, 'standalone');
		assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
		assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
		const sizes = manifest.icons.map((icon: { sizes: string; purpose?: string }) =>
			`${icon.sizes} ${icon.purpose ?? 'any'}`.trim()
		);
		assert.deepEqual(sizes.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);
		for (const icon of manifest.icons) {
			const png = await (await page.request.get(new URL(icon.src, app.url).href)).body();
			const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
			assert.equal(`${width}x${height}`, icon.sizes, `${icon.src} is ${icon.sizes}`);
		}
		await context.close();
	});

	test('after one visit the app works offline: reload, deep link, moving between pages, 404', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);

		await context.setOffline(true);
		await page.reload();
		await page.locator('.set-card', { hasText: SEED_TITLE }).waitFor();

		await page.getByRole('link', { name: SEED_TITLE }).click();
		await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();

		const deep = await context.newPage();
		await deep.goto(`/sets/${SEED_SET_ID}`);
		await deep.locator('#s-0').waitFor();
		await deep.getByRole('link', { name: 'Library' }).click();
		await deep.locator('.set-card').first().waitFor();

		await deep.goto('/sets/no-such-set');
		await deep.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
		await deep.goto('/no/such/page');
		await deep.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();

		const offlineErrors = errors.filter((e) => !/Failed to load resource/.test(e));
		assert.deepEqual(offlineErrors, []);
		await context.close();
	});

	test('no accessibility violations and screenshots at phone and desktop size', async () => {
		for (const [label, viewport] of [
			['phone', PHONE],
			['desktop', DESKTOP]
		] as const) {
			for (const colorScheme of ['light', 'dark'] as const) {
				const { context, errors } = await newContext(app, viewport);
				const page = await context.newPage();
				await page.emulateMedia({ colorScheme });
				for (const [name, path] of [
					['library', '/'],
					['set', `/sets/${SEED_SET_ID}`]
				] as const) {
					await page.goto(path);
					await page.locator('h1').waitFor();
					// Wait until what is stored on the device is drawn (the home page loads it after the library).
					if (name === 'library') await page.getByText('Due now').waitFor();
					assert.deepEqual(await axeViolations(page), [], `${name} (${label}, ${colorScheme})`);
					const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
					assert.ok(scrollWidth <= viewport.width, `${name} has no horizontal scroll`);
					await screenshot(page, `${name}-${label}-${colorScheme}`);
				}
				assert.deepEqual(errors, []);
				await context.close();
			}
		}
	});
});

describe('foundation: a new version is offered, never forced', { timeout: 60_000 }, () => {
	let app: App;
	let buildDir: string;
	before(async () => {
		buildDir = await mkdtemp(join(tmpdir(), 'factdeck-build-'));
		await cp(buildDirs().pages, buildDir, { recursive: true });
		app = await startApp({ buildDir, live: true });
	});
	after(async () => {
		await app.close();
		await rm(buildDir, { recursive: true, force: true });
	});

	test('deploying a new service worker shows the reload prompt, and reload switches to it', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto(`/sets/${SEED_SET_ID}`);
		await waitForServiceWorker(page);
		const prompt = page.getByRole('status').filter({ hasText: 'A new version of Factdeck' });
		assert.equal(await prompt.count(), 0);

		// "Deploy" a new version: any byte change in sw.js makes the browser install it. A build
		// writes its brotli and gzip copies too, and those are what the server sends.
		const swPath = join(buildDir, 'sw.js');
		const deployed = Buffer.from(`${await readFile(swPath, 'utf8')}\n// deploy ${Date.now()}\n`);
		await writeFile(swPath, deployed);
		await writeFile(`${swPath}.br`, brotliCompressSync(deployed));
		await writeFile(`${swPath}.gz`, gzipSync(deployed));
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await prompt.waitFor();
		assert.equal(page.url(), `${app.url}/sets/${SEED_SET_ID}`, 'nothing reloaded on its own');

		await Promise.all([
			page.waitForEvent('load'),
			prompt.getByRole('button', { name: 'Reload' }).click()
		]);
		await page.locator('#s-0').waitFor();
		assert.equal(await prompt.count(), 0);
		assert.deepEqual(errors, []);
		await context.close();
	});
});
