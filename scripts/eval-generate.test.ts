import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '../src/lib/generate/index';
import { readDocuments } from './eval/documents';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'factdeck-eval-'));
const docs = join(dir, 'docs');
const facts = join(dir, 'facts');
const out = join(dir, 'out');
mkdirSync(docs);
mkdirSync(facts);
copyFileSync(join(ROOT, 'content/corpus/news-bridge-collapse.md'), join(docs, 'bridge.md'));
copyFileSync(join(ROOT, 'content/corpus/science-exoplanet.md'), join(docs, 'planet.txt'));
// One fact the generator does ask (the first question's answer) and one no article holds.
const [bridge] = readDocuments(docs).filter((d) => d.name === 'bridge');
const asked = bridge ? generateQuestionSet(bridge.input).questions[0]?.answer : undefined;
writeFileSync(join(facts, 'bridge.txt'), `# key facts\n${asked}\nzebra unicorn\n`);

function run(...args: string[]): Promise<{ code: number | null; stdout: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['--import', 'tsx', 'scripts/eval-generate.ts', ...args],
			{ cwd: ROOT, timeout: 60_000 },
			(error, stdout) =>
				resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout })
		);
	});
}

describe('eval:generate CLI', () => {
	it(
		'prints figures, recall and writes report, blind sample and key',
		{ timeout: 60_000 },
		async () => {
			const { code, stdout } = await run(docs, '--facts', facts, '--sample', '5', '--out', out);
			expect(code).toBe(0);
			expect(asked).toBeTruthy();
			expect(stdout).toContain('== bridge.md');
			expect(stdout).toContain('== planet.txt — planet');
			expect(stdout).toContain('key facts: 1 of 2');
			expect(stdout).toContain('missed: zebra unicorn');
			expect(stdout).toContain('== overall: 2 documents');
			const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
			expect(report.overall.facts).toBe(2);
			const key = JSON.parse(readFileSync(join(out, 'sample-key.json'), 'utf8'));
			expect(Object.keys(key.items)).toEqual(['Q01', 'Q02', 'Q03', 'Q04', 'Q05']);
			const blind = readFileSync(join(out, 'sample-blind.md'), 'utf8');
			expect(blind).toContain('### Q05');
			expect(blind).not.toMatch(/questionId|sourceSentence|difficulty|tags/);
		}
	);
	it('refuses a call without a folder', async () => {
		expect((await run()).code).toBe(2);
	});
});
