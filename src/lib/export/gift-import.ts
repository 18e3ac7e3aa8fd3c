// Reads Moodle GIFT into a new QuestionSet, question types decided the way Moodle's own reader
// (question/format/gift/format.php) decides them: multiple choice, true/false, short answer
// (becomes a cloze question) and numeric. Comments (`//`), `$CATEGORY:` lines, titles, format
// markers ([html] text becomes plain text), escapes, weights, per-answer feedback and questions
// over several lines are understood.
//
// Factdeck marks an answer right or wrong and keeps one explanation per question, so what it has
// no place for is reported, question by question with its line: partial credit and penalties
// (those answers count as wrong), number ranges (see numericQuestion), feedback on single answers.
// Matching, essay, description and multiple-answer questions are skipped with a warning, and so is
// a question with a syntax error: the rest of the file is still imported.
import type { Question, QuestionSet } from '$lib/types';
import { htmlToText } from './gift-html';
import { decimalOf, plainDecimal } from './gift-number';

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

/** `warnings` name, by line, what was skipped or changed; `errors` why nothing could be imported. */
export type GiftImportOutcome =
	{ ok: true; value: QuestionSet; warnings: string[] } | { ok: false; errors: string[] };

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
	let current: { number: number; text: string }[] = [];
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

/** Index of the last unescaped `target`, or -1. */
function findLastUnescaped(text: string, target: string): number {
	let last = -1;
	for (let at = findUnescaped(text, target); at >= 0; at = findUnescaped(text, target, at + 1)) {
		last = at;
	}
	return last;
}

/**
 * Splits at every unescaped character of `markers`; each part keeps the marker before it (''
 * for the text before the first). An empty first part is dropped, as Moodle drops it.
 */
function splitMarked(text: string, markers: string): { marker: string; body: string }[] {
	const parts: { marker: string; body: string }[] = [];
	let start = 0;
	let marker = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? '';
		if (c === '\\') {
			i++;
			continue;
		}
		if (markers.includes(c)) {
			parts.push({ marker, body: text.slice(start, i) });
			marker = c;
			start = i + 1;
		}
	}
	parts.push({ marker, body: text.slice(start) });
	return parts.filter((p, i) => i > 0 || p.body.trim() !== '');
}

const ESCAPABLE = '\\~=#{}:';
const LAYOUT = /[ \t\r\n\f\v]+/g;

/** GIFT escapes undone; raw line breaks and runs of spaces are layout, `\n` is a real new line. */
function unescape(raw: string): string {
	return raw
		.replace(LAYOUT, ' ')
		.trim()
		.replace(/\\(.)/g, (match, c: string) =>
			c === 'n' ? '\n' : ESCAPABLE.includes(c) ? c : match
		);
}

type Format = 'moodle' | 'html' | 'plain' | 'markdown';

/** A leading [format] marker (lower case, as Moodle reads it) and the text after it. */
function withFormat(raw: string, fallback: Format): { format: Format; body: string } {
	const marker = /^\s*\[(moodle|html|plain|markdown)\]/.exec(raw);
	if (!marker) return { format: fallback, body: raw };
	return { format: marker[1] as Format, body: raw.slice(marker[0].length) };
}

/** A text Moodle displays: [html] becomes plain text; other formats are kept as written. */
function displayText(raw: string, fallback: Format): string {
	const { format, body } = withFormat(raw, fallback);
	const text = unescape(body);
	return format === 'html' ? htmlToText(text) : text;
}

/** A short or numeric answer: compared with the student's typing, so never decoded as HTML. */
function typedText(raw: string): string {
	// `\*` is a literal * in Moodle (a bare * is a wildcard, which Factdeck keeps as a plain *).
	// "-\u2060>" is how Factdeck exported "->" before it wrote such answers on their own.
	return unescape(withFormat(raw, 'moodle').body)
		.replace(/\\\*/g, '*')
		.replace(/-\u2060>/g, '->');
}

interface Answer {
	/** The answer as written, marker, weight and feedback included. */
	raw: string;
	/** 1 for full marks; null when no %weight% was given. */
	weight: number | null;
	/** After the weight, before the feedback. */
	body: string;
	feedback: string;
}

/** `%50%text#feedback` -> weight 0.5, body `text`, feedback `feedback`. */
function readAnswer(raw: string, format: Format, parseWeight = true): Answer {
	const weight = parseWeight ? /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw) : null;
	const rest = weight ? raw.slice(weight[0].length) : raw;
	const hash = findUnescaped(rest, '#');
	return {
		raw,
		weight: weight ? Number(weight[1]) / 100 : null,
		body: hash >= 0 ? rest.slice(0, hash) : rest,
		feedback: hash >= 0 ? displayText(rest.slice(hash + 1), format) : ''
	};
}

type Draft = Omit<Question, 'id' | 'sourceSentence' | 'explanation'>;

interface Parsed {
	kind: 'question';
	question: Draft;
	/** General feedback, else the right answer's feedback. */
	explanation: string;
	warnings: string[];
}

type Outcome = Parsed | { kind: 'skip'; warning: string };

/** One warning per question for partial credit and penalties, naming each weighted answer. */
function partialCreditWarning(line: number, answers: { text: string; weight: number | null }[]) {
	const partial = answers.filter((a) => a.weight !== null && a.weight !== 0 && a.weight !== 1);
	if (partial.length === 0) return [];
	const list = partial
		.map((a) => `"${a.text}" ${decimalOf((a.weight ?? 0) * 100).replace('-', '−')}%`)
		.join(', ');
	return [
		`line ${line}: Moodle gives partial marks here (${list}); Factdeck marks each answer right or wrong, so these count as wrong`
	];
}

function feedbackWarning(line: number, dropped: number): string[] {
	return dropped > 0
		? [
				`line ${line}: feedback on single answers is not kept (Factdeck shows one explanation per question)`
			]
		: [];
}

/** The explanation: general feedback, else the right answer's; counts feedback left unused. */
function explanationOf(general: string, right: string, all: string[]): [string, number] {
	const used = general || right;
	const unused = all.filter((f) => f !== '').length - (!general && right ? 1 : 0);
	return [used, unused];
}

function multipleChoice(
	text: string,
	prompt: string,
	general: string,
	format: Format,
	line: number
): Outcome {
	// Moodle splits on ~ after turning every = into ~=; text before the first ~ is a wrong answer.
	const parts = splitMarked(text, '~=');
	if (parts.length < 2) {
		throw new GiftError(`line ${line}: a multiple-choice question needs at least 2 answers`);
	}
	const answers = parts.map(({ marker, body }) => {
		// Moodle reads no weight after =: it is always the right answer.
		const right = marker === '=';
		const answer = readAnswer(body, format, !right);
		const text = displayText(answer.body, format);
		if (text === '') throw new GiftError(`line ${line}: an answer is empty`);
		return {
			...answer,
			text,
			right: right || answer.weight === 1,
			weight: right ? 1 : answer.weight
		};
	});
	const right = answers.filter((a) => a.right);
	if (right.length === 0 && answers.some((a) => (a.weight ?? 0) > 0)) {
		return {
			kind: 'skip',
			warning: `line ${line}: multiple-answer question skipped (Factdeck has no such type)`
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
	const options = answers.map((a) => a.text);
	if (new Set(options).size < options.length) {
		throw new GiftError(`line ${line}: two answers have the same text`);
	}
	const [explanation, unused] = explanationOf(
		general,
		right[0]!.feedback,
		answers.map((a) => a.feedback)
	);
	return {
		kind: 'question',
		question: { type: 'mcq', prompt, answer: right[0]!.text, options },
		explanation,
		warnings: [...partialCreditWarning(line, answers), ...feedbackWarning(line, unused)]
	};
}

function shortAnswer(
	text: string,
	prompt: string,
	general: string,
	format: Format,
	line: number
): Outcome {
	const answers = splitMarked(text, '=').map(({ body }) => {
		const answer = readAnswer(body.trim(), format);
		return { ...answer, text: typedText(answer.body) };
	});
	if (answers.some((a) => a.text === '')) throw new GiftError(`line ${line}: an answer is empty`);
	const full = answers.filter((a) => a.weight === null || a.weight === 1);
	const warnings = partialCreditWarning(line, answers);
	if (full.length === 0) {
		return {
			kind: 'skip',
			warning: `line ${line}: short-answer question skipped: no answer earns full marks`
		};
	}
	const [answer, ...accept] = full.map((a) => a.text);
	const [explanation, unused] = explanationOf(
		general,
		full[0]!.feedback,
		answers.map((a) => a.feedback)
	);
	return {
		kind: 'question',
		question: { type: 'cloze', prompt, answer: answer!, ...(accept.length ? { accept } : {}) },
		explanation,
		warnings: [...warnings, ...feedbackWarning(line, unused)]
	};
}

function trueFalse(
	text: string,
	prompt: string,
	general: string,
	format: Format,
	line: number
): Outcome {
	// {T#feedback if wrong#feedback if right}
	const [value = '', wrong = '', right = ''] = splitMarked(text, '#').map((p) => p.body);
	const answer = value.trim().startsWith('T') ? 'true' : 'false';
	const rightFeedback = displayText(right, format);
	const [explanation, unused] = explanationOf(general, rightFeedback, [
		rightFeedback,
		displayText(wrong, format)
	]);
	return {
		kind: 'question',
		question: { type: 'truefalse', prompt, answer },
		explanation,
		warnings: feedbackWarning(line, unused)
	};
}

/** A number as Moodle reads one (`+5`, `.5` and `1e3` included), in plain decimals. */
function decimal(text: string, line: number): string {
	const value = plainDecimal(text);
	if (value === null) {
		throw new GiftError(`line ${line}: numeric answer "${text.trim()}" is not a number`);
	}
	return value;
}

/** "the whole numbers 1817 to 1827 count", "3.1415 counts", "3 and 7 count". */
function describeValues(values: string[]): string {
	const numbers = values.map(Number).sort((a, b) => a - b);
	const [first = 0, last = 0] = [numbers[0], numbers.at(-1)];
	const run = numbers.every((n, i) => Number.isInteger(n) && n === first + i);
	if (run && numbers.length > 2)
		return `the whole numbers ${decimalOf(first)} to ${decimalOf(last)} count`;
	if (values.length === 1) return `${values[0]} counts`;
	return `${values.slice(0, -1).join(', ')} and ${values.at(-1)} count`;
}

/** Whole numbers from `low` to `high`, when there are at most `max` of them. */
function wholeNumbers(low: number, high: number, max: number): number[] {
	const first = Math.ceil(low);
	const count = Math.floor(high) - first + 1;
	return count >= 1 && count <= max ? Array.from({ length: count }, (_, i) => first + i) : [];
}

/**
 * `{#3:2}` (3 give or take 2), `{#1..5}` (a range) and `{#=3 =%50%4}` (several answers, weighted).
 * Factdeck's numeric questions match one exact value or a list of them. A model-wide tolerance
 * would have to reach grading, assignment links, backups and every export; instead a range
 * becomes its middle value plus the whole numbers inside it (when there are at most 20), which is
 * exact for the common case of years and counts, and the warning says what counts as right.
 */
function numericQuestion(
	text: string,
	prompt: string,
	general: string,
	format: Format,
	line: number
): Outcome {
	// Moodle: everything from the first ~ is feedback for any other (wrong) answer.
	const tilde = findUnescaped(text, '~');
	const wrongFeedback = tilde >= 0 ? readAnswer(text.slice(tilde + 1), format, false).feedback : '';
	const answers = splitMarked(tilde >= 0 ? text.slice(0, tilde) : text, '=').map(({ body }) =>
		readAnswer(body.trim(), format)
	);
	if (answers.length === 0)
		throw new GiftError(`line ${line}: numeric question has no answer after #`);
	const warnings = partialCreditWarning(
		line,
		answers.map((a) => ({ text: typedText(a.body), weight: a.weight }))
	);
	const full = answers.filter((a) => a.weight === null || a.weight === 1);
	const values: string[] = [];
	const ranges: string[] = [];
	for (const answer of full) {
		const written = typedText(answer.body);
		const range = /^(.+?)\.\.(.+)$/.exec(written);
		const colon = written.indexOf(':');
		let middle: number;
		let tolerance = 0;
		if (range) {
			const [low, high] = [range[1]!, range[2]!]
				.map((n) => Number(decimal(n, line)))
				.sort((a, b) => a - b);
			middle = (low! + high!) / 2;
			tolerance = (high! - low!) / 2;
		} else if (colon > 0) {
			middle = Number(decimal(written.slice(0, colon), line));
			tolerance = Math.abs(Number(decimal(written.slice(colon + 1), line)));
		} else {
			values.push(decimal(written, line));
			continue;
		}
		values.push(decimalOf(middle));
		if (tolerance > 0) {
			const low = middle - tolerance;
			const high = middle + tolerance;
			ranges.push(`${decimalOf(low)} to ${decimalOf(high)}`);
			values.push(...wholeNumbers(low, high, MAX_ACCEPT).map(decimalOf));
		}
	}
	if (full.length === 0) {
		return {
			kind: 'skip',
			warning: `line ${line}: numeric question skipped: no answer earns full marks`
		};
	}
	const [answer, ...others] = [...new Set(values)];
	const accept = others.slice(0, MAX_ACCEPT);
	if (ranges.length > 0) {
		warnings.push(
			`line ${line}: Moodle accepts any number from ${ranges.join(' or ')}; Factdeck has no number ranges, so only ${describeValues([answer!, ...accept])} as right`
		);
	}
	const [explanation, unused] = explanationOf(general, full[0]!.feedback, [
		...answers.map((a) => a.feedback),
		wrongFeedback
	]);
	return {
		kind: 'question',
		question: { type: 'numeric', prompt, answer: answer!, ...(accept.length ? { accept } : {}) },
		explanation,
		warnings: [...warnings, ...feedbackWarning(line, unused)]
	};
}

function parseAnswers(raw: string, prompt: string, format: Format, line: number): Outcome {
	const generalAt = findLastUnescaped(raw, '####');
	const general = generalAt >= 0 ? displayText(raw.slice(generalAt + 4), format) : '';
	const text = (generalAt >= 0 ? raw.slice(0, generalAt) : raw).trim();
	if (text === '') {
		return {
			kind: 'skip',
			warning: `line ${line}: essay question skipped (Factdeck cannot mark essays)`
		};
	}
	if (text.startsWith('#')) return numericQuestion(text.slice(1), prompt, general, format, line);
	if (findUnescaped(text, '~') >= 0) return multipleChoice(text, prompt, general, format, line);
	if (findUnescaped(text, '=') >= 0 && findUnescaped(text, '->') >= 0) {
		return {
			kind: 'skip',
			warning: `line ${line}: matching question skipped (Factdeck has no such type)`
		};
	}
	const hash = findUnescaped(text, '#');
	if (['T', 'TRUE', 'F', 'FALSE'].includes((hash >= 0 ? text.slice(0, hash) : text).trim())) {
		return trueFalse(text, prompt, general, format, line);
	}
	return shortAnswer(text, prompt, general, format, line);
}

function parseBlock(block: Block): Outcome {
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
		if (findUnescaped(text, '}') >= 0)
			throw new GiftError(`line ${startLine}: } without an opening {`);
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
	const before = text.slice(0, open);
	const { format } = withFormat(before, 'moodle');
	const prompt = displayText(after.trim() === '' ? before : `${before}${BLANK}${after}`, 'moodle');
	if (prompt === '') throw new GiftError(`line ${startLine}: question has no text`);
	if (prompt.length > MAX_TEXT) {
		throw new GiftError(`line ${startLine}: question text is over ${MAX_TEXT} characters`);
	}
	const parsed = parseAnswers(text.slice(open + 1, close), prompt, format, openLine);
	if (parsed.kind === 'question') checkLimits(parsed, openLine);
	return parsed;
}

function checkLimits({ question, explanation }: Parsed, line: number): void {
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
	if (explanation.length > MAX_TEXT) {
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
	// Problems in file order; a syntax error skips its question, noted only when others import.
	const problems: { message: string; skipped: boolean }[] = [];
	const sentences: string[] = [];
	const questions: Question[] = [];
	for (const block of blocks) {
		let parsed: Outcome;
		try {
			parsed = parseBlock(block);
		} catch (error) {
			if (!(error instanceof GiftError)) throw error;
			problems.push({ message: error.message, skipped: true });
			continue;
		}
		if (parsed.kind === 'skip') {
			problems.push({ message: parsed.warning, skipped: false });
			continue;
		}
		problems.push(...parsed.warnings.map((message) => ({ message, skipped: false })));
		const { question } = parsed;
		const explanation = parsed.explanation || fillBlank(question.prompt, question.answer);
		let sentence = sentences.indexOf(explanation);
		if (sentence < 0) sentence = sentences.push(explanation) - 1;
		questions.push({
			...question,
			id: `q${questions.length + 1}`,
			sourceSentence: sentence,
			explanation
		});
	}
	if (questions.length === 0) {
		return {
			ok: false,
			errors: problems.length
				? problems.map((p) => p.message)
				: ['No questions found: GIFT questions look like ::Title::Text {=right ~wrong}']
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
		warnings: problems.map((p) => (p.skipped ? `${p.message}; question skipped` : p.message))
	};
}
