import { cardsInSetOrder } from './pick';
import { siblingOf, spreadSiblings } from './spread';
import type { Card, Question, QuestionSet, QuestionType } from '$lib/types';

/** Questions a quiz or a test can grade on its own: everything but self-rated flashcards. */
export const AUTO_GRADED: readonly QuestionType[] = ['mcq', 'cloze', 'truefalse', 'numeric'];

/** Cards per flashcard or quiz session: short enough for a bus ride, resumable when left. */
export const PRACTICE_LIMIT = 20;

export function questionsById(set: QuestionSet): Map<string, Question> {
	return new Map(set.questions.map((q) => [q.id, q]));
}

/** A set's active cards whose question is of one of `types`, in the set's order. */
export function cardsOfTypes(
	cards: readonly Card[],
	set: QuestionSet,
	types: readonly QuestionType[]
): Card[] {
	const questions = questionsById(set);
	return cardsInSetOrder(cards, set).filter((card) => {
		const question = questions.get(card.questionId);
		return question !== undefined && types.includes(question.type);
	});
}

/**
 * What practising one set shows: cards due now (most overdue first), then new cards in the
 * set's order, then the rest (soonest due first), so practice never skips what is due; questions
 * on the same sentence never one after the other.
 */
export function practiceQueue(
	cards: readonly Card[],
	set: QuestionSet,
	{
		now,
		types,
		limit = PRACTICE_LIMIT
	}: { now: number; types: readonly QuestionType[]; limit?: number }
): Card[] {
	const eligible = cardsOfTypes(cards, set, types);
	const due = eligible.filter((c) => c.state !== 0 && c.due <= now).sort((a, b) => a.due - b.due);
	const fresh = eligible.filter((c) => c.state === 0);
	const later = eligible.filter((c) => c.state !== 0 && c.due > now).sort((a, b) => a.due - b.due);
	return spreadSiblings([...due, ...fresh, ...later], siblingOf).slice(0, Math.max(0, limit));
}
