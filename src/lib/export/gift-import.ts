// Reads Moodle GIFT into a new QuestionSet: multiple choice, true/false, short answer (becomes a
// cloze question) and numeric. Comments (`//`), `$CATEGORY:` lines, titles, [format] markers,
// escapes and questions over several lines are understood; matching, essay, description and
// multiple-answer questions are skipped with a warning. Syntax errors name their line, and any
// error means nothing is imported.
import type { Question, QuestionSet } from '$lib/types';

export const MAX_GIFT_CHARS = 2 * 1024 * 1024;
// The limits every saved set keeps (see json-import.ts), checked here so an import can be saved.
const MAX_TEXT = 2000;
const MAX_ANSWER = 500;
const MAX_OPTIONS = 10;
const MAX_ACCEPT = 20;
const BLANK = '_____';

export interface GiftImportOptions {
	/** The new set's id; the caller makes it unique. */
	id: string;
	/** Default: the `// Factdeck set:` title line, the last `$CATEGORY:` segment, `fallbackTitle`. */
	title?: string;
	/** e.g. the file name; used when the file names no title itself. */
	fallbackTitle?: string;
}

export type GiftImportOutcome =
	{ ok: true; value: QuestionSet; warnings: string[] } | { ok: false; errors: string[] };

interface Line {
	number: number;
	text: string;
}

interface Block {
	text: string;
	/** Start offset of each line in `text`, with its line number in the file. */
	lines: { offset: number; number: number }[];
}

class GiftError extends Error {}

function lineAt(block: Block, offset: number): number {
	let number = block.lines[0]?.number ?? 1;
	for (const line of block.lines) {
		if (line.offset > offset) break;
		number = line.number;
	}
	return number;
}

/** Questions are separated by blank lines; comment lines vanish wherever they are. */
function splitBlocks(text: string): { blocks: Block[]; categories: string[]; titles: string[] } {
	const blocks: Block[] = [];
	const categories: string[] = [];
	const titles: string[] = [];
	let current: Line[] = [];
	const flush = () => {
		if (current.length === 0) return;
		let offset = 0;
		const lines = current.map((line) => {
			const entry = { offset, number: line.number };
			offset += line.text.length + 1;
			return entry;
		});
		blocks.push({ text: current.map((l) => l.text).join('\n'), lines });
		current = [];
	};
	text.split(/\r\n|\r|\n/).forEach((raw, index) => {
		const trimmed = raw.trim();
		if (trimmed.startsWith('//')) {
			// Factdeck's own export names the set in its first comment.
			const title = /^\/\/\s*Factdeck set:\s*(.+)$/.exec(trimmed);
			if (title?.[1]) titles.push(title[1].trim());
			return;
		}
		if (trimmed === '') return flush();
		const category = /^\$CATEGORY:\s*(.*)$/i.exec(trimmed);
		if (category) {
			flush();
			categories.push(category[1] ?? '');
			return;
		}
		current.push({ number: index + 1, text: raw });
	});
	flush();
	return { blocks, categories, titles };
}

/** Index of the first unescaped `target` at or after `from`, or -1. */
function findUnescaped(text: string, target: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') {
			i++;
			continue;
		}
		if (text.startsWith(target, i)) return i;
	}
	return -1;
}

/** Splits on every unescaped occurrence of any of `markers`, keeping the marker with its part. */
function splitUnescaped(text: string, markers: string): { marker: string; body: string }[] {
	const parts: { marker: string; body: string }[] = [];
	let start = -1;
	let marker = '';
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') {
			i++;
			continue;
		}
		const c = text[i] ?? '';
		if (markers.includes(c)) {
			if (start >= 0) parts.push({ marker, body: text.slice(start, i) });
			marker = c;
			start = i + 1;
		}
	}
	if (start >= 0) parts.push({ marker, body: text.slice(start) });
	return parts;
}

const ESCAPABLE = '\\~=#{}:';

/** Raw line breaks and runs of spaces are layout; `\n` is a real new line. */
function unescape(raw: string): string {
	return raw
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\\(.)/g, (match, c: string) =>
			c === 'n' ? '\n' : ESCAPABLE.includes(c) ? c : match
		);
}

/** Drops per-answer feedback (`#…`) and a weight (`%50%`). */
function answerText(body: string): { text: string; weight: number | null } {
	const feedback = findUnescaped(body, '#');
	let text = feedback >= 0 ? body.slice(0, feedback) : body;
	const weight = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(text);
	if (weight) text = text.slice(weight[0].length);
	// Undo the exporter's guard against Moodle reading "->" as a matching question.
	const plain = unescape(text).replace(/-\u2060>/g, '->');
	return { text: plain, weight: weight ? Number(weight[1]) : null };
}

type Parsed =
	| {
			kind: 'question';
			question: Omit<Question, 'id' | 'sourceSentence' | 'explanation'>;
			feedback?: string;
	  }
	| { kind: 'skip'; warning: string };

function parseAnswers(raw: string, prompt: string, line: number): Parsed {
	const generalAt = findUnescaped(raw, '####');
	const feedback = generalAt >= 0 ? unescape(raw.slice(generalAt + 4)) : undefined;
	const answers = (generalAt >= 0 ? raw.slice(0, generalAt) : raw).trim();
	const extra = feedback ? { feedback } : {};

	if (answers === '') {
		return {
			kind: 'skip',
			warning: `line ${line}: essay question skipped (Factdeck cannot mark essays)`
		};
	}
	if (answers.startsWith('#')) {
		const values = splitUnescaped(
			answers.slice(1).trim().startsWith('=') ? answers.slice(1) : `=${answers.slice(1)}`,
			'='
		)
			.map((part) => answerText(part.body).text)
			.filter((v) => v !== '');
		const numbers = values.map((v) => {
			const range = /^(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)$/.exec(v);
			const exact = /^(-?[\d.]+(?:e[+-]?\d+)?)(?:\s*:\s*[\d.]+)?$/i.exec(v);
			const number = range?.[1] ?? exact?.[1];
			if (number === undefined || !Number.isFinite(Number(number))) {
				throw new GiftError(`line ${line}: numeric answer "${v}" is not a number`);
			}
			return number;
		});
		const [answer, ...accept] = numbers;
		if (answer === undefined)
			throw new GiftError(`line ${line}: numeric question has no answer after #`);
		return {
			kind: 'question',
			question: { type: 'numeric', prompt, answer, ...(accept.length ? { accept } : {}) },
			...extra
		};
	}
	const truth = /^(TRUE|T|FALSE|F)\s*(?:#|$)/i.exec(answers);
	if (truth) {
		const answer = (truth[1] ?? '').toUpperCase().startsWith('T') ? 'true' : 'false';
		return {
			kind: 'question',
			question: { type: 'truefalse', prompt, answer },
			...extra
		};
	}
	if (!answers.startsWith('=') && !answers.startsWith('~')) {
		throw new GiftError(`line ${line}: each answer must start with = (right) or ~ (wrong)`);
	}
	const parts = splitUnescaped(answers, '=~');
	if (parts.some((p) => p.marker === '=' && findUnescaped(p.body, '->') >= 0)) {
		return { kind: 'skip', warning: `line ${line}: matching question skipped (not supported)` };
	}
	const parsed = parts.map((p) => ({ marker: p.marker, ...answerText(p.body) }));
	if (parsed.some((p) => p.text === '')) {
		throw new GiftError(`line ${line}: an answer is empty`);
	}
	const isRight = (p: (typeof parsed)[number]) => p.marker === '=' || p.weight === 100;
	if (parsed.every((p) => p.marker === '=')) {
		const [answer, ...accept] = parsed.map((p) => p.text);
		return {
			kind: 'question',
			question: {
				type: 'cloze',
				prompt,
				answer: answer ?? '',
				...(accept.length ? { accept } : {})
			},
			...extra
		};
	}
	const right = parsed.filter(isRight);
	if (right.length === 0 && parsed.some((p) => p.weight !== null)) {
		return {
			kind: 'skip',
			warning: `line ${line}: multiple-answer question skipped (not supported)`
		};
	}
	if (right.length === 0) {
		throw new GiftError(
			`line ${line}: multiple-choice question has no right answer (mark it with =)`
		);
	}
	if (right.length > 1) {
		throw new GiftError(
			`line ${line}: multiple-choice question has more than one right answer (=)`
		);
	}
	return {
		kind: 'question',
		question: {
			type: 'mcq',
			prompt,
			answer: right[0]?.text ?? '',
			options: parsed.map((p) => p.text)
		},
		...extra
	};
}

function parseBlock(block: Block): Parsed {
	let text = block.text;
	let offset = 0;
	const startLine = lineAt(block, 0);
	const lead = text.length - text.trimStart().length;
	if (text.startsWith('::', lead)) {
		const end = findUnescaped(text, '::', lead + 2);
		if (end < 0)
			throw new GiftError(`line ${startLine}: missing closing :: after the question title`);
		offset = end + 2;
		text = text.slice(offset);
	}
	const open = findUnescaped(text, '{');
	if (open < 0) {
		return { kind: 'skip', warning: `line ${startLine}: text without an answer block {…} skipped` };
	}
	const openLine = lineAt(block, offset + open);
	const close = findUnescaped(text, '}', open + 1);
	if (close < 0) throw new GiftError(`line ${openLine}: missing closing }`);
	const nested = findUnescaped(text.slice(0, close), '{', open + 1);
	if (nested >= 0) {
		throw new GiftError(
			`line ${lineAt(block, offset + nested)}: { inside an answer block (escape it as \\{)`
		);
	}
	const after = text.slice(close + 1);
	if (findUnescaped(after, '{') >= 0 || findUnescaped(after, '}') >= 0) {
		throw new GiftError(
			`line ${lineAt(block, offset + close + 1)}: only one answer block per question`
		);
	}
	const before = text
		.slice(0, open)
		.trimStart()
		.replace(/^\[(?:html|moodle|plain|markdown)\]/i, '');
	const prompt = unescape(after.trim() === '' ? before : `${before}${BLANK}${after}`);
	if (prompt === '') throw new GiftError(`line ${startLine}: question has no text`);
	if (prompt.length > MAX_TEXT) {
		throw new GiftError(`line ${startLine}: question text is over ${MAX_TEXT} characters`);
	}
	const parsed = parseAnswers(text.slice(open + 1, close), prompt, openLine);
	if (parsed.kind === 'question') checkLimits(parsed, openLine);
	return parsed;
}

function checkLimits(parsed: Extract<Parsed, { kind: 'question' }>, line: number): void {
	const { question, feedback } = parsed;
	const answers = [question.answer, ...(question.options ?? []), ...(question.accept ?? [])];
	if (answers.some((a) => a.length > MAX_ANSWER)) {
		throw new GiftError(`line ${line}: an answer is over ${MAX_ANSWER} characters`);
	}
	if ((question.options?.length ?? 0) > MAX_OPTIONS) {
		throw new GiftError(`line ${line}: more than ${MAX_OPTIONS} choices`);
	}
	if ((question.accept?.length ?? 0) > MAX_ACCEPT) {
		throw new GiftError(`line ${line}: more than ${MAX_ACCEPT} accepted answers`);
	}
	if (feedback && feedback.length > MAX_TEXT) {
		throw new GiftError(`line ${line}: feedback is over ${MAX_TEXT} characters`);
	}
}

function fillBlank(prompt: string, answer: string): string {
	return prompt.includes(BLANK) ? prompt.replace(BLANK, () => answer) : prompt;
}

export function importGift(text: string, options: GiftImportOptions): GiftImportOutcome {
	if (text.length > MAX_GIFT_CHARS) {
		return { ok: false, errors: ['The file is too large (over 2 MB) for a question bank.'] };
	}
	if (text.includes('\u0000')) {
		return { ok: false, errors: ['This is not a GIFT text file (it contains binary data).'] };
	}
	const { blocks, categories, titles } = splitBlocks(text);
	const errors: string[] = [];
	const warnings: string[] = [];
	const sentences: string[] = [];
	const questions: Question[] = [];
	for (const block of blocks) {
		let parsed: Parsed;
		try {
			parsed = parseBlock(block);
		} catch (error) {
			if (!(error instanceof GiftError)) throw error;
			errors.push(error.message);
			continue;
		}
		if (parsed.kind === 'skip') {
			warnings.push(parsed.warning);
			continue;
		}
		const { question, feedback } = parsed;
		const explanation = feedback || fillBlank(question.prompt, question.answer);
		let sentence = sentences.indexOf(explanation);
		if (sentence < 0) sentence = sentences.push(explanation) - 1;
		questions.push({
			...question,
			id: `q${questions.length + 1}`,
			sourceSentence: sentence,
			explanation
		});
	}
	if (errors.length > 0) return { ok: false, errors };
	if (questions.length === 0) {
		return {
			ok: false,
			errors: ['No questions found: GIFT questions look like ::Title::Text {=right ~wrong}']
		};
	}
	const category = categories.at(-1)?.split('/').filter(Boolean).at(-1);
	return {
		ok: true,
		value: {
			id: options.id,
			title: (
				options.title ??
				titles[0] ??
				(category || options.fallbackTitle || 'Imported questions')
			).slice(0, 200),
			tags: ['imported'],
			generatorVersion: 'import:gift',
			sentences,
			questions
		},
		warnings
	};
}
