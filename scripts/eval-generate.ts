// Evaluates the generator on a folder of articles (kept outside the repository).
//   npm run eval:generate -- DIR [--facts DIR] [--sample N] [--seed S] [--out DIR] [--pool N [--pool-scope all|selection]]
// Prints figures per document and overall; writes report.json, questions.json (every question),
// sample-blind.md, sample-key.json (and pool-blind.md, pool-key.json with --pool) into --out.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { generateQuestionSet } from '../src/lib/generate/index';
import { readDocuments } from './eval/documents';
import { parseFacts } from './eval/recall';
import { buildReport, formatReport } from './eval/report';
import type { PoolScope } from './eval/pool-sample';
import { blindMarkdown, drawBlind } from './eval/sample';

interface Options {
	dir: string;
	facts?: string;
	sample: number;
	seed: string;
	out: string;
	pool?: number;
	poolScope: PoolScope;
}

const USAGE =
	'usage: npm run eval:generate -- DIR [--facts DIR] [--sample N] [--seed S] [--out DIR] [--pool N [--pool-scope all|selection]]';

function parseArgs(argv: string[]): Options {
	const dirs: string[] = [];
	const flags: Record<string, string> = {};
	for (let i = 0; i < argv.length; i += 1) {
		const arg = argv[i] as string;
		if (arg.startsWith('--')) {
			const value = argv[(i += 1)];
			if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
			flags[arg.slice(2)] = value;
		} else dirs.push(arg);
	}
	const unknown = Object.keys(flags).filter(
		(f) => !['facts', 'sample', 'seed', 'out', 'pool', 'pool-scope'].includes(f)
	);
	if (dirs.length !== 1 || unknown.length > 0) throw new Error(USAGE);
	const poolScope = flags['pool-scope'] ?? 'all';
	if (poolScope !== 'all' && poolScope !== 'selection')
		throw new Error(`--pool-scope is all or selection, not "${poolScope}"`);
	const count = (name: string, fallback?: number) => {
		const value = flags[name] === undefined ? fallback : Number(flags[name]);
		if (value !== undefined && (!Number.isInteger(value) || value < 0))
			throw new Error(`--${name} needs a whole number`);
		return value;
	};
	const dir = resolve(dirs[0] as string);
	return {
		dir,
		facts: flags.facts,
		sample: count('sample', 48) as number,
		seed: flags.seed ?? '1',
		// Outside the repository by default: the sample holds the articles' text.
		out: flags.out ?? join(tmpdir(), `factdeck-eval-${basename(dir)}`),
		pool: count('pool'),
		poolScope
	};
}

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

async function main(): Promise<number> {
	let options: Options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n`);
		return 2;
	}
	const documents = readDocuments(options.dir);
	if (documents.length === 0) {
		process.stderr.write(`${options.dir}: no .md or .txt files\n`);
		return 2;
	}
	const runs = documents.map((d) => {
		const factsFile = options.facts ? join(options.facts, `${d.name}.txt`) : undefined;
		return {
			file: d.file,
			set: generateQuestionSet(d.input),
			words: words(d.input.text),
			...(factsFile && existsSync(factsFile)
				? { facts: parseFacts(readFileSync(factsFile, 'utf8')) }
				: {})
		};
	});
	const report = buildReport(runs);
	process.stdout.write(formatReport(report));

	mkdirSync(options.out, { recursive: true });
	writeFileSync(join(options.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

	const questions = runs.flatMap(({ file, set }) =>
		set.questions.map((q) => ({ document: file, question: q }))
	);
	// Every question, for a paired comparison with another version (npm run eval:compare).
	const emitted = questions.map(({ document, question: q }) => ({
		document,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.options ? { options: q.options } : {})
	}));
	writeFileSync(join(options.out, 'questions.json'), `${JSON.stringify(emitted, null, 1)}\n`);
	const drawn = drawBlind(
		questions.map(({ document, question }) => ({ document, ...question })),
		options.sample,
		options.seed,
		'Q'
	);
	writeFileSync(
		join(options.out, 'sample-blind.md'),
		blindMarkdown(`Questions to rate (seed ${options.seed})`, drawn)
	);
	const key = Object.fromEntries(
		drawn.map(({ id, item }) => {
			const { document, id: questionId, ...question } = item;
			return [id, { document, questionId, ...question }];
		})
	);
	writeFileSync(
		join(options.out, 'sample-key.json'),
		`${JSON.stringify({ seed: options.seed, items: key }, null, 2)}\n`
	);
	process.stdout.write(
		`\nsample: ${drawn.length} of ${questions.length} questions (seed ${options.seed})\n`
	);

	if (options.pool !== undefined) {
		// Loaded only here, so that the rest works without src/lib/generate/explain.ts.
		let buildPool: typeof import('./eval/pool').buildPool;
		try {
			({ buildPool } = await import('./eval/pool'));
		} catch (error) {
			process.stderr.write(
				`--pool needs explainGeneration from src/lib/generate/explain.ts: ${(error as Error).message.split('\n')[0]}\n`
			);
			return 1;
		}
		const pool = buildPool(documents, options.pool, options.seed, options.poolScope);
		writeFileSync(join(options.out, 'pool-blind.md'), pool.blind);
		writeFileSync(join(options.out, 'pool-key.json'), `${JSON.stringify(pool.key, null, 2)}\n`);
		process.stdout.write(
			`pool: ${Object.keys(pool.key.items).length} of ${pool.total} candidates (${options.poolScope === 'all' ? 'all' : 'those that reached selection'}; seed ${options.seed})\n`
		);
	}
	process.stdout.write(`written to ${options.out}\n`);
	return 0;
}

process.exitCode = await main();
