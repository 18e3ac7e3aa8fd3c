// Paired comparison of two generator versions on the same articles.
//   npm run eval:compare -- BEFORE_OUT AFTER_OUT [--seed S] [--out DIR]
// BEFORE_OUT and AFTER_OUT are eval:generate output folders (their questions.json). Writes, into
// --out, sample-blind.md (every question one version emits and the other does not, shuffled,
// nothing saying which) and compare-key.json (the side of each id). Rate the sheet blind, then
// `npm run eval:agreement -- DIR` prints the acceptable share of each side.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { compareQuestions, type Side } from './eval/compare';
import { blindMarkdown, drawBlind } from './eval/sample';

const USAGE = 'usage: npm run eval:compare -- BEFORE_OUT AFTER_OUT [--seed S] [--out DIR]';

const Questions = v.array(
	v.object({
		document: v.string(),
		type: v.string(),
		prompt: v.string(),
		answer: v.string(),
		options: v.optional(v.array(v.string()))
	})
);

function readQuestions(dir: string) {
	const file = join(dir, 'questions.json');
	if (!existsSync(file)) throw new Error(`${file}: not found (run npm run eval:generate first)`);
	const parsed = v.safeParse(Questions, JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new Error(`${file}: not a list of questions from eval:generate`);
	return parsed.output;
}

function main(): number {
	const args = process.argv.slice(2);
	const dirs: string[] = [];
	const flags: Record<string, string> = {};
	for (let i = 0; i < args.length; i += 1) {
		const arg = args[i] as string;
		if (arg.startsWith('--')) flags[arg.slice(2)] = args[(i += 1)] ?? '';
		else dirs.push(arg);
	}
	const unknown = Object.keys(flags).filter((f) => f !== 'seed' && f !== 'out');
	if (dirs.length !== 2 || unknown.length > 0) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	let before, after;
	try {
		before = readQuestions(dirs[0] as string);
		after = readQuestions(dirs[1] as string);
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n`);
		return 2;
	}
	const { removed, added, kept } = compareQuestions(before, after);
	const items = [
		...removed.map((q) => ({ ...q, side: 'removed' as Side })),
		...added.map((q) => ({ ...q, side: 'added' as Side }))
	];
	const seed = flags.seed ?? '1';
	const drawn = drawBlind(items, items.length, seed, 'D');
	const out = flags.out ?? join(tmpdir(), 'factdeck-eval-compare');
	mkdirSync(out, { recursive: true });
	writeFileSync(
		join(out, 'sample-blind.md'),
		blindMarkdown(`Questions to rate (compare, seed ${seed})`, drawn)
	);
	const key = Object.fromEntries(drawn.map(({ id, item }) => [id, item]));
	writeFileSync(
		join(out, 'compare-key.json'),
		`${JSON.stringify({ seed, items: key }, null, 2)}\n`
	);
	process.stdout.write(
		`before ${before.length} questions, after ${after.length}: ${kept} in both, ${removed.length} removed, ${added.length} added\n` +
			`sheet of ${drawn.length} written to ${out}\n`
	);
	return 0;
}

process.exitCode = main();
