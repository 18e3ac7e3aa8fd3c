// npm run bench:lighthouse — Lighthouse 12.2.3 (its default mobile profile: a mid-range phone,
// simulated slow 4G and 4x CPU slowdown) on the built app's four main pages, each from a fresh
// profile, as `npm start` serves them. Prints each page's performance and accessibility scores
// with CLS, LCP, TBT and FCP: the median of the runs and the range. Needs a build (npm run build).
// LIGHTHOUSE_RUNS (default 3) sets the runs per page; paths given as arguments replace the four.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { buildDirs } from './build-dirs.js';
import { serveBuild } from './serve.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, buildDirs().pages);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// Targets of issue 10: performance >= 95 and accessibility 100 on every page.
const TARGET = { performance: 95, accessibility: 100 };

/**
 * Starts chromium with a DevTools port of its choosing and resolves with that port.
 * @param {string} profile
 * @returns {Promise<{ port: number; stop: () => Promise<void> }>}
 */
function startChromium(profile) {
	const child = spawn(
		CHROMIUM_PATH,
		[...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	return new Promise((resolve, reject) => {
		let log = '';
		child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
			log += chunk;
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
			if (match) resolve({ port: Number(match[1]), stop });
		});
		const exited = new Promise((done) => child.once('exit', done));
		const stop = async () => {
			child.kill();
			await exited;
		};
		child.once('exit', (code) =>
			reject(new Error(`chromium exited (${code}): ${log.slice(-500)}`))
		);
	});
}

/** @param {readonly number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @param {readonly number[]} values @param {(n: number) => string} format */
const spread = (values, format) =>
	values.length > 1
		? `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`
		: format(values[0] ?? NaN);
const load = () => loadavg()[0]?.toFixed(2) ?? '?';

if (!existsSync(path.join(buildDir, 'index.html'))) {
	console.error(`No build in ${buildDirs().pages}/: run npm run build first.`);
	process.exit(2);
}
/** @type {{ id: string }[]} */
const sets = JSON.parse(await readFile(path.join(buildDir, 'sets.json'), 'utf8'));
const pages =
	process.argv.length > 2
		? process.argv.slice(2)
		: ['/', `/sets/${sets[0]?.id}`, '/review', '/create'];

const app = await serveBuild({ port: 0, buildDir });
const profile = await mkdtemp(path.join(tmpdir(), 'factdeck-lighthouse-'));
const chromium = await startChromium(profile);
let missed = 0;
try {
	console.log(
		`Lighthouse 12.2.3, mobile, ${RUNS} run(s) a page, on ${buildDirs().pages}/ (load average ${load()} at the start)`
	);
	for (const page of pages) {
		/** @type {Record<string, number[]>} */
		const figures = { performance: [], accessibility: [], cls: [], lcp: [], tbt: [], fcp: [] };
		const loads = [];
		for (let run = 0; run < RUNS; run++) {
			const result = await lighthouse(`${app.url}${page}`, {
				port: chromium.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility']
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
			const { categories, audits } = result.lhr;
			const score = (/** @type {string} */ name) =>
				Math.round((categories[name]?.score ?? 0) * 100);
			const value = (/** @type {string} */ name) => audits[name]?.numericValue ?? NaN;
			figures.performance?.push(score('performance'));
			figures.accessibility?.push(score('accessibility'));
			figures.cls?.push(value('cumulative-layout-shift'));
			figures.lcp?.push(value('largest-contentful-paint'));
			figures.tbt?.push(value('total-blocking-time'));
			figures.fcp?.push(value('first-contentful-paint'));
			loads.push(load());
			if (run === RUNS - 1) {
				const failing = Object.values(audits)
					.filter((audit) => audit.score !== null && audit.score < 0.9)
					.filter((audit) => audit.scoreDisplayMode !== 'informative')
					.map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
				if (failing.length) console.log(`  ${page} audits below 0.9: ${failing.join(', ')}`);
			}
		}
		const {
			performance = [],
			accessibility = [],
			cls = [],
			lcp = [],
			tbt = [],
			fcp = []
		} = figures;
		const ok =
			median(performance) >= TARGET.performance && median(accessibility) >= TARGET.accessibility;
		if (!ok) missed += 1;
		console.log(
			`${page.padEnd(36)} performance ${spread(performance, String)}  accessibility ${spread(accessibility, String)}  ` +
				`CLS ${spread(cls, (n) => n.toFixed(3))}  LCP ${spread(lcp, (n) => `${Math.round(n)} ms`)}  ` +
				`TBT ${spread(tbt, (n) => `${Math.round(n)} ms`)}  FCP ${spread(fcp, (n) => `${Math.round(n)} ms`)}  ` +
				`load ${loads.join(' ')}  ${ok ? 'ok' : 'UNDER TARGET'}`
		);
	}
	console.log(
		`targets: performance >= ${TARGET.performance}, accessibility ${TARGET.accessibility} (medians): ${missed === 0 ? 'all met' : `${missed} page(s) under`}`
	);
} finally {
	await chromium.stop();
	await app.close();
	await rm(profile, { recursive: true, force: true });
}
