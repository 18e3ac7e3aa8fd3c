// Checks the built app: everything a student may open offline is in the service worker's precache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildDirs } from '../../scripts/build-dirs.js';

const BUILD = buildDirs().pages;

async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(BUILD, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

async function precachedUrls(): Promise<Set<string>> {
	const worker = await readFile(join(BUILD, 'sw.js'), 'utf8');
	const urls = [...worker.matchAll(/url:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
	assert.ok(urls.length > 0, 'sw.js has a precache manifest');
	return new Set(urls);
}

/**
 * "index.html" -> "/", "sets/a.html" -> "sets/a": how pages are requested and precached. The 404
 * shell keeps its name: the worker serves it for every URL it does not know.
 */
const pageUrl = (file: string) =>
	file === 'index.html' ? '/' : file === '404.html' ? file : file.replace(/\.html$/, '');

test('every prerendered page is precached', async () => {
	const precache = await precachedUrls();
	const pages = (await filesUnder(BUILD)).filter((file) => file.endsWith('.html'));
	assert.ok(pages.includes('index.html'));
	for (const page of pages) {
		assert.ok(precache.has(pageUrl(page)), `${page} is precached as ${pageUrl(page)}`);
	}
});

test('the set index and every set JSON are precached, and each set is small enough for Workbox', async () => {
	const precache = await precachedUrls();
	assert.ok(precache.has('sets.json'));
	const setFiles = (await filesUnder(join(BUILD, 'sets'))).filter((file) => file.endsWith('.json'));
	const index: { id: string }[] = JSON.parse(await readFile(join(BUILD, 'sets.json'), 'utf8'));
	assert.deepEqual(
		setFiles.map((file) => file.replace(/^sets\/|\.json$/g, '')).sort(),
		index.map((entry) => entry.id).sort(),
		'one JSON file per set in the index'
	);
	for (const file of setFiles) {
		assert.ok(precache.has(file), `${file} is precached`);
		const { size } = await stat(join(BUILD, file));
		assert.ok(size < 2 * 1024 * 1024, `${file} is under Workbox's 2 MiB limit`);
	}
});

test('the app shell, its scripts, styles, icons and manifest are precached', async () => {
	const precache = await precachedUrls();
	const assets = (await filesUnder(join(BUILD, '_app'))).filter((file) => /\.(js|css)$/.test(file));
	for (const asset of assets) assert.ok(precache.has(asset), `${asset} is precached`);
	for (const file of ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', '404.html']) {
		assert.ok(precache.has(file), `${file} is precached`);
	}
});

test('the QR reader’s WebAssembly ships with the app and is precached, and the scan worker points zxing-wasm at it', async () => {
	const precache = await precachedUrls();
	const files = await filesUnder(join(BUILD, '_app'));
	const wasm = files.filter((file) => /zxing_reader[^/]*\.wasm$/.test(file));
	assert.equal(wasm.length, 1, 'one zxing reader .wasm in the build');
	for (const file of wasm) assert.ok(precache.has(file), `${file} is precached`);
	const { size } = await stat(join(BUILD, wasm[0] ?? ''));
	assert.ok(size < 2 * 1024 * 1024, 'the .wasm is under Workbox’s 2 MiB limit');
	const worker = files.find((file) => /qr-scan\.worker[^/]*\.js$/.test(file));
	assert.ok(worker, 'the scan worker is in the build');
	const code = await readFile(join(BUILD, worker), 'utf8');
	assert.ok(code.includes(wasm[0]?.split('/').pop() ?? '?'), 'the worker loads the bundled .wasm');
});
