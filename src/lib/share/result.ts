// Result links: `${origin}/teach/result#<payload>`, made on the student's device and pasted or
// scanned by the teacher. Self-reported: a student can edit their answers and recompute the
// checksum, so a result shows what a device claims, not what a student did.
import * as v from 'valibot';
import type { Outcome, StudentResult } from '$lib/types';
import { open, seal } from './envelope';
import { describeIssues } from './issues';
import { LIMITS } from './assignment-wire';
import { messageOf } from '$lib/error-message';

export const RESULT_PATH = '/teach/result';
export const MAX_NAME_LENGTH = 60;
const MAX_ANSWER_LENGTH = 500;
// Longer times are clamped: a tab left open for a month says nothing about the student.
const MAX_TIME_MS = 30 * 24 * 3600 * 1000;

/** Trims, collapses whitespace, drops control characters and caps the length (in characters). */
export function normaliseStudentName(name: string): string {
	const clean = name
		.normalize('NFC')
		.replace(/\p{Cc}/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return Array.from(clean).slice(0, MAX_NAME_LENGTH).join('').trim();
}

const ResultWire = v.pipe(
	v.strictObject({
		i: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)),
		n: v.pipe(
			v.string(),
			v.minLength(1, 'the student name is empty'),
			v.check((n) => n === normaliseStudentName(n), 'the student name is not normalised')
		),
		// Answers and correctness travel apart: a string of 0/1 deflates to almost nothing.
		c: v.pipe(v.string(), v.regex(/^[01]*$/), v.maxLength(LIMITS.questions)),
		a: v.pipe(
			v.array(v.pipe(v.string(), v.maxLength(MAX_ANSWER_LENGTH))),
			v.maxLength(LIMITS.questions)
		),
		t: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_TIME_MS)),
		f: v.pipe(v.number(), v.safeInteger(), v.minValue(0))
	}),
	v.check((r) => r.c.length === r.a.length, 'answers and marks differ in number')
);
type ResultWire = v.InferOutput<typeof ResultWire>;

/**
 * Packs a result into a link payload; the name is normalised on the way. Throws when the result
 * cannot be sent (empty name, answers over 500 characters…).
 */
export function encodeResult(r: StudentResult): string {
	const wire: ResultWire = {
		i: r.assignmentId,
		n: normaliseStudentName(r.student),
		c: r.answers.map((x) => (x.correct ? '1' : '0')).join(''),
		a: r.answers.map((x) => x.answer),
		t: Math.min(MAX_TIME_MS, Math.max(0, Math.round(r.timeMs))),
		f: r.finishedAt
	};
	const checked = v.safeParse(ResultWire, wire);
	if (!checked.success) {
		throw new Error(`Cannot make a result link: ${describeIssues(checked.issues)}`);
	}
	try {
		return seal('result', wire);
	} catch (error) {
		const reason = messageOf(error);
		throw new Error(`Cannot make a result link: ${reason}`, { cause: error });
	}
}

/** Never throws: a valid result, or a message to show the teacher. */
export function decodeResult(payload: string): Outcome<StudentResult> {
	const opened = open('result', payload);
	if (!opened.ok) return opened;
	const parsed = v.safeParse(ResultWire, opened.value);
	if (!parsed.success) {
		return {
			ok: false,
			error: `This result link is not valid (${describeIssues(parsed.issues)}).`
		};
	}
	const w = parsed.output;
	return {
		ok: true,
		value: {
			assignmentId: w.i,
			student: w.n,
			answers: w.a.map((answer, index) => ({ answer, correct: w.c[index] === '1' })),
			timeMs: w.t,
			finishedAt: w.f
		}
	};
}

export function resultUrl(origin: string, r: StudentResult): string {
	return `${origin.replace(/\/+$/, '')}${RESULT_PATH}#${encodeResult(r)}`;
}
