import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webManifest } from '$lib/pwa/manifest';
import {
	arrivalFromArticle,
	arrivalFromFields,
	arrivalFromFile,
	BINARY_MESSAGE,
	EMPTY_SHARE_MESSAGE,
	LOST_SHARE_MESSAGE,
	looksLikeHtml,
	MAX_SHARED_BYTES,
	ONLY_MARKUP_MESSAGE,
	pasteArticle,
	receiveArrival,
	SHARE_CACHE,
	SHARE_TARGET_ACTION,
	SHARED_ENTRY_PREFIX,
	sharedEntryFromQuery,
	sharedFieldsFromQuery,
	TOO_LARGE_MESSAGE,
	withArticle,
	type DocumentForm
} from './shared-document';

const ARTICLE =
	'The river Thames flows through London. It is 346 kilometres long and reaches the North Sea.';
const LINK = 'https://news.example/thames';
const query = (search: string) => new URLSearchParams(search);

describe('reading a share from the query string', () => {
	it('takes title, text and url and ignores everything else', () => {
		expect(
			sharedFieldsFromQuery(query(`?title=T&text=${encodeURIComponent(ARTICLE)}&x=1`))
		).toEqual({ title: 'T', text: ARTICLE });
		expect(sharedFieldsFromQuery(query('?utm_source=x'))).toBeNull();
		// A stray "%" does not throw: URLSearchParams keeps it as it is.
		expect(sharedFieldsFromQuery(query('?text=50%'))).toEqual({ text: '50%' });
	});

	it('reads the id of a share the service worker kept, or what went wrong', () => {
		expect(sharedEntryFromQuery(query('?shared=3f2a-9b'))).toEqual({ id: '3f2a-9b' });
		expect(sharedEntryFromQuery(query('?shared=../../etc'))).toEqual({
			problem: LOST_SHARE_MESSAGE
		});
		expect(sharedEntryFromQuery(query('?share-problem=too-large'))).toEqual({
			problem: TOO_LARGE_MESSAGE
		});
		expect(sharedEntryFromQuery(query('?title=x'))).toBeNull();
	});
});

describe('arrivalFromFields', () => {
	it('turns title, text and link into an article', () => {
		expect(arrivalFromFields({ title: ' Thames ', text: `\n${ARTICLE} `, url: LINK })).toEqual({
			kind: 'text',
			text: ARTICLE,
			meta: { title: 'Thames', url: LINK }
		});
	});

	it('takes a selection shared in quotes with its link after it (Android) as the article', () => {
		const shared = `“${ARTICLE}”\n${LINK}#:~:text=Thames%20flows`;
		expect(arrivalFromFields({ title: 'Thames', text: shared })).toEqual({
			kind: 'text',
			text: ARTICLE,
			meta: { title: 'Thames', url: LINK }
		});
	});

	it('says plainly that the text is needed when only a link or a title arrives, and keeps the link', () => {
		const onlyLink = arrivalFromFields({ text: LINK });
		expect(onlyLink).toMatchObject({ kind: 'needs-text', meta: { url: LINK } });
		expect(onlyLink.kind === 'needs-text' && onlyLink.message).toMatch(
			/Only a link arrived.*needs the article's text.*no server.*select its text.*Share → Factdeck.*paste.*link is kept/
		);
		expect(arrivalFromFields({ title: 'Thames', url: LINK })).toMatchObject({
			kind: 'needs-text',
			meta: { title: 'Thames', url: LINK }
		});
		expect(arrivalFromFields({ title: 'Thames' })).toMatchObject({ kind: 'needs-text' });
	});

	it('refuses an empty, huge or binary share with a clear message', () => {
		expect(arrivalFromFields({})).toEqual({ kind: 'problem', message: EMPTY_SHARE_MESSAGE });
		expect(arrivalFromFields({ title: ' ', text: '\n\t', url: '' })).toEqual({
			kind: 'problem',
			message: EMPTY_SHARE_MESSAGE
		});
		expect(arrivalFromFields({ text: 'a'.repeat(MAX_SHARED_BYTES + 1) })).toEqual({
			kind: 'problem',
			message: TOO_LARGE_MESSAGE
		});
		// Under 2 MB in characters, over it in UTF-8 bytes.
		expect(arrivalFromFields({ text: 'é'.repeat(MAX_SHARED_BYTES / 2 + 1) })).toEqual({
			kind: 'problem',
			message: TOO_LARGE_MESSAGE
		});
		expect(arrivalFromFields({ text: 'PK\u0003\u0004\u0000\u0000\u0001binary' })).toEqual({
			kind: 'problem',
			message: BINARY_MESSAGE
		});
		expect(arrivalFromFields('not an object')).toEqual({
			kind: 'problem',
			message: EMPTY_SHARE_MESSAGE
		});
		expect(arrivalFromFields({ text: 42 })).toEqual({
			kind: 'problem',
			message: EMPTY_SHARE_MESSAGE
		});
	});

	it('drops a link that is not a web address and strips control characters', () => {
		expect(arrivalFromFields({ text: `${ARTICLE}\u0007`, url: 'javascript:alert(1)' })).toEqual({
			kind: 'text',
			text: ARTICLE,
			meta: {}
		});
	});

	it('cuts an over-long title to 200 characters', () => {
		const arrival = arrivalFromFields({ title: 'T'.repeat(5000), text: ARTICLE });
		expect(arrival.kind === 'text' && arrival.meta.title).toHaveLength(200);
	});

	it('hands shared markup on to be reduced to its article', () => {
		const html = `<html><body><nav>Menu</nav><p>${ARTICLE}</p></body></html>`;
		expect(arrivalFromFields({ text: html })).toEqual({ kind: 'html', html, meta: {} });
	});
});

describe('looksLikeHtml', () => {
	it('tells markup from prose that mentions a tag', () => {
		expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
		expect(looksLikeHtml('<div><p>One</p><p>Two</p></div>')).toBe(true);
		expect(looksLikeHtml('Use the <p> tag for paragraphs. <b> is bold.')).toBe(false);
		expect(looksLikeHtml(ARTICLE)).toBe(false);
		expect(looksLikeHtml('<3 the river')).toBe(false);
	});
});

describe('arrivalFromFile', () => {
	const file = (name: string, content: string, type = '') =>
		[{ name, type, size: new TextEncoder().encode(content).length }, content] as const;

	it('reads .txt, .md (with front matter) and hands .html on', async () => {
		expect(await arrivalFromFile(...file('thames.txt', ARTICLE))).toEqual({
			kind: 'text',
			text: ARTICLE,
			meta: {},
			fallbackTitle: 'thames'
		});
		const md = `---\ntitle: Rivers\nurl: ${LINK}\n---\n${ARTICLE}`;
		expect(await arrivalFromFile(...file('r.md', md), { url: 'https://other.example/x' })).toEqual({
			kind: 'text',
			text: ARTICLE,
			meta: { title: 'Rivers', url: LINK },
			fallbackTitle: 'r'
		});
		expect(await arrivalFromFile(...file('page.html', '<p>x</p>'), { title: 'Shared' })).toEqual({
			kind: 'html',
			html: '<p>x</p>',
			meta: { title: 'Shared' }
		});
	});

	it('refuses empty, huge, binary and unknown files by name', async () => {
		expect(await arrivalFromFile(...file('empty.txt', '  '))).toEqual({
			kind: 'problem',
			message: 'empty.txt: the file is empty.'
		});
		expect(
			await arrivalFromFile({ name: 'big.txt', type: '', size: MAX_SHARED_BYTES + 1 }, 'x')
		).toEqual({
			kind: 'problem',
			message: 'big.txt: the file is too large (over 2 MB). Open one article at a time.'
		});
		expect(await arrivalFromFile(...file('a.txt', 'x\u0000y'))).toMatchObject({ kind: 'problem' });
		expect(await arrivalFromFile(...file('a.html', '\u0000\u0001\u0002'))).toEqual({
			kind: 'problem',
			message: BINARY_MESSAGE
		});
		expect(await arrivalFromFile(...file('photo.jpg', 'x', 'image/jpeg'))).toMatchObject({
			kind: 'problem',
			message: expect.stringMatching(/photo\.jpg: open a \.txt, \.md or \.html file/)
		});
	});
});

describe('arrivalFromArticle', () => {
	it("prefers the share's title and link to the page's", () => {
		expect(
			arrivalFromArticle(
				{ text: ARTICLE, title: 'Page title', url: 'https://page.example/a', source: 'Paper' },
				{ title: 'Shared title' }
			)
		).toEqual({
			kind: 'text',
			text: ARTICLE,
			meta: { title: 'Shared title', url: 'https://page.example/a', source: 'Paper' }
		});
	});

	it('calls a page without article text all markup', () => {
		expect(arrivalFromArticle({ text: '' }, {})).toEqual({
			kind: 'problem',
			message: ONLY_MARKUP_MESSAGE
		});
	});
});

describe('receiveArrival', () => {
	const empty: DocumentForm = { text: '', fields: { title: '', source: '', url: '', date: '' } };
	const typed: DocumentForm = {
		text: 'My own notes, typed before the share arrived.',
		fields: { title: 'Mine', source: '', url: '', date: '' }
	};
	const article = { kind: 'text', text: ARTICLE, meta: { title: 'Thames', url: LINK } } as const;

	it('fills an empty form', () => {
		expect(receiveArrival(empty, article, 'Filled in.')).toEqual({
			form: { text: ARTICLE, fields: { title: 'Thames', source: '', url: LINK, date: '' } },
			notice: { tone: 'info', message: 'Filled in.' }
		});
	});

	it('never replaces text already in the form silently: the article waits for a choice', () => {
		const received = receiveArrival(typed, article);
		expect(received.form).toBe(typed);
		expect(received.pending).toEqual({ text: ARTICLE, meta: article.meta });
		expect(received.notice?.message).toMatch(/“Thames” \(16 words\).*already holds text/);
		expect(withArticle(typed, received.pending!)).toEqual({
			text: ARTICLE,
			fields: { title: 'Thames', source: '', url: LINK, date: '' }
		});
	});

	it('titles an opened file by its name only when neither the file nor the form has a title', () => {
		const opened = { text: ARTICLE, meta: {}, fallbackTitle: 'thames' };
		expect(withArticle(empty, opened).fields.title).toBe('thames');
		expect(withArticle(typed, opened).fields.title).toBe('Mine');
	});

	it("puts a pasted page's article where the paste went and fills only empty fields", () => {
		const form = { text: 'Before. After.', fields: { ...typed.fields } };
		const pasted = pasteArticle(
			form,
			{ text: 'ARTICLE', meta: { title: 'Page', url: LINK } },
			8,
			8
		);
		expect(pasted).toEqual({
			text: 'Before. ARTICLEAfter.',
			fields: { title: 'Mine', source: '', url: LINK, date: '' }
		});
	});

	it('fills only empty fields from a link without text, and a problem changes nothing', () => {
		const onlyLink = arrivalFromFields({ title: 'Other', url: LINK });
		if (onlyLink.kind !== 'needs-text') throw new Error('expected needs-text');
		expect(receiveArrival(typed, onlyLink).form).toEqual({
			...typed,
			fields: { ...typed.fields, url: LINK }
		});
		expect(receiveArrival(typed, { kind: 'problem', message: 'No.' })).toEqual({
			form: typed,
			notice: { tone: 'bad', message: 'No.' }
		});
	});
});

describe('the share target is wired the same way everywhere', () => {
	it('the manifest, the service worker script and this module agree', () => {
		expect(webManifest.share_target).toMatchObject({
			action: SHARE_TARGET_ACTION,
			method: 'POST',
			enctype: 'multipart/form-data',
			params: { title: 'title', text: 'text', url: 'url' }
		});
		const worker = readFileSync(
			new URL('../../../static/share-target.js', import.meta.url),
			'utf8'
		);
		expect(worker).toContain(`const SHARE_TARGET_ACTION = '${SHARE_TARGET_ACTION}';`);
		expect(worker).toContain(`const SHARE_CACHE = '${SHARE_CACHE}';`);
		expect(worker).toContain(`const SHARED_ENTRY_PREFIX = '${SHARED_ENTRY_PREFIX}';`);
		expect(worker).toContain('const MAX_SHARED_BODY = 2 * 1024 * 1024');
		expect(MAX_SHARED_BYTES).toBe(2 * 1024 * 1024);
	});
});
