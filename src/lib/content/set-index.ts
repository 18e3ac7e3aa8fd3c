import { QUESTION_TYPES, type QuestionCounts, type QuestionSet, type SetSummary } from '$lib/types';

export function countByType(set: Pick<QuestionSet, 'questions'>): QuestionCounts {
	const counts = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as QuestionCounts;
	for (const question of set.questions) counts[question.type] += 1;
	return counts;
}

export function summarise(set: QuestionSet): SetSummary {
	return {
		id: set.id,
		title: set.title,
		source: set.source,
		url: set.url,
		date: set.date,
		tags: set.tags,
		...(set.story ? { story: set.story } : {}),
		questionCount: set.questions.length,
		counts: countByType(set)
	};
}

/** The library index: newest first, undated sets last, ties by title. */
export function buildSetIndex(sets: QuestionSet[]): SetSummary[] {
	return sets.map(summarise).sort((a, b) => {
		if (a.date !== b.date) {
			if (!a.date) return 1;
			if (!b.date) return -1;
			return a.date < b.date ? 1 : -1;
		}
		return a.title.localeCompare(b.title);
	});
}
