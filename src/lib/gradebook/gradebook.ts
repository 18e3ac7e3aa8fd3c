// A teacher's gradebook for one assignment: every result received, and the views computed from it.
// Pure data in, new data out, so the page can store it however it likes (IndexedDB, a file).
import type { Assignment, StudentResult } from '$lib/types';
import { decodeResult, normaliseStudentName, payloadsFromText } from '$lib/share';

export interface Gradebook {
	assignment: Assignment;
	/** Every distinct attempt received, in arrival order; views pick each student's latest. */
	results: StudentResult[];
}

export type AddResultOutcome =
	{ ok: true; value: Gradebook; duplicate: boolean } | { ok: false; error: string };

export function emptyGradebook(assignment: Assignment): Gradebook {
	return { assignment, results: [] };
}

/** Two spellings of one student compare equal: case, accents' encoding and spacing ignored. */
export function studentKey(name: string): string {
	// toLowerCase, not toLocaleLowerCase: the same names must match on every device.
	return normaliseStudentName(name.normalize('NFKC')).toLowerCase();
}

/** The assignment a result belongs to, among those this device knows. */
export function assignmentForResult(
	assignments: readonly Assignment[],
	result: StudentResult
): { ok: true; value: Assignment } | { ok: false; error: string } {
	const assignment = assignments.find((a) => a.id === result.assignmentId);
	if (assignment) return { ok: true, value: assignment };
	return {
		ok: false,
		error: `This result (from ${result.student}) is for an assignment this device does not know. Open it on the device that created the assignment.`
	};
}

/**
 * Adds one result. Refuses results for another assignment or with the wrong number of answers;
 * the same attempt pasted twice is kept once (`duplicate: true`).
 */
export function addResult(book: Gradebook, result: StudentResult): AddResultOutcome {
	if (result.assignmentId !== book.assignment.id) {
		return {
			ok: false,
			error: `This result (from ${result.student}) is for a different assignment, not “${book.assignment.title}”. Paste it into that assignment's gradebook.`
		};
	}
	const expected = book.assignment.questions.length;
	if (result.answers.length !== expected) {
		return {
			ok: false,
			error: `This result (from ${result.student}) has ${result.answers.length} answers but the assignment has ${expected} questions.`
		};
	}
	const key = studentKey(result.student);
	const duplicate = book.results.some(
		(r) => studentKey(r.student) === key && r.finishedAt === result.finishedAt
	);
	if (duplicate) return { ok: true, value: book, duplicate: true };
	return { ok: true, value: { ...book, results: [...book.results, result] }, duplicate: false };
}

export interface AddLinksReport {
	book: Gradebook;
	added: number;
	duplicates: number;
	/** One line per refused link, numbered in the order pasted. */
	errors: string[];
}

/** Adds every result link in pasted text (one or many, separated by spaces or new lines). */
export function addResultLinks(book: Gradebook, text: string): AddLinksReport {
	const report: AddLinksReport = { book, added: 0, duplicates: 0, errors: [] };
	const payloads = payloadsFromText(text);
	payloads.forEach((payload, index) => {
		const label = payloads.length > 1 ? `Link ${index + 1}: ` : '';
		const decoded = decodeResult(payload);
		if (!decoded.ok) {
			report.errors.push(label + decoded.error);
			return;
		}
		const outcome = addResult(report.book, decoded.value);
		if (!outcome.ok) {
			report.errors.push(label + outcome.error);
		} else if (outcome.duplicate) {
			report.duplicates += 1;
		} else {
			report.book = outcome.value;
			report.added += 1;
		}
	});
	if (payloads.length === 0) report.errors.push('Paste at least one result link.');
	return report;
}
