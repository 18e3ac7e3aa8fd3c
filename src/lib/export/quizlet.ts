// Quizlet's "Import" box with its defaults: term, a tab, the definition; one card a line. Quizlet
// has no quoting, so tabs and new lines inside a field become spaces (mcq options are left out:
// Quizlet builds its own choices from the other cards' definitions).
import { answerText } from '$lib/study/answer-text';
import type { Question, QuestionSet } from '$lib/types';

function oneLine(text: string): string {
	return text
		.replace(/[\t\r\n]+/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

function term(q: Question): string {
	return q.type === 'truefalse' ? `True or false: ${q.prompt}` : q.prompt;
}

export function questionSetToQuizlet(set: QuestionSet): string {
	return (
		set.questions.map((q) => `${oneLine(term(q))}\t${oneLine(answerText(q))}`).join('\n') + '\n'
	);
}
