import { joinDigitGroups, numberWordsToDigits } from './numbers';

/**
 * Longest text normalized by default. Answers are a word or a short phrase; anything longer is
 * cut so that pasted novels (or hostile input) cost a bounded amount of work.
 */
export const MAX_ANSWER_CHARS = 10_000;

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Accents on Latin and Greek letters, which phone keyboards make awkward to type ("Kyïv",
 * "Zürich"). Marks in other scripts (Devanagari vowel signs, ...) carry meaning and stay.
 */
function withoutLatinAccents(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/([\p{Script=Latin}\p{Script=Greek}])\p{Mn}+/gu, '$1')
		.normalize('NFKC');
}

/**
 * The canonical tokens of a typed answer: Unicode NFKC, lower case, accents on Latin letters
 * dropped, thousands separators removed, apostrophes dropped ("Kim's" = "kims"), other
 * punctuation and symbols read as spaces (a decimal point between digits is kept, "%" reads as
 * "percent"), number words as digits, and a leading article dropped.
 */
export function answerTokens(input: string, maxChars = MAX_ANSWER_CHARS): string[] {
	const text = joinDigitGroups(withoutLatinAccents(input.slice(0, maxChars)).toLowerCase())
		.replace(/['\u2019\u02bc]/g, '')
		.replace(/%/g, ' percent ')
		.replace(/(?!\.)[\p{P}\p{S}\p{C}]/gu, ' ')
		.replace(/(?<!\d)\.|\.(?!\d)/g, ' ');
	const tokens = text.split(/\s+/u).filter((t) => t.length > 0);
	const canonical = numberWordsToDigits(tokens);
	if (canonical.length > 1 && ARTICLES.has(canonical[0] as string)) canonical.shift();
	return canonical;
}

/** The canonical form of a typed answer as one string; equal strings mean equal answers. */
export function normalizeAnswer(input: string, maxChars = MAX_ANSWER_CHARS): string {
	return answerTokens(input, maxChars).join(' ');
}
