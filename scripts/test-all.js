// Runs every suite (lint, types, unit, build, build checks, end-to-end) and ends with one line
// "N passed, N failed" that totals them all. A step that is not a test runner counts as one check.
import { spawn } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import { vitestTotals } from './vitest-counts.js';

const VITEST_REPORT = 'test-results/vitest.json';
const NODE_TEST = ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1'];
// Node 20's test runner takes no globs: name the spec files.
/** @param {string} dir */
const specs = async (dir) =>
	(await readdir(dir)).filter((name) => name.endsWith('.spec.ts')).map((name) => `${dir}/${name}`);

const steps = [
	{ name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
	{ name: 'types', command: 'npm', args: ['run', '--silent', 'check'] },
	{
		name: 'unit',
		command: 'npx',
		args: [
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${VITEST_REPORT}`
		],
		count: vitestCounts
	},
	{ name: 'build', command: 'npm', args: ['run', '--silent', 'build'], required: true },
	{
		name: 'build checks',
		command: 'node',
		args: [...NODE_TEST, ...(await specs('tests/build'))],
		count: nodeTestCounts,
		needsBuild: true
	},
	{
		name: 'end-to-end',
		command: 'node',
		args: [...NODE_TEST, ...(await specs('tests/e2e'))],
		count: nodeTestCounts,
		needsBuild: true
	}
];

/**
 * Runs a step, echoing its output as it comes, and resolves with its exit code and output.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<{ code: number; output: string }>}
 */
function run(command, args) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
		let output = '';
		/** @param {import('node:stream').Readable} stream @param {NodeJS.WriteStream} sink */
		const tee = (stream, sink) =>
			stream.on('data', (/** @type {Buffer} */ chunk) => {
				output += chunk;
				sink.write(chunk);
			});
		tee(child.stdout, process.stdout);
		tee(child.stderr, process.stderr);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
		child.on('error', (error) => resolve({ code: 1, output: String(error) }));
	});
}

async function vitestCounts() {
	return vitestTotals(JSON.parse(await readFile(VITEST_REPORT, 'utf8')));
}

/** @param {string} output */
async function nodeTestCounts(output) {
	/** @param {string} label */
	const number = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(output)?.[1] ?? NaN);
	const passed = number('pass');
	const failed = number('fail') + number('cancelled');
	if (Number.isNaN(passed) || Number.isNaN(failed)) return undefined;
	return { passed, failed };
}

let passed = 0;
let failed = 0;
let built = true;
const summary = [];
await rm(VITEST_REPORT, { force: true });
for (const step of steps) {
	if (step.needsBuild && !built) {
		failed += 1;
		summary.push(`${step.name}: not run, the build failed`);
		continue;
	}
	console.log(`\n=== ${step.name} ===`);
	const { code, output } = await run(step.command, step.args);
	if (step.required && code !== 0) built = false;
	const counts = step.count ? await step.count(output).catch(() => undefined) : undefined;
	if (counts) {
		// A runner that exits non-zero without a failing test still failed (e.g. it crashed).
		const stepFailed = counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0);
		passed += counts.passed;
		failed += stepFailed;
		summary.push(`${step.name}: ${counts.passed} passed, ${stepFailed} failed`);
	} else {
		if (code === 0) passed += 1;
		else failed += 1;
		summary.push(`${step.name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
	}
}

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
