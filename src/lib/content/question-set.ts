import { generateQuestionSet } from '$lib/generate';
import type { QuestionSet } from '$lib/types';
import { storyIdFor } from '$lib/story/join';
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
	const { story, ...doc } = article;
	const set = generateQuestionSet(doc);
	return {
		...set,
		id,
		tags: article.tags,
		...(story ? { story: { id: storyIdFor(story), title: story } } : {})
	};
}
