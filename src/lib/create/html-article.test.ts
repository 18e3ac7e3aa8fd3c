import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { htmlArticle } from './html-article';

const parse = (html: string) =>
	new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const NEWS_PAGE = readFileSync(new URL('./fixtures/news-page.html', import.meta.url), 'utf8');

describe('htmlArticle', () => {
	it('keeps only the article paragraphs of a news page', () => {
		const article = htmlArticle(parse(NEWS_PAGE));
		expect(article.text.split('\n\n')).toEqual([
			'The Harbour Bridge in Port Ellis reopened to traffic on Friday after a repair that took two years and cost 84 million dollars, the city council said.',
			'Engineers replaced 312 steel cables and the whole road deck, which had been damaged by salt water since the bridge opened in 1968.',
			'Mayor Laura Brandt said the bridge carries about 40,000 vehicles a day and that its closure had doubled travel times for people living on the northern shore.',
			'A lane for bicycles now runs along the eastern side, and buses will return to the bridge on 1 April, according to the regional transport authority.',
			'The council said the repair finished three months later than planned because a storm in November 2024 damaged the temporary scaffolding.'
		]);
	});

	it("takes the title, site, canonical link and publication date from the page's metadata", () => {
		expect(htmlArticle(parse(NEWS_PAGE))).toMatchObject({
			title: 'Harbour bridge reopens after two-year repair',
			source: 'The Coastal Times',
			url: 'https://coastal-times.example/news/harbour-bridge-reopens',
			date: '2025-03-14'
		});
	});

	it('keeps sentences that only look like bylines or related links', () => {
		const page = `<html><body><article>
			<p>By March, 1,200 families had moved back to the valley after the floods of the winter.</p>
			<p>The dam, which <a href="/dam">was built in 1931</a>, held during the worst of the storm.</p>
			<p>Read the full report, the council said, before the public meeting on 4 May in the town hall.</p>
		</article></body></html>`;
		expect(htmlArticle(parse(page)).text.split('\n\n')).toHaveLength(3);
	});

	it('reads a page without article structure as its blocks, and markup alone as nothing', () => {
		const bare = htmlArticle(parse('<div>Short note one.</div><div>Short note two.</div>'));
		expect(bare.text).toMatch(/Short note one\.\s+Short note two\./);
		const markup =
			'<html><body><div><span></span><img src=x onerror="alert(1)"></div></body></html>';
		expect(htmlArticle(parse(markup)).text).toBe('');
	});

	it('never takes metadata that is not a web address or a real date', () => {
		const page = `<html><head><link rel="canonical" href="javascript:alert(1)">
			<meta property="article:published_time" content="2025-02-30"></head>
			<body><p>The ferry carries 300 passengers between the two islands every day.</p></body></html>`;
		const { url, date } = htmlArticle(parse(page));
		expect({ url, date }).toEqual({ url: undefined, date: undefined });
	});
});
