// Choosing a set's questions for an assignment: by type and difficulty, or the "best N".
import { spreadSiblings } from '$lib/study/spread';
import type { AssignmentQuestion, Question, QuestionType } from '$lib/types';

export interface QuestionFilter {
	types: readonly QuestionType[];
	/** 1–3, or `null` for any difficulty. */
	difficulty: number | null;
}

export function filterQuestions(
	questions: readonly Question[],
	filter: QuestionFilter
): Question[] {
	return questions.filter(
		(q) =>
			filter.types.includes(q.type) &&
			(filter.difficulty === null || (q.difficulty ?? 2) === filter.difficulty)
	);
}

/**
 * The N questions that make the broadest quiz: one per source sentence before any sentence gets
 * a second, and the types taken in turn, so a short assignment covers the whole article.
 * Flashcards come last (they are self-rated, not auto-graded). The set's order is kept, except
 * that two questions on one sentence are never one after the other (one gives the other away).
 */
export function bestQuestions(questions: readonly Question[], count: number): Question[] {
	const order: QuestionType[] = ['mcq', 'numeric', 'cloze', 'truefalse', 'flashcard'];
	const chosen = new Set<Question>();
	const usedSentences = new Set<number>();
	for (const round of [false, true]) {
		let progress = true;
		while (chosen.size < count && progress) {
			progress = false;
			for (const type of order) {
				if (chosen.size >= count) break;
				const next = questions.find(
					(q) =>
						q.type === type && !chosen.has(q) && (round || !usedSentences.has(q.sourceSentence))
				);
				if (next) {
					chosen.add(next);
					usedSentences.add(next.sourceSentence);
					progress = true;
				}
			}
		}
	}
	return spreadSiblings(
		questions.filter((q) => chosen.has(q)),
		(q) => String(q.sourceSentence)
	);
}

/**
 * The order a student answers in, as indexes into the assignment's questions: the teacher's, or
 * shuffled with two questions on one sentence never one after the other. A link knows a
 * question's sentence by its explanation (sent unless the teacher left them out; without them,
 * the shuffle cannot tell siblings apart).
 */
export function studentOrder(
	questions: readonly AssignmentQuestion[],
	shuffle: boolean,
	random: () => number = Math.random
): number[] {
	const indexes = questions.map((_, i) => i);
	if (!shuffle) return indexes;
	return spreadSiblings(shuffled(indexes, random), (i) => questions[i]?.explanation ?? `#${i}`);
}

/** An assignment id: 8 random characters, short in a link and unguessable enough for a class. */
export function newAssignmentId(): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
	return [...crypto.getRandomValues(new Uint8Array(8))]
		.map((b) => alphabet[b % alphabet.length])
		.join('');
}

/** Fisher–Yates with the browser's random numbers; `random` is injectable for tests. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const next = [...items];
	for (let i = next.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[next[i], next[j]] = [next[j] as T, next[i] as T];
	}
	return next;
}
