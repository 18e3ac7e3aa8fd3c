// Checks what `npm start` sends: precompressed files chosen by Accept-Encoding, and cache headers
// that keep hashed files for a year while HTML, the service worker and the manifest are revalidated.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildDirs } from '../../scripts/build-dirs.js';
import { serveBuild } from '../../scripts/serve.js';

const BUILD = buildDirs().pages;
let server: Awaited<ReturnType<typeof serveBuild>>;

before(async () => {
	server = await serveBuild({ port: 0, buildDir: BUILD });
});
after(() => server.close());

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function request(path: string, acceptEncoding?: string): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
		get(`${server.url}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		}).on('error', reject);
	});
}

async function immutableScript(): Promise<string> {
	const entries = await readdir(join(BUILD, '_app/immutable/entry'));
	const script = entries.find((name) => name.endsWith('.js'));
	assert.ok(script, 'the build has an entry script');
	return `/_app/immutable/entry/${script}`;
}

test('brotli, gzip or the plain file, as the browser accepts, always with Vary: Accept-Encoding', async () => {
	const script = await immutableScript();
	for (const path of ['/', '/review', script, '/sw.js', '/sets.json']) {
		const file = path === '/' ? 'index.html' : /\.\w+$/.test(path) ? path : `${path}.html`;
		const original = await readFile(join(BUILD, file));

		const br = await request(path, 'gzip, deflate, br');
		assert.equal(br.status, 200, path);
		assert.equal(br.headers['content-encoding'], 'br', `${path} in brotli`);
		assert.equal(br.headers.vary, 'Accept-Encoding', path);
		assert.ok(br.body.length < original.length, `${path}: brotli is smaller`);
		assert.deepEqual(brotliDecompressSync(br.body), original, `${path}: brotli is the same file`);

		const gzip = await request(path, 'gzip');
		assert.equal(gzip.headers['content-encoding'], 'gzip', `${path} in gzip`);
		assert.deepEqual(gunzipSync(gzip.body), original, `${path}: gzip is the same file`);

		const plain = await request(path);
		assert.equal(plain.headers['content-encoding'], undefined, `${path} plain`);
		assert.equal(plain.headers.vary, 'Accept-Encoding', path);
		assert.deepEqual(plain.body, original, `${path}: the plain file`);
	}
});

test('hashed assets are immutable for a year; HTML, the worker and the manifest are revalidated', async () => {
	const script = await immutableScript();
	const year = await request(script, 'br');
	assert.equal(year.headers['cache-control'], 'public, max-age=31536000, immutable');
	for (const path of ['/', '/create', '/sets/north-korea-troops-russia', '/sw.js', '/manifest.webmanifest']) {
		const reply = await request(path, 'br');
		assert.equal(reply.status, 200, path);
		assert.equal(reply.headers['cache-control'], 'no-cache', path);
	}
	const missing = await request('/no-such-page', 'br');
	assert.equal(missing.status, 404);
	assert.equal(missing.headers['cache-control'], 'no-cache');
});

test('every precompressed file in the build is its source file, compressed (none is stale)', async () => {
	const entries = await readdir(BUILD, { recursive: true });
	const compressed = entries.filter((name) => /\.(br|gz)$/.test(name));
	assert.ok(compressed.length > 20, `the build has precompressed files (${compressed.length})`);
	for (const name of compressed) {
		const source = await readFile(join(BUILD, name.slice(0, -3)));
		const packed = await readFile(join(BUILD, name));
		const unpacked = name.endsWith('.br') ? brotliDecompressSync(packed) : gunzipSync(packed);
		assert.ok(unpacked.equals(source), `${name} unpacks to its source file`);
	}
});
