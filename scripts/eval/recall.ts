// Key-fact recall: does some question test each fact a teacher picked before generating?
import type { Question } from '../../src/lib/types';

/** One fact: the original line and the normalised words that must all appear in one question. */
export interface KeyFact {
	line: string;
	words: string[];
}

/** One fact per line; blank lines and `#` comments are ignored. */
export function parseFacts(raw: string): KeyFact[] {
	return raw
		.split(/\r?\n/)
		.map((line) => line.replace(/\s+#.*$/, '').trim())
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => ({ line, words: [...new Set(wordsOf(line))] }))
		.filter((fact) => fact.words.length > 0);
}

/** Plural and possessive endings off: "troops'" and "troop's" and "troops" are all "troop". */
function stem(word: string): string {
	let w = word.replace(/['’]s$/, '').replace(/s['’]$/, 's');
	if (/^\d/.test(w) || w.length <= 3) return w;
	if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
	if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
	if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
	return w;
}

/**
 * Normalised words of a text: lower case, accents off, punctuation off, "3,000" as "3000",
 * "%" as "percent", plurals and possessives reduced to the stem.
 */
export function wordsOf(text: string): string[] {
	const plain = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/%/g, ' percent ')
		.replace(/\bper cent\b/g, 'percent');
	const tokens = plain.match(/\d+(?:\.\d+)?|[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
	return tokens.map(stem);
}

/** The text a question tests: prompt and answer (a true/false prompt is its statement). */
export function questionWords(question: Pick<Question, 'prompt' | 'answer'>): Set<string> {
	return new Set([...wordsOf(question.prompt), ...wordsOf(question.answer)]);
}

export interface RecallResult {
	fact: string;
	/** Ids of the questions that contain every word of the fact. */
	questionIds: string[];
}

export function matchFacts(
	facts: readonly KeyFact[],
	questions: readonly Pick<Question, 'id' | 'prompt' | 'answer'>[]
): RecallResult[] {
	const bags = questions.map((q) => ({ id: q.id, words: questionWords(q) }));
	return facts.map((fact) => ({
		fact: fact.line,
		questionIds: bags.filter((b) => fact.words.every((w) => b.words.has(w))).map((b) => b.id)
	}));
}
