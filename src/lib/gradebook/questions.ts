// Item analysis over each student's latest attempt.
//
// Facility: the share of students who answered correctly (0–1).
// Discrimination: the corrected point-biserial correlation — Pearson's r between getting this
// question right (0/1) and the student's score on the *other* questions. Excluding the question
// itself keeps short quizzes from inflating it. Chosen over the upper–lower 27 % index because a
// class of 10–30 makes 27 % groups of 3–8 students, where one student flips the result; r uses every
// student. It runs from -1 to 1: above ~0.2 the question separates strong from weak students;
// below 0 the strong students got it wrong more often — usually a wrong key or an ambiguous prompt.
//
// Small classes: below MIN_STUDENTS_FOR_DISCRIMINATION students it is `null` (too noisy to show),
// and it is also `null` when everyone, or no one, got the question right, or when every student
// scored the same on the rest (r is undefined without variance).
import type { AssignmentQuestion } from '$lib/types';
import type { Gradebook } from './gradebook';
import { studentRows } from './students';

export const MIN_STUDENTS_FOR_DISCRIMINATION = 5;
/** Questions fewer than this share of students got right are flagged. */
export const LOW_FACILITY = 0.3;

export type QuestionFlag = 'low-facility' | 'negative-discrimination';

export interface QuestionStat {
	index: number;
	question: AssignmentQuestion;
	students: number;
	correct: number;
	/** 0–1; `null` without results. */
	facility: number | null;
	/** -1–1; `null` when undefined or too few students (see above). */
	discrimination: number | null;
	flags: QuestionFlag[];
	/** Wrong answers given, most common first — a hint at a miskeyed or ambiguous question. */
	wrongAnswers: { answer: string; count: number }[];
}

/** Pearson's r, or `null` when either variable has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	const n = xs.length;
	if (n < 2 || ys.length !== n) return null;
	const meanX = xs.reduce((s, x) => s + x, 0) / n;
	const meanY = ys.reduce((s, y) => s + y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - meanX;
		const dy = ys[i]! - meanY;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx === 0 || syy === 0) return null;
	return sxy / Math.sqrt(sxx * syy);
}

export function questionStats(book: Gradebook): QuestionStat[] {
	const latest = studentRows(book).map((row) => row.latest);
	const marks = latest.map((r) => r.answers.map((a) => (a.correct ? 1 : 0)));
	const totals = marks.map((m) => m.reduce<number>((s, x) => s + x, 0));
	return book.assignment.questions.map((question, index) => {
		const item = marks.map((m) => m[index] ?? 0);
		const correct = item.reduce<number>((s, x) => s + x, 0);
		const students = latest.length;
		const facility = students === 0 ? null : correct / students;
		const rest = totals.map((total, i) => total - (item[i] ?? 0));
		const discrimination = students < MIN_STUDENTS_FOR_DISCRIMINATION ? null : pearson(item, rest);
		const flags: QuestionFlag[] = [];
		if (facility !== null && facility < LOW_FACILITY) flags.push('low-facility');
		if (discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
		const wrong = new Map<string, number>();
		for (const result of latest) {
			const answer = result.answers[index];
			if (answer && !answer.correct && answer.answer.trim() !== '') {
				const text = answer.answer.trim();
				wrong.set(text, (wrong.get(text) ?? 0) + 1);
			}
		}
		const wrongAnswers = [...wrong]
			.map(([answer, count]) => ({ answer, count }))
			.sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer));
		return { index, question, students, correct, facility, discrimination, flags, wrongAnswers };
	});
}
