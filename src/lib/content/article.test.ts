import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from './article';

const withFrontMatter = (yaml: string, body = 'Body text.') => `---\n${yaml}\n---\n${body}`;

describe('parseArticle', () => {
	it('reads every front matter field and the body text', () => {
		const article = parseArticle(
			'a.md',
			withFrontMatter(
				'title: Troops sent\nsource: Example News\nurl: https://example.org/a\ndate: 2025-03-14\ntags: [world, asia]',
				'\nFirst sentence. Second one.\n'
			)
		);
		expect(article).toEqual({
			title: 'Troops sent',
			source: 'Example News',
			url: 'https://example.org/a',
			date: '2025-03-14',
			tags: ['world', 'asia'],
			text: 'First sentence. Second one.'
		});
	});

	it('keeps titles that YAML would read as numbers or dates as text', () => {
		expect(parseArticle('a.md', withFrontMatter('title: 1984')).title).toBe('1984');
	});

	it('treats a document without front matter as plain text', () => {
		expect(parseArticle('a.txt', 'Just text.\n')).toEqual({ text: 'Just text.' });
	});

	it.each([
		[
			'date: 14 March 2025',
			'a.md: front matter: date: date must be a real date in the form YYYY-MM-DD'
		],
		[
			'date: 2025-02-30',
			'a.md: front matter: date: date must be a real date in the form YYYY-MM-DD'
		],
		['url: not a link', 'a.md: front matter: url: url must be a full URL'],
		['title: ""', 'a.md: front matter: title: title must not be empty'],
		['tags: world', 'a.md: front matter: tags: tags must be a list'],
		[
			'title: A\nauthor: Me',
			'a.md: front matter: author: not a known field (allowed: title, source, url, date, tags, story)'
		],
		['title: [unclosed', 'a.md: front matter is not valid YAML']
	])('rejects %j with a message naming the file and the problem', (yaml, message) => {
		expect(() => parseArticle('a.md', withFrontMatter(yaml))).toThrowError(message);
	});

	it('rejects front matter that is opened but never closed', () => {
		const parse = () => parseArticle('b.md', '---\ntitle: A\nNo end.');
		expect(parse).toThrowError(ArticleError);
		expect(parse).toThrowError('b.md: front matter starts with --- but never ends with ---');
	});

	it('rejects front matter that is not a list of fields', () => {
		expect(() => parseArticle('c.md', withFrontMatter('just words'))).toThrowError(
			'c.md: front matter: must be "field: value" lines'
		);
	});

	it('reads the story a built-in article belongs to, and refuses a bad one', () => {
		expect(
			parseArticle('d.md', withFrontMatter('title: A\nstory: "  Troops in Russia "')).story
		).toBe('Troops in Russia');
		expect(() => parseArticle('d.md', withFrontMatter('title: A\nstory: ""'))).toThrowError(
			'd.md: front matter: story: story must not be empty'
		);
		expect(() =>
			parseArticle('d.md', withFrontMatter(`title: A\nstory: ${'x'.repeat(121)}`))
		).toThrowError('story must be at most 120 characters');
		expect(() => parseArticle('d.md', withFrontMatter('title: A\nstory: [a, b]'))).toThrowError(
			"story must be text (the story's name)"
		);
	});
});
