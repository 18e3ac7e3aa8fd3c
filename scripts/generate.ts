// CLI: prints the question set of a Markdown or text file as JSON on stdout.
//   npm run --silent generate -- <file.md|file.txt> [--max N] [--explain [--json]]
// --explain prints, per sentence, its salience, facts and candidates and why each was dropped.
// Exit 0 with JSON only on stdout; exit 2 with one line on stderr for input it cannot use.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ArticleError, parseArticle } from '../src/lib/content/article';
import { explainGeneration, formatExplanation } from '../src/lib/generate/explain';
import { generateQuestionSet } from '../src/lib/generate/index';

class InputError extends Error {}

function readText(path: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a directory'
					: (code ?? 'unreadable');
		throw new InputError(`${path}: cannot read file (${reason})`);
	}
	if (bytes.includes(0))
		throw new InputError(`${path}: binary file, expected Markdown or plain text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${path}: not UTF-8 text, expected Markdown or plain text`);
	}
	const sample = text.slice(0, 100_000);
	// eslint-disable-next-line no-control-regex -- counting control characters is the point here
	const control = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
	if (sample.length > 0 && control / sample.length > 0.01) {
		throw new InputError(`${path}: binary or non-text content, expected Markdown or plain text`);
	}
	return text;
}

interface Args {
	file: string;
	max?: number;
	explain: boolean;
	json: boolean;
}

const USAGE =
	'usage: npm run --silent generate -- <file.md|file.txt> [--max N] [--explain [--json]]';

function parseArgs(argv: string[]): Args {
	const files: string[] = [];
	let max: number | undefined;
	let explain = false;
	let json = false;
	for (let i = 0; i < argv.length; i += 1) {
		const arg = argv[i] as string;
		if (arg === '--max') {
			max = Number(argv[(i += 1)]);
			if (!Number.isInteger(max) || max < 0) throw new InputError('--max needs a whole number');
		} else if (arg === '--explain') explain = true;
		else if (arg === '--json') json = true;
		else files.push(arg);
	}
	if (files.length !== 1) throw new InputError(USAGE);
	return { file: files[0] as string, max, explain, json };
}

function main(): number {
	try {
		const { file, max, explain, json } = parseArgs(process.argv.slice(2));
		const raw = readText(file);
		const article = parseArticle(basename(file), raw);
		const options = max === undefined ? {} : { maxQuestions: max };
		if (explain) {
			const explanation = explainGeneration(article, options);
			process.stdout.write(
				json ? `${JSON.stringify(explanation, null, 2)}\n` : formatExplanation(explanation)
			);
			return 0;
		}
		const set = generateQuestionSet(article, options);
		const output = article.tags ? { ...set, tags: article.tags } : set;
		process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
		return 0;
	} catch (error) {
		if (error instanceof InputError || error instanceof ArticleError) {
			process.stderr.write(`${error.message.split('\n')[0]}\n`);
			return 2;
		}
		throw error;
	}
}

process.exitCode = main();
