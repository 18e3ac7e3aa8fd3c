// Compact assignment links (format 2) for questions taken unchanged from a built-in set: every
// student's device already holds that set (precached with the app), so the link names the set and
// the questions' positions in it instead of carrying their text. 20 multiple-choice questions with
// their source sentences: ~120 characters and QR version 5, against 2,900 characters and version 33
// in format 1 — small enough to scan from the back of a classroom (see README: measured limits).
// A hash of the rebuilt questions makes sure the student sees exactly what the teacher chose: a
// device with another version of the set refuses the link with a message instead.
import * as v from 'valibot';
import type { Assignment, Outcome, QuestionSet } from '$lib/types';
import { assignmentQuestions } from './assignment-questions';
import { LIMITS } from './assignment-wire';
import { ByteReader, ByteWriter } from './bytes';
import { fnv1a32 } from './checksum';
import { INCOMPLETE_LINK } from './envelope';
import { describeIssues } from './issues';

/** What a compact link carries: the assignment's settings and where its questions come from. */
export interface AssignmentReference {
	id: string;
	/** Absent when it is the set's own title (the form's default), which the student's app has. */
	title?: string;
	due?: string;
	passMark: number;
	shuffle: boolean;
	feedback: 'during' | 'end';
	createdAt: number;
	/** A built-in set's id. */
	set: string;
	/** Positions in the set's questions, in the assignment's order. */
	questions: number[];
	/** Whether each question's explanation (its source sentence) is shown as feedback. */
	explanations: boolean;
	/** FNV-1a-32 of the rebuilt questions. */
	hash: number;
}

// Packed as UTF-8, which cannot carry half of a surrogate pair (format 1's JSON can).
const wellFormed = v.check<string, string>((s) => !/\p{Cs}/u.test(s), 'a broken character');
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id), wellFormed);

export const AssignmentReferenceSchema = v.strictObject({
	id,
	title: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.title), wellFormed)),
	due: v.optional(v.pipe(v.string(), v.isoDate())),
	passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	shuffle: v.boolean(),
	feedback: v.picklist(['during', 'end']),
	createdAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	set: id,
	questions: v.pipe(
		v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
		v.minLength(1, 'an assignment needs at least one question'),
		v.maxLength(LIMITS.questions),
		v.check((list) => new Set(list).size === list.length, 'a question is listed twice')
	),
	explanations: v.boolean(),
	hash: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))
});

const FLAG = { shuffle: 1, during: 2, explanations: 4, due: 8, ascending: 16, title: 32 } as const;
const KNOWN_FLAGS = 63;
const DAY_MS = 86_400_000;

function questionsHash(a: Pick<Assignment, 'questions'>): number {
	return fnv1a32(new TextEncoder().encode(JSON.stringify(a.questions)));
}

function rebuild(reference: AssignmentReference, set: QuestionSet): Assignment | null {
	const picked = reference.questions.map((i) => set.questions[i]);
	if (picked.some((q) => q === undefined)) return null;
	return {
		id: reference.id,
		title: reference.title ?? set.title,
		...(reference.due ? { due: reference.due } : {}),
		passMark: reference.passMark,
		shuffle: reference.shuffle,
		feedback: reference.feedback,
		createdAt: reference.createdAt,
		questions: assignmentQuestions(picked as NonNullable<(typeof picked)[number]>[], {
			explanations: reference.explanations
		})
	};
}

/**
 * The compact form of an assignment whose questions are all, unchanged and numbered in order,
 * questions of `set`; `null` when they are not (edited, or from another set).
 */
export function referenceFor(a: Assignment, set: QuestionSet): AssignmentReference | null {
	const positions: number[] = [];
	for (const q of a.questions) {
		const index = set.questions.findIndex(
			(s, i) =>
				!positions.includes(i) &&
				s.type === q.type &&
				s.prompt === q.prompt &&
				s.answer === q.answer
		);
		if (index < 0) return null;
		positions.push(index);
	}
	for (const explanations of [true, false]) {
		const reference: AssignmentReference = {
			id: a.id,
			...(a.title === set.title ? {} : { title: a.title }),
			...(a.due ? { due: a.due } : {}),
			passMark: a.passMark,
			shuffle: a.shuffle,
			feedback: a.feedback,
			createdAt: a.createdAt,
			set: set.id,
			questions: positions,
			explanations,
			hash: questionsHash(a)
		};
		const rebuilt = rebuild(reference, set);
		const fits = v.is(AssignmentReferenceSchema, reference);
		if (fits && rebuilt && JSON.stringify(rebuilt) === JSON.stringify(a)) return reference;
	}
	return null;
}

/** The assignment the reference names, or why this device cannot rebuild it. */
export function assignmentFromReference(
	reference: AssignmentReference,
	set: QuestionSet | undefined
): Outcome<Assignment> {
	const stale = `This assignment uses questions from “${reference.set}”, and this copy of Factdeck has a different version of them. Reload the app to update it and open the link again; if that does not help, ask your teacher to make the link again.`;
	if (!set) {
		return {
			ok: false,
			error: `This assignment uses questions from the set “${reference.set}”, which this copy of Factdeck does not have. Reload the app to update it, then open the link again.`
		};
	}
	const rebuilt = rebuild(reference, set);
	if (!rebuilt || questionsHash(rebuilt) !== reference.hash) return { ok: false, error: stale };
	return { ok: true, value: rebuilt };
}

function isAscending(list: readonly number[]): boolean {
	return list.every((n, i) => i === 0 || n > (list[i - 1] ?? -1));
}

/** The packed bytes (before the envelope). Throws when the schema refuses the reference. */
export function packReference(reference: AssignmentReference): Uint8Array {
	const checked = v.safeParse(AssignmentReferenceSchema, reference);
	if (!checked.success) throw new Error(describeIssues(checked.issues));
	const r = checked.output;
	const ascending = isAscending(r.questions);
	const flags =
		(r.shuffle ? FLAG.shuffle : 0) |
		(r.feedback === 'during' ? FLAG.during : 0) |
		(r.explanations ? FLAG.explanations : 0) |
		(r.due ? FLAG.due : 0) |
		(ascending ? FLAG.ascending : 0) |
		(r.title !== undefined ? FLAG.title : 0);
	const out = new ByteWriter().byte(flags).byte(r.passMark).varint(r.createdAt);
	if (r.due) out.varint(Date.parse(`${r.due}T00:00:00Z`) / DAY_MS);
	out.text(r.id);
	if (r.title !== undefined) out.text(r.title);
	out.text(r.set);
	for (const shift of [24, 16, 8, 0]) out.byte(r.hash >>> shift);
	if (ascending) {
		// A bitmask over the set's questions up to the last one chosen: 1 bit a question.
		const span = (r.questions.at(-1) ?? 0) + 1;
		out.varint(span);
		const mask = new Uint8Array(Math.ceil(span / 8));
		for (const i of r.questions) mask[i >> 3]! |= 1 << (i & 7);
		for (const b of mask) out.byte(b);
	} else {
		out.varint(r.questions.length);
		for (const i of r.questions) out.varint(i);
	}
	return out.bytes();
}

const MAX_SET_SPAN = 10_000;

/** Never throws: the reference in a compact link's body, validated, or a message. */
export function unpackReference(body: Uint8Array): Outcome<AssignmentReference> {
	const read = new ByteReader(body);
	const flags = read.byte();
	const passMark = read.byte();
	const createdAt = read.varint();
	const dueDays = flags & FLAG.due ? read.varint() : undefined;
	// Year 9999 at most: later dates are not ISO dates (and would throw in toISOString).
	if (dueDays !== undefined && dueDays > 2_932_896) read.malformed = true;
	const refId = read.text(LIMITS.id * 4);
	const title = flags & FLAG.title ? read.text(LIMITS.title * 4) : undefined;
	const set = read.text(LIMITS.id * 4);
	let hash = 0;
	for (let k = 0; k < 4; k++) hash = hash * 256 + read.byte();
	const questions: number[] = [];
	if (flags & FLAG.ascending) {
		const span = read.varint();
		if (span > MAX_SET_SPAN) read.malformed = true;
		for (let byte = 0; byte < Math.ceil(span / 8) && !read.short && !read.malformed; byte++) {
			const bits = read.byte();
			for (let bit = 0; bit < 8; bit++) if (bits & (1 << bit)) questions.push(byte * 8 + bit);
		}
	} else {
		const count = read.varint();
		for (let k = 0; k < Math.min(count, LIMITS.questions + 1) && !read.short; k++) {
			questions.push(read.varint());
		}
	}
	if (read.short) return { ok: false, error: INCOMPLETE_LINK };
	if (read.malformed || read.remaining > 0 || (flags & ~KNOWN_FLAGS) !== 0) {
		return { ok: false, error: 'This assignment link is damaged: its data cannot be read.' };
	}
	const candidate = {
		id: refId,
		...(title !== undefined ? { title } : {}),
		...(dueDays !== undefined
			? { due: new Date(dueDays * DAY_MS).toISOString().slice(0, 10) }
			: {}),
		passMark,
		shuffle: (flags & FLAG.shuffle) !== 0,
		feedback: flags & FLAG.during ? 'during' : 'end',
		createdAt,
		set,
		questions,
		explanations: (flags & FLAG.explanations) !== 0,
		hash
	};
	const parsed = v.safeParse(AssignmentReferenceSchema, candidate);
	if (!parsed.success) {
		return {
			ok: false,
			error: `This assignment link is not valid (${describeIssues(parsed.issues)}).`
		};
	}
	return { ok: true, value: parsed.output };
}
