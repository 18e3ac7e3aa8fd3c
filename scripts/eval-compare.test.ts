import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'factdeck-compare-'));

function run(script: string, ...args: string[]): Promise<{ code: number | null; stdout: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['--import', 'tsx', `scripts/${script}`, ...args],
			{ cwd: ROOT, timeout: 60_000 },
			(error, stdout) =>
				resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout })
		);
	});
}

function version(name: string, prompts: string[]): string {
	const out = join(dir, name);
	mkdirSync(out, { recursive: true });
	const questions = prompts.map((prompt) => ({
		document: 'kelby.md',
		type: 'truefalse',
		prompt,
		answer: 'true'
	}));
	writeFileSync(join(out, 'questions.json'), JSON.stringify(questions));
	return out;
}

describe('eval:compare CLI', () => {
	it(
		'writes a blind sheet of what changed, and eval:agreement scores each side',
		{ timeout: 60_000 },
		async () => {
			const before = version('before', ['Kelby has a port.', 'Kelby has 9,000 people.']);
			const after = version('after', ['Kelby has a port.', 'Kelby lies on the Brenna.']);
			const out = join(dir, 'sheet');
			const { code, stdout } = await run('eval-compare.ts', before, after, '--out', out);
			expect(code).toBe(0);
			expect(stdout).toMatch(/2 in both|1 in both/);
			expect(stdout).toMatch(/1 removed, 1 added/);
			const sheet = readFileSync(join(out, 'sample-blind.md'), 'utf8');
			expect(sheet).toMatch(/Kelby has 9,000 people\./);
			expect(sheet).toMatch(/Kelby lies on the Brenna\./);
			expect(sheet).not.toMatch(/Kelby has a port\./);
			// Nothing on the sheet says which version an item comes from.
			expect(sheet).not.toMatch(/removed|added|before|after/);
			const key = JSON.parse(readFileSync(join(out, 'compare-key.json'), 'utf8')) as {
				items: Record<string, { side: string; prompt: string }>;
			};
			const ids = Object.keys(key.items);
			expect(ids).toHaveLength(2);
			const added = ids.find((id) => key.items[id]?.side === 'added') as string;
			const removed = ids.find((id) => key.items[id]?.side === 'removed') as string;
			for (const rater of ['A', 'B'])
				writeFileSync(join(out, `ratings-${rater}.tsv`), `${added}\t1\t\n${removed}\t0\tvague\n`);
			const agreement = await run('eval-agreement.ts', out);
			expect(agreement.code).toBe(0);
			expect(agreement.stdout).toMatch(/^removed: 0 of 1 acceptable/m);
			expect(agreement.stdout).toMatch(/^added: 1 of 1 acceptable/m);
		}
	);

	it('refuses a folder without questions.json', { timeout: 60_000 }, async () => {
		const empty = join(dir, 'empty');
		mkdirSync(empty, { recursive: true });
		const { code } = await run('eval-compare.ts', empty, empty);
		expect(code).toBe(2);
	});
});
