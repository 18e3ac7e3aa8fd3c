import type { Question } from '$lib/types';
import { answerTokens, MAX_ANSWER_CHARS, normalizeAnswer } from './normalize';
import { numbersIn } from './numbers';

// Words that may surround a number without changing it: "about 4,000", "4,000 troops".
// A typed numeric answer is right when the only number in it equals the expected one.

function expectedAnswers(question: Question): string[] {
	return [question.answer, ...(question.accept ?? [])];
}

/**
 * Longer than any right answer could be (four times the longest accepted spelling, plus room
 * for words such as "about"): graded wrong without further work, whatever its length.
 */
function tooLong(input: string, expected: readonly string[]): boolean {
	const longest = Math.max(0, ...expected.map((e) => e.length));
	return input.length > Math.min(MAX_ANSWER_CHARS, longest * 4 + 64);
}

/**
 * A typed answer (cloze, or a flashcard typed from memory) against the answer and its
 * `accept` variants, after normalizing case, punctuation, whitespace, Unicode (NFKC),
 * thousands separators and number words. Never throws, whatever the input.
 */
export function gradeTypedAnswer(question: Question, input: string): boolean {
	const expected = expectedAnswers(question);
	if (typeof input !== 'string' || tooLong(input, expected)) return false;
	const given = normalizeAnswer(input);
	if (given === '') return false;
	return expected.some((answer) => normalizeAnswer(answer) === given);
}

function singleNumber(text: string): number | null {
	const distinct = [...new Set(numbersIn(answerTokens(text)))];
	return distinct.length === 1 ? (distinct[0] as number) : null;
}

/**
 * A numeric answer: right when the one number typed equals the expected number, so
 * "about 4000", "4,000 troops" and "four thousand" all match "4,000". Falls back to text
 * comparison when the expected answer holds no single number.
 */
export function gradeNumericAnswer(question: Question, input: string): boolean {
	const expected = expectedAnswers(question);
	if (typeof input !== 'string' || tooLong(input, expected)) return false;
	const given = singleNumber(input);
	if (given === null) return gradeTypedAnswer(question, input);
	return expected.some((answer) => {
		const value = singleNumber(answer);
		return value === null ? normalizeAnswer(answer) === normalizeAnswer(input) : value === given;
	});
}

/** An mcq pick: the chosen option's text (or its index as a number) against the answer. */
export function gradeChoice(question: Question, choice: string | number): boolean {
	const picked = typeof choice === 'number' ? question.options?.[choice] : choice;
	if (typeof picked !== 'string') return false;
	return picked === question.answer || normalizeAnswer(picked) === normalizeAnswer(question.answer);
}

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n']);

function truth(value: string | boolean): boolean | null {
	if (typeof value === 'boolean') return value;
	if (typeof value !== 'string' || value.length > 16) return null;
	const word = value.trim().toLowerCase();
	if (TRUE_WORDS.has(word)) return true;
	if (FALSE_WORDS.has(word)) return false;
	return null;
}

/** A true/false pick against the question's "true"/"false" answer. */
export function gradeTrueFalse(question: Question, choice: string | boolean): boolean {
	const picked = truth(choice);
	const expected = truth(question.answer);
	return picked !== null && picked === expected;
}

/** Grades any auto-graded question; flashcards are compared as typed answers. */
export function gradeAnswer(question: Question, input: string | number | boolean): boolean {
	switch (question.type) {
		case 'mcq':
			return typeof input === 'boolean' ? false : gradeChoice(question, input);
		case 'truefalse':
			return typeof input === 'number' ? false : gradeTrueFalse(question, input);
		case 'numeric':
			return gradeNumericAnswer(question, String(input));
		case 'cloze':
		case 'flashcard':
			return gradeTypedAnswer(question, String(input));
	}
}
