// Serves the built PWA from build/ the way a static host does: files as they are, "/x" from
// "x.html", and build/404.html with status 404 for everything else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { buildDirs } from './build-dirs.js';

const defaultDir = fileURLToPath(new URL(`../${buildDirs().pages}/`, import.meta.url));

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
		setHeaders(res, pathname) {
			// The service worker must always be revalidated so updates are found.
			if (pathname === '/sw.js' || pathname.endsWith('.webmanifest')) {
				res.setHeader('Cache-Control', 'no-cache');
			}
		}
	});
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
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
		close: () => new Promise((r) => server.close(r))
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	const { url } = await serveBuild({ port, host: process.env.HOST ?? 'localhost' });
	console.log(`Factdeck is running at ${url} (Ctrl+C to stop)`);
}
