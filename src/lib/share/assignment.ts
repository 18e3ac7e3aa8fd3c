// Assignment links: `${origin}/a#<payload>`. The payload sits in the fragment, which browsers never
// send to a server, so the questions and the link never appear in a server log.
import * as v from 'valibot';
import type { Assignment, AssignmentQuestion, Outcome, Question, QuestionSet } from '$lib/types';
import {
	assignmentFromWire,
	assignmentToWire,
	AssignmentWire,
	positionalId
} from './assignment-wire';
import { open, seal } from './envelope';
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

/** Never throws: a valid assignment, or a message to show the student. */
export function decodeAssignment(payload: string): Outcome<Assignment> {
	const opened = open('assignment', payload, ASSIGNMENT_DICTIONARY);
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

/** The full link for a QR code or the clipboard; `origin` like `https://factdeck.app`. */
export function assignmentUrl(origin: string, a: Assignment): string {
	return `${origin.replace(/\/+$/, '')}${ASSIGNMENT_PATH}#${encodeAssignment(a)}`;
}

/** A set's question as an assignment carries it; explanations are optional to save space. */
export function toAssignmentQuestion(
	q: Question,
	{ explanation = false }: { explanation?: boolean } = {}
): AssignmentQuestion {
	return {
		id: q.id,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.options ? { options: [...q.options] } : {}),
		// A chosen option needs no other spellings; links do not carry mcq `accept`.
		...(q.type !== 'mcq' && q.accept && q.accept.length > 0 ? { accept: [...q.accept] } : {}),
		...(explanation && q.explanation ? { explanation: q.explanation } : {})
	};
}

/**
 * The questions a teacher picked, ready for an assignment: numbered `q1`, `q2`… in this order,
 * which the link does not need to carry (the set's own ids are random and cost ~10 % of a link).
 */
export function assignmentQuestions(
	questions: readonly Question[],
	{ explanations = false }: { explanations?: boolean } = {}
): AssignmentQuestion[] {
	return questions.map((q, index) => ({
		...toAssignmentQuestion(q, { explanation: explanations }),
		id: positionalId(index)
	}));
}

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
