// What a teacher reads first in the class report: how the scores spread, which questions were
// hardest and what the class answered instead, and how well a question separates students.
import type { QuestionStat } from './questions';
import type { StudentRow } from './students';

/** Up to this many questions, each possible score is its own bar; above it, tenths of 100 %. */
export const MAX_QUESTIONS_FOR_SCORE_BARS = 10;

export interface ScoreBin {
	/** What the bar shows under it: "3 right" or "30–39 %". */
	label: string;
	/** How many students scored in this bin. */
	count: number;
}

/**
 * How many students reached each score: one bin per number right on short assignments (so a
 * 5-question quiz shows no empty bins between possible scores), tenths of 100 % on longer ones
 * (the last bin, 90–100 %, includes full marks).
 */
export function scoreDistribution(rows: readonly StudentRow[], questionCount: number): ScoreBin[] {
	if (questionCount <= MAX_QUESTIONS_FOR_SCORE_BARS) {
		const counts = Array.from({ length: questionCount + 1 }, () => 0);
		for (const row of rows) counts[Math.min(questionCount, Math.max(0, row.correct))]! += 1;
		return counts.map((count, right) => ({ label: `${right} right`, count }));
	}
	const counts = Array.from({ length: 10 }, () => 0);
	for (const row of rows) counts[Math.min(9, Math.max(0, Math.floor(row.scorePct / 10)))]! += 1;
	return counts.map((count, tenth) => ({
		label: tenth === 9 ? '90–100 %' : `${tenth * 10}–${tenth * 10 + 9} %`,
		count
	}));
}

/**
 * The questions the fewest students got right, hardest first (ties in assignment order). A
 * question everyone got right is not hard, and one nobody answered has nothing to say.
 */
export function hardestQuestions(stats: readonly QuestionStat[], count = 3): QuestionStat[] {
	return stats
		.filter((s) => s.facility !== null && s.correct < s.students)
		.sort((a, b) => a.facility! - b.facility! || a.index - b.index)
		.slice(0, count);
}

/** The wrong answer most students gave (blank answers aside), or undefined when none. */
export function mostCommonWrongAnswer(
	stat: Pick<QuestionStat, 'wrongAnswers'>
): { answer: string; count: number } | undefined {
	return stat.wrongAnswers[0];
}

export type Separation = 'well' | 'fairly' | 'poorly' | 'reversed';

/**
 * Discrimination in words, on the usual item-analysis bands: 0.3 and over separates stronger
 * from weaker students well, 0.2–0.3 fairly, under 0.2 poorly, and below 0 the wrong way round.
 */
export function separation(discrimination: number | null): Separation | undefined {
	if (discrimination === null) return undefined;
	if (discrimination < 0) return 'reversed';
	if (discrimination < 0.2) return 'poorly';
	if (discrimination < 0.3) return 'fairly';
	return 'well';
}
