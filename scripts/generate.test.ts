import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
// `node --import tsx` rather than the tsx binary, which would start a second node process.
const NODE_ARGS = ['--import', 'tsx', 'scripts/generate.ts'];
const dir = mkdtempSync(join(tmpdir(), 'factdeck-cli-'));

/** Runs the CLI as a child process; asynchronous so that the cases can run side by side. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[...NODE_ARGS, ...args],
			{ cwd: ROOT, timeout: 30_000 },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
				resolve({ code, stdout, stderr });
			}
		);
	});
}

function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe.concurrent('generate CLI', () => {
	it('prints the question set of a Markdown file as JSON only, exit 0', async () => {
		const { code, stdout, stderr } = await run('content/articles/north-korea-troops-russia.md');
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const set = JSON.parse(stdout);
		expect(set.title).toBe('North Korea sends 3,000 more troops to Russia');
		expect(set.questions.length).toBeGreaterThanOrEqual(25);
		expect(set.sentences[set.questions[0].sourceSentence]).toBe(set.questions[0].explanation);
	}, 30_000);

	it('explains per sentence what became of each candidate with --explain', async () => {
		const seed = 'content/articles/north-korea-troops-russia.md';
		const { code, stdout } = await run(seed, '--explain');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^\[0\] salience 1\.00/m);
		expect(stdout).toMatch(/dropped: duplicate: cloze and true\/false on one sentence /);
		expect(stdout).toMatch(/dropped: topic giveaway: /);
		const json = await run(seed, '--explain', '--json');
		const explained = JSON.parse(json.stdout);
		expect(explained.featureNames.length).toBe(
			explained.sentences[0].candidates[0].features.length
		);
	}, 30_000);

	it('reads plain text and honours --max', async () => {
		const path = file(
			'plain.txt',
			'The Eiffel Tower in Paris was completed in 1889 and is about 330 metres tall.\n'
		);
		const { code, stdout } = await run(path, '--max', '2');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).questions.length).toBeLessThanOrEqual(2);
	}, 30_000);

	it('gives an empty set with a warning, exit 0, for text without facts', async () => {
		const { code, stdout } = await run(file('empty.md', '---\ntitle: Nothing\n---\n\n'));
		expect(code).toBe(0);
		const set = JSON.parse(stdout);
		expect(set.questions).toEqual([]);
		expect(set.warnings.length).toBeGreaterThan(0);
	}, 30_000);

	it.each([
		['a missing file', () => join(dir, 'missing.md'), /cannot read/],
		['a directory', () => dir, /cannot read/],
		[
			'binary data',
			() => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])),
			/binary/
		],
		[
			'text that is not UTF-8',
			() => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe])),
			/UTF-8/
		],
		[
			'broken front matter',
			() => file('broken.md', '---\ntitle: [unclosed\n---\nText.'),
			/front matter/
		],
		[
			'unterminated front matter',
			() => file('open.md', '---\ntitle: Open\nText without an end.'),
			/front matter/
		]
	])(
		'exits 2 with a one-line message for %s',
		async (_name, makePath, message) => {
			const { code, stdout, stderr } = await run(makePath());
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(message);
		},
		30_000
	);
});
