// Matching the facts of a newer article to the older articles of its story: the same subject and
// measure ("How many North Korean troops have been deployed to Russia?") in both, whatever the
// value. Pure: questions in, pairs out.
import type { Question, QuestionSet, QuestionType } from '$lib/types';
import { answerTokens } from '$lib/study/normalize';

/** Jaccard similarity of the masked prompts at or above which two questions ask the same thing. */
export const MATCH_THRESHOLD = 0.6;
/**
 * The same fact asked another way (a multiple-choice question in one version, a cloze or a
 * true statement in the next): prompt and answer words together at least this alike, and the
 * same numbers. Such a pair is only ever the same fact again, never a changed one.
 */
export const CROSS_FORM_THRESHOLD = 0.5;
/**
 * A new article is matched against at most this many earlier articles (the latest ones): a story
 * of hundreds of articles costs what a story of 20 does, and older values were carried on anyway.
 */
export const MAX_EARLIER_ARTICLES = 20;
/** Longest prompt read, so a hostile set costs a bounded amount of work per question. */
const MAX_PROMPT_CHARS = 600;

const STOPWORDS = new Set(
	(
		'a an the of to in on at by for from with and or as is are was were be been has have had ' +
		'that this these those it its their his her they there which who whom what when where how ' +
		'many much did do does than then into about approximately roughly around some more most ' +
		'so far now reportedly according said says'
	).split(' ')
);
const MONTHS = new Set(
	'january february march april may june july august september october november december'.split(' ')
);

/** The kind of value a question's answer is; two questions with different kinds never match. */
export type AnswerKind = 'number' | 'month' | 'boolean' | 'text';

export function answerKind(question: Question): AnswerKind {
	if (question.type === 'truefalse') return 'boolean';
	const tokens = answerTokens(question.answer, 200);
	if (tokens.some((t) => /\d/.test(t))) return 'number';
	if (tokens.length === 1 && MONTHS.has(tokens[0] as string)) return 'month';
	return 'text';
}

/** What a question asks with its values masked: numbers, and the answer's own words, removed. */
export function maskedPrompt(question: Question): Set<string> {
	const answer =
		question.type === 'truefalse' ? new Set<string>() : new Set(answerTokens(question.answer, 200));
	const words = new Set<string>();
	for (const token of answerTokens(question.prompt.slice(0, MAX_PROMPT_CHARS))) {
		if (/\d/.test(token) || STOPWORDS.has(token) || MONTHS.has(token) || answer.has(token))
			continue;
		if (/^_+$/.test(token)) continue;
		words.add(token.replace(/s$/, ''));
	}
	return words;
}

/** The numbers a prompt states, in order: the value of a true/false statement. */
function promptNumbers(question: Question): string[] {
	return answerTokens(question.prompt.slice(0, MAX_PROMPT_CHARS)).filter((t) => /\d/.test(t));
}

function jaccard(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 && b.size === 0) return 0;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / (a.size + b.size - shared);
}

interface Fingerprint {
	question: Question;
	kind: AnswerKind;
	words: Set<string>;
	/** Prompt and answer words, numbers kept: what the question states, whatever its form. */
	statement: Set<string>;
	numbers: string;
}

function statementWords(question: Question): Set<string> {
	const text =
		question.type === 'truefalse' ? question.prompt : `${question.prompt} ${question.answer}`;
	const words = new Set<string>();
	for (const token of answerTokens(text.slice(0, MAX_PROMPT_CHARS * 2))) {
		if (STOPWORDS.has(token) || /^_+$/.test(token)) continue;
		words.add(token.replace(/s$/, ''));
	}
	return words;
}

function fingerprint(question: Question): Fingerprint {
	const statement = statementWords(question);
	return {
		question,
		kind: answerKind(question),
		words: maskedPrompt(question),
		statement,
		numbers: [...statement]
			.filter((t) => /\d/.test(t))
			.sort()
			.join(' ')
	};
}

/** Only a true statement states its fact; a false one states something else. */
function statesFact(question: Question): boolean {
	return question.type !== 'truefalse' || question.answer === 'true';
}

/** Similarity of the same fact asked in two forms (see CROSS_FORM_THRESHOLD); 0 otherwise. */
function crossFormScore(a: Fingerprint, b: Fingerprint): number {
	if (family(a.question.type) === family(b.question.type)) return 0;
	if (!statesFact(a.question) || !statesFact(b.question)) return 0;
	if (a.numbers === b.numbers) return jaccard(a.statement, b.statement);
	return sourceOfChangedFigure(a, b) || sourceOfChangedFigure(b, a)
		? jaccard(withoutNumbers(a.statement), withoutNumbers(b.statement))
		: 0;
}

function withoutNumbers(words: ReadonlySet<string>): Set<string> {
	return new Set([...words].filter((w) => !/\d/.test(w)));
}

/**
 * "Who noted that roughly 6,000 were wounded?" -> the Joint Chiefs, against the statement "The
 * Joint Chiefs noted that roughly 4,000 were wounded.": one claim whose figure changed. Only
 * where the question's answer is a name or phrase the statement states, not the figure itself
 * (a count asked in one version and stated in another may be two counts).
 */
function sourceOfChangedFigure(question: Fingerprint, statement: Fingerprint): boolean {
	const q = question.question;
	if (statement.question.type !== 'truefalse' || q.type === 'truefalse') return false;
	const answer = answerTokens(q.answer, 200);
	if (answer.length === 0 || answer.some((t) => /\d/.test(t))) return false;
	const stated = new Set(answerTokens(statement.question.prompt.slice(0, MAX_PROMPT_CHARS)));
	if (!answer.every((t) => stated.has(t))) return false;
	const figures = (f: Fingerprint) => f.numbers.split(' ').filter(Boolean).length;
	return figures(question) > 0 && figures(question) === figures(statement);
}

/** How alike two questions are, 0–1; 0 when their kind of question or answer differ. */
export function similarity(a: Question, b: Question): number {
	return score(fingerprint(a), fingerprint(b));
}

/**
 * Questions that ask the same way: the generator may ask one fact as multiple choice in one
 * version and as a number to type in the next. A cloze (a sentence with a gap) and a true/false
 * statement only match their own kind.
 */
function family(type: QuestionType): string {
	return type === 'mcq' || type === 'numeric' || type === 'flashcard' ? 'question' : type;
}

function score(a: Fingerprint, b: Fingerprint): number {
	if (family(a.question.type) !== family(b.question.type) || a.kind !== b.kind) return 0;
	return jaccard(a.words, b.words);
}

/** The value a learner would call "the figure": the answer, or a statement's numbers. */
/** The figures a prompt states, as written ("4,000, 2024"). */
function promptFigures(question: Question): string | undefined {
	return question.prompt.match(/\d[\d,.]*\d|\d/g)?.join(', ');
}

export function factValue(question: Question): string {
	if (question.type === 'truefalse') return promptFigures(question) ?? question.prompt;
	return question.answer;
}

function sameAnswer(a: Question, b: Question): boolean {
	return (
		a.type !== 'truefalse' &&
		answerTokens(a.answer, 2000).join(' ') === answerTokens(b.answer, 2000).join(' ')
	);
}

function sameValue(a: Question, b: Question): boolean {
	return (
		answerTokens(a.answer, 2000).join(' ') === answerTokens(b.answer, 2000).join(' ') &&
		promptNumbers(a).join(' ') === promptNumbers(b).join(' ')
	);
}

/** A question of the newer article paired with one of an older article. */
export interface FactMatch {
	/** `changed`: same subject and measure, another value; `same`: the same fact again. */
	kind: 'changed' | 'same';
	questionId: string;
	previous: { setId: string; questionId: string; date?: string };
	from: string;
	to: string;
	similarity: number;
}

/**
 * Pairs the questions of `newer` with those of `older`, one to one, best pairs first; only
 * pairs of the same family of type and answer kind at or above the threshold count.
 */
export function matchSets(older: QuestionSet, newer: QuestionSet): FactMatch[] {
	const olds = older.questions.map(fingerprint);
	const news = newer.questions.map(fingerprint);
	const candidates: { i: number; j: number; s: number; cross: boolean }[] = [];
	for (let j = 0; j < news.length; j++) {
		for (let i = 0; i < olds.length; i++) {
			const old = olds[i] as Fingerprint;
			const now = news[j] as Fingerprint;
			const s = score(old, now);
			if (s >= MATCH_THRESHOLD) candidates.push({ i, j, s, cross: false });
			else {
				const c = crossFormScore(old, now);
				if (c >= CROSS_FORM_THRESHOLD) candidates.push({ i, j, s: c, cross: true });
			}
		}
	}
	// Pairs asked the same way first, then the best.
	candidates.sort(
		(a, b) => Number(a.cross) - Number(b.cross) || b.s - a.s || a.j - b.j || a.i - b.i
	);
	const usedOld = new Set<number>();
	const usedNew = new Set<number>();
	const matches: FactMatch[] = [];
	for (const { i, j, s, cross } of candidates) {
		if (usedOld.has(i) || usedNew.has(j)) continue;
		usedOld.add(i);
		usedNew.add(j);
		const old = (olds[i] as Fingerprint).question;
		const now = (news[j] as Fingerprint).question;
		// "Who noted that 6,000 were wounded?" -> the same source: what changed is the prompt's figure.
		const figureChanged =
			cross && (olds[i] as Fingerprint).numbers !== (news[j] as Fingerprint).numbers;
		const byPrompt = sameAnswer(old, now) || figureChanged;
		matches.push({
			kind: figureChanged ? 'changed' : cross || sameValue(old, now) ? 'same' : 'changed',
			questionId: now.id,
			previous: { setId: older.id, questionId: old.id, date: older.date },
			from: (byPrompt && promptFigures(old)) || factValue(old),
			to: (byPrompt && promptFigures(now)) || factValue(now),
			similarity: s
		});
	}
	return matches.sort(
		(a, b) =>
			newer.questions.findIndex((q) => q.id === a.questionId) -
			newer.questions.findIndex((q) => q.id === b.questionId)
	);
}

/**
 * Orders a story's articles oldest first: by date, undated ones first (they were there before
 * any dated one joined), ties by id so the order never depends on how they were listed.
 */
export function storyOrder<T extends Pick<QuestionSet, 'id' | 'date'>>(sets: readonly T[]): T[] {
	return [...sets].sort((a, b) => {
		const da = a.date ?? '';
		const db = b.date ?? '';
		if (da !== db) return da < db ? -1 : 1;
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
}

export interface StoryMatch {
	/** Per question of the new article matched to an earlier one: the latest earlier match. */
	matches: FactMatch[];
	/** Questions of the new article that no earlier article asks: new cards. */
	newFacts: string[];
	/** How many earlier articles were compared (at most MAX_EARLIER_ARTICLES). */
	compared: number;
	/** How many earlier articles the story has; more than `compared` in a long story. */
	earlier: number;
}

/**
 * Matches a new article against the articles of its story dated on or before it: each of its
 * questions is paired with the same fact in the latest earlier article that asks it. Articles
 * dated after it are not compared (an older article joining late adds its facts as new ones).
 */
export function matchStory(newer: QuestionSet, story: readonly QuestionSet[]): StoryMatch {
	const earlier = storyOrder(
		story.filter((set) => set.id !== newer.id && (set.date ?? '') <= (newer.date ?? ''))
	);
	const compared = earlier.slice(-MAX_EARLIER_ARTICLES).reverse();
	const found = new Map<string, FactMatch>();
	for (const older of compared) {
		const remaining: QuestionSet = {
			...newer,
			questions: newer.questions.filter((q) => !found.has(q.id))
		};
		if (remaining.questions.length === 0) break;
		for (const match of matchSets(older, remaining)) found.set(match.questionId, match);
	}
	return {
		matches: newer.questions.flatMap((q) => {
			const match = found.get(q.id);
			return match ? [match] : [];
		}),
		newFacts: newer.questions.filter((q) => !found.has(q.id)).map((q) => q.id),
		compared: compared.length,
		earlier: earlier.length
	};
}
