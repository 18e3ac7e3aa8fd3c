import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'factdeck-cli-'));

function run(...args: string[]) {
	const result = spawnSync(TSX, ['scripts/generate.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 30_000
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('generate CLI', () => {
	it('prints the question set of a Markdown file as JSON only, exit 0', () => {
		const { code, stdout, stderr } = run('content/articles/north-korea-troops-russia.md');
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const set = JSON.parse(stdout);
		expect(set.title).toBe('North Korea sends 3,000 more troops to Russia');
		expect(set.questions.length).toBeGreaterThanOrEqual(25);
		expect(set.sentences[set.questions[0].sourceSentence]).toBe(set.questions[0].explanation);
	}, 30_000);

	it('reads plain text and honours --max', () => {
		const path = file(
			'plain.txt',
			'The Eiffel Tower in Paris was completed in 1889 and is about 330 metres tall.\n'
		);
		const { code, stdout } = run(path, '--max', '2');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).questions.length).toBeLessThanOrEqual(2);
	}, 30_000);

	it('gives an empty set with a warning, exit 0, for text without facts', () => {
		const { code, stdout } = run(file('empty.md', '---\ntitle: Nothing\n---\n\n'));
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
		(_name, makePath, message) => {
			const { code, stdout, stderr } = run(makePath());
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(message);
		},
		30_000
	);
});
