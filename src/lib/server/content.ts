import { buildQuestionSet } from '$lib/content/question-set';
import { buildSetIndex } from '$lib/content/set-index';
import type { QuestionSet, SetSummary } from '$lib/types';

// Read at build time only: every article becomes a prerendered set.
const articleFiles = import.meta.glob('/content/articles/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cache: { sets: Map<string, QuestionSet>; index: SetSummary[] } | undefined;

function load() {
	if (!cache) {
		const sets = Object.entries(articleFiles).map(([path, raw]) =>
			buildQuestionSet(path.replace(/^\//, ''), raw)
		);
		cache = { sets: new Map(sets.map((set) => [set.id, set])), index: buildSetIndex(sets) };
	}
	return cache;
}

export const builtInSetIndex = (): SetSummary[] => load().index;
export const builtInSet = (id: string): QuestionSet | undefined => load().sets.get(id);
