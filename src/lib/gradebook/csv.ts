import { toCsv } from '$lib/export/csv';
import { answerText } from '$lib/study/answer-text';
import type { Gradebook } from './gradebook';
import { studentRows } from './students';

/**
 * One row per student (latest attempt): name, attempts, score %, correct, questions, time in
 * seconds, finished (ISO, UTC), passed, then each question's answer and whether it was correct.
 */
export function gradebookToCsv(book: Gradebook): string {
	const questions = book.assignment.questions;
	const header = [
		'student',
		'attempts',
		'score %',
		'correct',
		'questions',
		'time (s)',
		'finished (UTC)',
		'passed',
		...questions.flatMap((_, i) => [`Q${i + 1} answer`, `Q${i + 1} correct`])
	];
	const rows = studentRows(book).map((row) => [
		row.student,
		row.attempts,
		Math.round(row.scorePct * 10) / 10,
		row.correct,
		row.total,
		Math.round(row.timeMs / 100) / 10,
		new Date(row.latest.finishedAt).toISOString(),
		row.passed ? 'yes' : 'no',
		...questions.flatMap((question, i) => {
			const answer = row.latest.answers[i];
			// As the student gave it, and as the report shows it: a true/false answer reads "False".
			const given = answer ? answerText({ type: question.type, answer: answer.answer }) : '';
			return [given, answer?.correct ? 'yes' : 'no'];
		})
	]);
	return toCsv([header, ...rows]);
}
