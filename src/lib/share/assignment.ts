// Assignment links: `${origin}/a#<payload>`. The payload sits in the fragment, which browsers never
// send to a server, so the questions and the link never appear in a server log.
import * as v from 'valibot';
import type { Assignment, Outcome, Question, QuestionSet } from '$lib/types';
import {
	assignmentFromReference,
	packReference,
	unpackReference,
	type AssignmentReference
} from './assignment-reference';
import { assignmentFromWire, assignmentToWire, AssignmentWire } from './assignment-wire';
import { COMPACT_VERSION, openEnvelope, seal, sealCompact, unpackJson } from './envelope';
import { describeIssues } from './issues';
import { ASSIGNMENT_DICTIONARY } from './dictionary';
import { messageOf } from '$lib/error-message';

export const ASSIGNMENT_PATH = '/a';

/**
 * Packs an assignment into a link payload. Throws (a programming or curation error, with a
 * message) when the assignment breaks the limits, e.g. an mcq answer that is not an option.
 */
export function encodeAssignment(a: Assignment): string {
	try {
		const wire = assignmentToWire(a);
		const checked = v.safeParse(AssignmentWire, wire);
		if (!checked.success) throw new Error(describeIssues(checked.issues));
		return seal('assignment', wire, ASSIGNMENT_DICTIONARY);
	} catch (error) {
		const reason = messageOf(error);
		throw new Error(`Cannot make an assignment link: ${reason}`, { cause: error });
	}
}

/** What would stop `encodeAssignment`, as a message for the teacher; `null` when it can be sent. */
export function assignmentProblem(a: Assignment): string | null {
	try {
		encodeAssignment(a);
		return null;
	} catch (error) {
		return messageOf(error);
	}
}

/** Packs a compact (format 2) link payload; throws with a message when it cannot be made. */
export function encodeAssignmentReference(reference: AssignmentReference): string {
	try {
		return sealCompact('assignment', packReference(reference));
	} catch (error) {
		throw new Error(`Cannot make an assignment link: ${messageOf(error)}`, { cause: error });
	}
}

/** The built-in set a compact link needs, so the page can load it before decoding. */
export function referencedSet(payload: string): string | undefined {
	const opened = openEnvelope('assignment', payload);
	if (!opened.ok || opened.value.version !== COMPACT_VERSION) return undefined;
	const reference = unpackReference(opened.value.body);
	return reference.ok ? reference.value.set : undefined;
}

/**
 * Never throws: a valid assignment, or a message to show the student. A compact link is rebuilt
 * from `sets` (the built-in set it names, loaded by the caller: see `referencedSet`).
 */
export function decodeAssignment(
	payload: string,
	sets: readonly QuestionSet[] = []
): Outcome<Assignment> {
	const envelope = openEnvelope('assignment', payload);
	if (!envelope.ok) return envelope;
	if (envelope.value.version === COMPACT_VERSION) {
		const reference = unpackReference(envelope.value.body);
		if (!reference.ok) return reference;
		const set = sets.find((s) => s.id === reference.value.set);
		return assignmentFromReference(reference.value, set);
	}
	const opened = unpackJson(envelope.value.body, ASSIGNMENT_DICTIONARY);
	if (!opened.ok) return opened;
	const parsed = v.safeParse(AssignmentWire, opened.value);
	if (!parsed.success) {
		return {
			ok: false,
			error: `This assignment link is not valid (${describeIssues(parsed.issues)}).`
		};
	}
	return { ok: true, value: assignmentFromWire(parsed.output) };
}

/** The link for a payload; `origin` like `https://factdeck.app`. */
export function assignmentPayloadUrl(origin: string, payload: string): string {
	return `${origin.replace(/\/+$/, '')}${ASSIGNMENT_PATH}#${payload}`;
}

/** The self-contained (format 1) link: every question's text travels in it. */
export function assignmentUrl(origin: string, a: Assignment): string {
	return assignmentPayloadUrl(origin, encodeAssignment(a));
}

export { assignmentQuestions, toAssignmentQuestion } from './assignment-questions';

/**
 * The assignment as a QuestionSet, so a student's answers can feed their own study cards.
 * Its id is `assignment-<id>`; each question's sentence is its explanation, or its prompt when the
 * link carried no explanation.
 */
export function assignmentAsQuestionSet(
	a: Assignment,
	generatorVersion = 'assignment'
): QuestionSet {
	const sentences: string[] = [];
	const questions = a.questions.map((q, index): Question => {
		const explanation = q.explanation ?? q.prompt;
		sentences.push(explanation);
		return {
			id: q.id,
			type: q.type,
			prompt: q.prompt,
			answer: q.answer,
			...(q.options ? { options: q.options } : {}),
			...(q.accept ? { accept: q.accept } : {}),
			sourceSentence: index,
			explanation
		};
	});
	return {
		id: `assignment-${a.id}`,
		title: a.title,
		generatorVersion,
		sentences,
		questions
	};
}
