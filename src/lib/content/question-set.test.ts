import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '$lib/types';
import { buildQuestionSet } from './question-set';

const article = (
	frontMatter: string,
	body = 'North Korea sent 3,000 troops to Russia in January.'
) => `---\n${frontMatter}\n---\n${body}\n`;

describe('buildQuestionSet', () => {
	it('names the set after its file and keeps the front matter', () => {
		const set = buildQuestionSet(
			'content/articles/troops-2025.md',
			article('title: Troops\nsource: Example News\ndate: 2025-03-01\ntags: [world]')
		);
		expect(set).toMatchObject({
			id: 'troops-2025',
			title: 'Troops',
			source: 'Example News',
			date: '2025-03-01',
			tags: ['world']
		});
		expect(set.sentences.length).toBeGreaterThan(0);
	});

	it('dates the time-sensitive questions with the front matter date, and only then', () => {
		const body =
			'North Korea has sent about 11,000 troops to Russia so far. The two countries signed a defence pact in June 2024. Kim Jong Un is the leader of North Korea.';
		const dated = buildQuestionSet(
			'content/articles/a.md',
			article('title: A\ndate: 2025-02-27', body)
		);
		expect(dated.questions.some((q) => q.asOf === '2025-02-27')).toBe(true);
		expect(dated.questions.every((q) => q.asOf === undefined || q.asOf === '2025-02-27')).toBe(
			true
		);
		const undated = buildQuestionSet('content/articles/a.md', article('title: A', body));
		expect(undated.date).toBeUndefined();
		expect(undated.questions.every((q) => q.asOf === undefined)).toBe(true);
	});

	it('fails with the file name when the title is missing', () => {
		expect(() => buildQuestionSet('content/articles/x.md', article('source: A'))).toThrowError(
			'content/articles/x.md: front matter: title is required'
		);
	});

	it('fails with the file name when there is no text', () => {
		expect(() => buildQuestionSet('content/articles/x.md', article('title: A', ''))).toThrowError(
			'content/articles/x.md: the article has no text after its front matter'
		);
	});

	it('refuses file names that would make awkward URLs', () => {
		expect(() =>
			buildQuestionSet('content/articles/My Article.md', article('title: A'))
		).toThrowError(/My Article\.md: file name must be lower-case words/);
	});

	it('builds every shipped article into a valid set', () => {
		const dir = new URL('../../../content/articles/', import.meta.url);
		const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
		expect(files.length).toBeGreaterThan(0);
		for (const name of files) {
			const set = buildQuestionSet(name, readFileSync(new URL(name, dir), 'utf8'));
			expect(set.title.length).toBeGreaterThan(0);
			for (const question of set.questions) {
				expect(QUESTION_TYPES).toContain(question.type);
				expect(set.sentences[question.sourceSentence]).toBe(question.explanation);
			}
		}
	});

	it('ships the seed article word for word', () => {
		// The SHA-256 of the seed document (../shared/seed/), taken once so the test reads nothing
		// outside the repository: the shipped article's text after its front matter is that file.
		const SEED_SHA256 = '2f98c2fe0318dd1157e41677dff76a1cd0f552f6199f1bb9d297de945fba89d5';
		const shipped = readFileSync(
			new URL('../../../content/articles/north-korea-troops-russia.md', import.meta.url),
			'utf8'
		);
		const text = shipped.replace(/^---\n[\s\S]*?\n---\n/, '');
		expect(text.length).toBeLessThan(shipped.length);
		expect(createHash('sha256').update(text).digest('hex')).toBe(SEED_SHA256);
	});
});
