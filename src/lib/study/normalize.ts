import { joinDigitGroups, numberWordsToDigits } from './numbers';

/**
 * Longest text normalized by default. Answers are a word or a short phrase; anything longer is
 * cut so that pasted novels (or hostile input) cost a bounded amount of work.
 */
export const MAX_ANSWER_CHARS = 10_000;

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The canonical tokens of a typed answer: Unicode NFKC, lower case, thousands separators
 * removed, punctuation and symbols dropped (a decimal point between digits is kept, "%" reads
 * as "percent"), number words as digits, and a leading article dropped.
 */
export function answerTokens(input: string, maxChars = MAX_ANSWER_CHARS): string[] {
	const text = joinDigitGroups(input.slice(0, maxChars).normalize('NFKC').toLowerCase())
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
