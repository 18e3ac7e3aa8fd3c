import type { QuestionType, ReviewRating } from '$lib/types';

export const AGAIN: ReviewRating = 1;
export const HARD: ReviewRating = 2;
export const GOOD: ReviewRating = 3;
export const EASY: ReviewRating = 4;

/**
 * A right answer faster than this counts as Easy. Chosen from how long the question takes to
 * read and answer on a phone: a statement to judge is quick, four options take longer to read,
 * typing a word or a number longer still. Flashcards are self-rated, so they never use it.
 */
export const FAST_ANSWER_MS: Readonly<Record<QuestionType, number>> = Object.freeze({
	truefalse: 5_000,
	mcq: 8_000,
	cloze: 12_000,
	numeric: 12_000,
	flashcard: 0
});

export interface AnswerOutcome {
	correct: boolean;
	durationMs: number;
	type: QuestionType;
	usedHint?: boolean;
}

/**
 * The one rule that turns an auto-graded answer into an FSRS rating:
 * wrong → Again (FSRS treats Hard as a pass, so a miss must never be Hard);
 * right after a hint → Hard; right and faster than FAST_ANSWER_MS[type] → Easy; otherwise Good.
 */
export function ratingForAnswer({
	correct,
	durationMs,
	type,
	usedHint
}: AnswerOutcome): ReviewRating {
	if (!correct) return AGAIN;
	if (usedHint) return HARD;
	const fast = FAST_ANSWER_MS[type];
	if (fast > 0 && Number.isFinite(durationMs) && durationMs >= 0 && durationMs < fast) return EASY;
	return GOOD;
}

/** Whether a self-rated flashcard counts as remembered: anything but Again. */
export function isPassingRating(rating: ReviewRating): boolean {
	return rating !== AGAIN;
}
