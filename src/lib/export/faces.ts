// The two faces of a question as a flashcard: what Anki, Quizlet and the worksheet key show.
import { answerText } from '$lib/study/answer-text';
import type { Question } from '$lib/types';

export const OPTION_LETTERS = 'ABCDEFGHIJ';

export function optionLabel(index: number): string {
	return OPTION_LETTERS[index] ?? String(index + 1);
}

export interface CardFaces {
	front: string;
	back: string;
}

/** Multi-line faces: mcq options under the prompt, the source sentence under the answer. */
export function cardFaces(q: Question): CardFaces {
	const options = q.type === 'mcq' && q.options ? q.options : [];
	const lettered = options.map((option, i) => `${optionLabel(i)}. ${option}`);
	const front =
		q.type === 'truefalse'
			? `True or false: ${q.prompt}`
			: [q.prompt, ...(lettered.length ? ['', ...lettered] : [])].join('\n');
	const index = options.indexOf(q.answer);
	const answer = index >= 0 ? `${optionLabel(index)}. ${q.answer}` : answerText(q);
	const back =
		q.explanation && q.explanation !== q.answer ? `${answer}\n\n${q.explanation}` : answer;
	return { front, back };
}
