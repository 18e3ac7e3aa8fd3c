// Editing a saved set: which questions keep their study progress, which are new, and which are
// removed, with how much progress a removal would delete. Progress is never dropped silently:
// removing studied questions needs the teacher's confirmation, and a save checks it again.
import type { Question } from '$lib/types';

/** What is stored for one question's card: its reviews and repetitions. */
export interface QuestionProgress {
	questionId: string;
	/** Reviews in the log for this card. */
	reviews: number;
	/** Repetitions on the card's schedule. */
	reps: number;
}

export interface SetEditPlan {
	/** Questions still in the set: their cards and review history stay as they are. */
	kept: string[];
	/** Questions new to the set: new cards. */
	added: string[];
	/** Questions taken out: their cards are deleted. */
	removed: string[];
	/** The removed questions that have been studied, and their reviews in all. */
	removedWithProgress: string[];
	reviewsLost: number;
}

export function hasProgress(progress: QuestionProgress | undefined): boolean {
	return progress !== undefined && (progress.reviews > 0 || progress.reps > 0);
}

/** Matches the edited questions to the saved ones by id (editing a question keeps its id). */
export function planSetEdit(
	saved: readonly Pick<Question, 'id'>[],
	edited: readonly Pick<Question, 'id'>[],
	progress: readonly QuestionProgress[]
): SetEditPlan {
	const savedIds = new Set(saved.map((q) => q.id));
	const editedIds = new Set(edited.map((q) => q.id));
	const byQuestion = new Map(progress.map((p) => [p.questionId, p]));
	const removed = [...savedIds].filter((id) => !editedIds.has(id));
	const removedWithProgress = removed.filter((id) => hasProgress(byQuestion.get(id)));
	return {
		kept: [...editedIds].filter((id) => savedIds.has(id)),
		added: [...editedIds].filter((id) => !savedIds.has(id)),
		removed,
		removedWithProgress,
		reviewsLost: removedWithProgress.reduce((n, id) => n + (byQuestion.get(id)?.reviews ?? 0), 0)
	};
}

/**
 * Studied removals the teacher has not agreed to lose, e.g. a question studied in another tab
 * after the confirmation was shown. Saving with any of them would delete progress unasked.
 */
export function unconfirmedLoss(plan: SetEditPlan, confirmed: readonly string[]): string[] {
	const agreed = new Set(confirmed);
	return plan.removedWithProgress.filter((id) => !agreed.has(id));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The confirmation to show before a save deletes progress; null when nothing studied goes. */
export function lossWarning(plan: SetEditPlan): string | null {
	const n = plan.removedWithProgress.length;
	if (n === 0) return null;
	const questions = n === 1 ? 'One question you removed has' : `${n} questions you removed have`;
	return `${questions} study progress (${count(plan.reviewsLost, 'review', 'reviews')}). Saving deletes ${n === 1 ? 'its card and review history' : 'their cards and review history'}; the other questions keep theirs.`;
}
