import { generateQuestionSet } from '$lib/generate';
import { QUESTION_TYPES, type QuestionCounts, type QuestionSet, type SetSummary } from '$lib/types';
import { ArticleError, parseArticle } from './article';

const SET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns one content file into its question set; the file name (without .md) is the set id. */
export function buildQuestionSet(fileName: string, raw: string): QuestionSet {
	const baseName = fileName.split('/').pop() ?? fileName;
	const id = baseName.replace(/\.md$/, '');
	if (!SET_ID.test(id)) {
		throw new ArticleError(
			fileName,
			'file name must be lower-case words joined by hyphens, e.g. my-article.md'
		);
	}
	const article = parseArticle(fileName, raw);
	if (!article.title) throw new ArticleError(fileName, 'front matter: title is required');
	if (!article.text)
		throw new ArticleError(fileName, 'the article has no text after its front matter');
	const set = generateQuestionSet(article);
	return { ...set, id, tags: article.tags };
}

export function countByType(set: QuestionSet): QuestionCounts {
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
