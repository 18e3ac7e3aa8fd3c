import type { StudentResult } from '$lib/types';
import { normaliseStudentName } from '$lib/share';
import { studentKey, type Gradebook } from './gradebook';

export interface StudentRow {
	/** The name as written in the latest attempt (normalised spacing). */
	student: string;
	attempts: number;
	latest: StudentResult;
	correct: number;
	total: number;
	/** 0–100. */
	scorePct: number;
	timeMs: number;
	passed: boolean;
}

function score(result: StudentResult): number {
	return result.answers.filter((a) => a.correct).length;
}

/**
 * Each student once, with their latest attempt (by finish time; arrival order breaks ties) and
 * how many attempts were received. Sorted by name.
 */
export function studentRows(book: Gradebook): StudentRow[] {
	const byStudent = new Map<string, { latest: StudentResult; attempts: number }>();
	for (const result of book.results) {
		const key = studentKey(result.student);
		const seen = byStudent.get(key);
		if (!seen) {
			byStudent.set(key, { latest: result, attempts: 1 });
		} else {
			seen.attempts += 1;
			if (result.finishedAt >= seen.latest.finishedAt) seen.latest = result;
		}
	}
	const total = book.assignment.questions.length;
	return [...byStudent.values()]
		.map(({ latest, attempts }) => {
			const correct = score(latest);
			const scorePct = total === 0 ? 0 : (100 * correct) / total;
			return {
				student: normaliseStudentName(latest.student),
				attempts,
				latest,
				correct,
				total,
				scorePct,
				timeMs: latest.timeMs,
				passed: scorePct >= book.assignment.passMark
			};
		})
		.sort((a, b) => a.student.localeCompare(b.student));
}

export interface GradebookSummary {
	students: number;
	/** `null` until there is a result. */
	meanScorePct: number | null;
	medianTimeMs: number | null;
	passed: number;
}

export function gradebookSummary(book: Gradebook): GradebookSummary {
	const rows = studentRows(book);
	if (rows.length === 0) {
		return { students: 0, meanScorePct: null, medianTimeMs: null, passed: 0 };
	}
	const times = rows.map((r) => r.timeMs).sort((a, b) => a - b);
	const middle = Math.floor(times.length / 2);
	const medianTimeMs =
		times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
	return {
		students: rows.length,
		meanScorePct: rows.reduce((sum, r) => sum + r.scorePct, 0) / rows.length,
		medianTimeMs,
		passed: rows.filter((r) => r.passed).length
	};
}
