// A set's questions as an assignment carries them, in one place for both link formats: the
// compact format rebuilds exactly these on the student's device.
import type { AssignmentQuestion, Question } from '$lib/types';
import { positionalId } from './assignment-wire';

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
