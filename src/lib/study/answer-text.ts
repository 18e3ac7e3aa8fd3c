import type { Question } from '$lib/types';

/** The answer as a person reads it: true/false questions say "True" or "False". */
export function answerText(question: Pick<Question, 'type' | 'answer'>): string {
	if (question.type !== 'truefalse') return question.answer;
	return question.answer.trim().toLowerCase() === 'true' ? 'True' : 'False';
}

/** One option of an mcq or true/false question. */
export interface Choice {
	value: string;
	label: string;
}
