// Builders for tests of study logic; not used by the app.
import type { Card, Review } from '$lib/types';

export function makeCard(
	overrides: Partial<Card> & { setId?: string; questionId?: string } = {}
): Card {
	const setId = overrides.setId ?? 'set-a';
	const questionId = overrides.questionId ?? 'q1';
	return {
		id: `${setId}:${questionId}`,
		setId,
		questionId,
		siblingKey: `${setId}#${questionId}`,
		retired: false,
		addedAt: 0,
		due: 0,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0,
		lastReview: null,
		...overrides
	};
}

export function makeReview(overrides: Partial<Review> = {}): Review {
	return {
		id: 1,
		cardId: 'set-a:q1',
		setId: 'set-a',
		rating: 3,
		answer: '',
		correct: true,
		mode: 'review',
		durationMs: 1000,
		reviewedAt: 0,
		before: null,
		dueAfter: 0,
		...overrides
	};
}
