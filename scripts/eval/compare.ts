// Paired comparison of two generator versions on the same articles: only the questions one
// version emits and the other does not need rating, since the rest of both sets is the same.
import type { BlindItem } from './sample';

export type Side = 'removed' | 'added';

/** Questions one version emits, as eval:generate writes them (questions.json). */
export type EmittedQuestion = BlindItem;

function keyOf(q: EmittedQuestion): string {
	return JSON.stringify([q.document, q.type, q.prompt, q.answer]);
}

/** What `after` no longer emits (removed) and what it emits anew (added), each in its order. */
export function compareQuestions(
	before: readonly EmittedQuestion[],
	after: readonly EmittedQuestion[]
): { removed: EmittedQuestion[]; added: EmittedQuestion[]; kept: number } {
	const was = new Set(before.map(keyOf));
	const is = new Set(after.map(keyOf));
	return {
		removed: before.filter((q) => !is.has(keyOf(q))),
		added: after.filter((q) => !was.has(keyOf(q))),
		kept: after.filter((q) => was.has(keyOf(q))).length
	};
}

export interface SideFigures {
	side: Side;
	items: number;
	/** Rated acceptable by every rater. */
	acceptable: number;
	/** Rated by too few raters to count. */
	unrated: number;
}

/** Acceptable items per side, from the per-item agreed labels (1, 0, or undefined). */
export function figuresBySide(
	sides: ReadonlyMap<string, Side>,
	agreed: (id: string) => 0 | 1 | undefined
): SideFigures[] {
	return (['removed', 'added'] as const).map((side) => {
		const ids = [...sides].filter(([, s]) => s === side).map(([id]) => id);
		const labels = ids.map(agreed);
		return {
			side,
			items: ids.length,
			acceptable: labels.filter((l) => l === 1).length,
			unrated: labels.filter((l) => l === undefined).length
		};
	});
}
