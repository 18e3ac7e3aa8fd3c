// Serves the built PWA from build/ the way a static host does: files as they are, "/x" from
// "x.html", and build/404.html with status 404 for everything else. The build writes a brotli
// (.br) and a gzip (.gz) copy beside each text file (adapter-static's `precompress`); the one the
// browser accepts is sent, with `Vary: Accept-Encoding`.
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { buildDirs } from './build-dirs.js';

const defaultDir = fileURLToPath(new URL(`../${buildDirs().pages}/`, import.meta.url));

/** Hashed files never change under their name; everything else is revalidated (ETag) every time. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** @param {string} pathname */
export const cacheControl = (pathname) =>
	pathname.startsWith('/_app/immutable/') ? IMMUTABLE : REVALIDATE;

/** Starts the server; resolves with its URL once it listens. */
// `live` re-reads files on every request, for a folder that changes while served (a redeploy).
export async function serveBuild({
	port = 4173,
	host = '127.0.0.1',
	buildDir = defaultDir,
	live = false
} = {}) {
	const notFoundPage = await readFile(`${buildDir}/404.html`);
	const files = sirv(buildDir, {
		extensions: ['html'],
		dev: live,
		etag: true,
		brotli: true,
		gzip: true,
		setHeaders(res, pathname) {
			// HTML, the service worker and the manifest are "no-cache" so updates are found.
			res.setHeader('Cache-Control', cacheControl(pathname));
		}
	});
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404, {
				'Content-Type': 'text/html; charset=utf-8',
				'Cache-Control': REVALIDATE
			});
			res.end(notFoundPage);
		})
	);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://localhost:${actualPort}`,
		port: actualPort,
		close: () => new Promise((r) => server.close(r))
	};
}

/** This machine's IPv4 addresses on its networks, where a phone on the same network reaches it. */
function networkAddresses() {
	return Object.values(networkInterfaces())
		.flat()
		.filter((info) => info && info.family === 'IPv4' && !info.internal)
		.map((info) => info?.address);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const host = process.env.HOST ?? 'localhost';
	const { port } = await serveBuild({ port: Number(process.env.PORT ?? 4173), host });
	console.log(`Factdeck is running at http://localhost:${port} (Ctrl+C to stop)`);
	if (host === '0.0.0.0' || host === '::') {
		for (const address of networkAddresses()) {
			console.log(`  on this network: http://${address}:${port}`);
		}
	}
}
