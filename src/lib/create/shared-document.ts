// What the share sheet hands Factdeck ("Share → Factdeck"): a title, a text, a link and perhaps a
// file, all untrusted. The manifest's share target posts them to the service worker
// (static/share-target.js), which keeps them in Cache Storage and opens /create?shared=<id>;
// /create?title=…&text=…&url=… (the shape of a GET share, and of a bookmarklet) works too.
import * as v from 'valibot';
import { fileKind, looksBinary, readDocumentFile } from './document';

/** A shared payload larger than this is refused whole, by the service worker and by the page. */
export const MAX_SHARED_BYTES = 2 * 1024 * 1024;
/** Where the manifest's share target posts; the service worker answers it (never a server). */
export const SHARE_TARGET_ACTION = '/share-target';
/** The Cache Storage cache holding the latest share, and its entries' path prefix. */
export const SHARE_CACHE = 'factdeck-share';
export const SHARED_ENTRY_PREFIX = '/share-target/';

export interface DocumentMeta {
	title?: string;
	source?: string;
	url?: string;
	date?: string;
}

/** A share, read but not yet in the form: HTML still has to be reduced to its article. */
export type Arrival =
	| { kind: 'text'; text: string; meta: DocumentMeta; fallbackTitle?: string }
	| { kind: 'html'; html: string; meta: DocumentMeta }
	| { kind: 'needs-text'; meta: DocumentMeta; message: string }
	| { kind: 'problem'; message: string };

export const EMPTY_SHARE_MESSAGE =
	'Nothing arrived with the share: no text, no link and no file. Share the article again, or paste its text below.';
export const TOO_LARGE_MESSAGE = `The shared article is too large (over ${MAX_SHARED_BYTES / 1024 / 1024} MB). Share or paste one article at a time.`;
export const BINARY_MESSAGE =
	'What was shared is not text (it looks like an image, a PDF or another binary file). Share the article as text or as a .txt, .html or .md file.';
export const ONLY_MARKUP_MESSAGE =
	'What arrived is all markup (HTML) with no article text in it. Open the article, select its text, and share or paste that.';
export const LOST_SHARE_MESSAGE =
	'The shared article is no longer on this device (it is kept only until the next share). Share it again.';
const needsTextMessage = (what: string) =>
	`Only ${what} arrived, and Factdeck needs the article's text: it has no server that could fetch the page. Open the article, select its text (or "Select all"), then Share → Factdeck, or copy it and paste it below. The link is kept as the source.`;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

const sharedText = v.pipe(
	v.string(),
	v.check(
		(text) => text.length <= MAX_SHARED_BYTES && utf8Bytes(text) <= MAX_SHARED_BYTES,
		TOO_LARGE_MESSAGE
	),
	v.check((text) => !looksBinary(text), BINARY_MESSAGE),
	// Control characters other than tab and line breaks never belong in an article.
	v.transform((text) => text.replace(/(?![\t\n\r])\p{Cc}/gu, '').trim())
);

/** The three fields of a share, each optional; anything else in the query is ignored. */
export const SharedFieldsSchema = v.object({
	title: v.optional(sharedText, ''),
	text: v.optional(sharedText, ''),
	url: v.optional(sharedText, '')
});
export type SharedFields = v.InferInput<typeof SharedFieldsSchema>;

/** The share's fields in a query string (`?title=…&text=…&url=…`), or null when it has none. */
export function sharedFieldsFromQuery(params: URLSearchParams): SharedFields | null {
	const fields: SharedFields = {};
	for (const key of ['title', 'text', 'url'] as const) {
		const value = params.get(key);
		if (value !== null) fields[key] = value;
	}
	return Object.keys(fields).length > 0 ? fields : null;
}

/** The id of a share the service worker kept (`?shared=<id>`), or the problem it reported. */
export function sharedEntryFromQuery(
	params: URLSearchParams
): { id: string } | { problem: string } | null {
	const problem = params.get('share-problem');
	if (problem !== null)
		return { problem: problem === 'too-large' ? TOO_LARGE_MESSAGE : LOST_SHARE_MESSAGE };
	const id = params.get('shared');
	if (id === null) return null;
	return /^[\w-]{1,64}$/.test(id) ? { id } : { problem: LOST_SHARE_MESSAGE };
}

const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/i;
/** A web address at the very end of the text, on its own or after the selection. */
const TRAILING_URL = /(?:^|\s)(https?:\/\/[^\s/]+\.[^\s]+)$/i;
/** Quotes a browser puts around a shared selection. */
const QUOTED = /^["“”'‘’«»](.*)["“”'‘’«»]$/s;
const TAGS = /<\/?[a-z!][^>]*>/gi;

/**
 * The shared fields as an arrival. Browsers differ: Android puts a page's link in `text` (alone,
 * or after a shared selection in quotes) rather than `url`; a selection is the article's text.
 */
export function arrivalFromFields(fields: unknown): Arrival {
	const parsed = v.safeParse(SharedFieldsSchema, fields);
	if (!parsed.success) {
		// Our own checks say what is wrong; a field that is not text at all counts as nothing shared.
		const known = parsed.issues.find((issue) => issue.type === 'check');
		return { kind: 'problem', message: known?.message ?? EMPTY_SHARE_MESSAGE };
	}
	let { text, url } = parsed.output;
	const trailing = TRAILING_URL.exec(text);
	if (trailing?.[1] && (url === '' || sameAddress(url, trailing[1]))) {
		url = trailing[1];
		text = text.slice(0, trailing.index).trim();
	}
	text = text.replace(QUOTED, '$1').trim();
	const meta = documentMeta(parsed.output.title, url);
	if (text === '' && !meta.title && !meta.url) {
		return { kind: 'problem', message: EMPTY_SHARE_MESSAGE };
	}
	if (text === '') {
		return { kind: 'needs-text', meta, message: needsTextMessage(meta.url ? 'a link' : 'a title') };
	}
	if (looksLikeHtml(text)) return { kind: 'html', html: text, meta };
	return { kind: 'text', text, meta };
}

/** A shared or opened file as an arrival, with the share's title and link as its metadata. */
export async function arrivalFromFile(
	file: { name: string; type: string; size: number },
	content: string,
	fields: unknown = {}
): Promise<Arrival> {
	const around = arrivalFromFields(fields);
	const meta = around.kind === 'problem' ? {} : around.meta;
	if (file.size > MAX_SHARED_BYTES) return { kind: 'problem', message: fileTooLarge(file) };
	const kind = fileKind(file.name, file.type);
	if (kind === 'html') {
		if (looksBinary(content)) return { kind: 'problem', message: BINARY_MESSAGE };
		return { kind: 'html', html: content, meta };
	}
	const opened = await readDocumentFile(file.name, content, file.type);
	if (!opened.ok) return { kind: 'problem', message: opened.error };
	const { text, ...fromFile } = opened.value;
	if (text.trim() === '') return { kind: 'problem', message: `${file.name}: the file is empty.` };
	return {
		kind: 'text',
		text,
		meta: { ...meta, ...fromFile },
		fallbackTitle: file.name.replace(/\.[^.]+$/, '')
	};
}

export function fileTooLarge(file: { name: string }): string {
	return `${file.name}: the file is too large (over ${MAX_SHARED_BYTES / 1024 / 1024} MB). Open one article at a time.`;
}

/**
 * An HTML page's article (from `htmlArticle`) as an arrival: the share's own title and link win
 * over the page's, and a page with no article text in it is a problem, not an empty form.
 */
export function arrivalFromArticle(
	article: { text: string } & DocumentMeta,
	meta: DocumentMeta
): Extract<Arrival, { kind: 'text' | 'problem' }> {
	const letters = article.text.match(/\p{L}/gu)?.length ?? 0;
	if (letters < 40) return { kind: 'problem', message: ONLY_MARKUP_MESSAGE };
	const { text, ...fromPage } = article;
	return { kind: 'text', text, meta: { ...fromPage, ...meta } };
}

/** Markup rather than prose: starts like an HTML document or fragment and is mostly tags. */
export function looksLikeHtml(text: string): boolean {
	const start = text.trimStart().slice(0, 200).toLowerCase();
	if (/^<!doctype html|^<html[\s>]/.test(start)) return true;
	if (!start.startsWith('<')) return false;
	const tags = text.match(TAGS)?.length ?? 0;
	return tags >= 3 && /<\/(p|div|article|section|body|h[1-6]|li|span|a)>/i.test(text);
}

function documentMeta(title: string, url: string): DocumentMeta {
	const shortTitle = title.replace(/\s+/g, ' ').slice(0, 200).trim();
	return {
		...(shortTitle ? { title: shortTitle } : {}),
		...(WEB_ADDRESS.test(url) && url.length <= 2000 ? { url: withoutTextFragment(url) } : {})
	};
}

/** Chrome's "link to highlight" (`#:~:text=…`) is about the selection, not the article. */
function withoutTextFragment(url: string): string {
	return url.replace(/#:~:text=.*$/, '');
}

function sameAddress(a: string, b: string): boolean {
	return withoutTextFragment(a) === withoutTextFragment(b);
}

export interface DocumentFields {
	title: string;
	source: string;
	url: string;
	date: string;
}
/** What the create form holds: the article text and its fields. */
export interface DocumentForm {
	text: string;
	fields: DocumentFields;
}
export interface ArrivalNotice {
	tone: 'info' | 'bad';
	message: string;
}
/** An article that arrived while the form held other text: it waits for the user's choice. */
export interface PendingArticle {
	text: string;
	meta: DocumentMeta;
	/** The title when neither the article nor the form has one (an opened file's name). */
	fallbackTitle?: string;
}
export type ReadyArrival = Exclude<Arrival, { kind: 'html' }>;

/**
 * An arrival put into the form. Text already in the form is never replaced silently: the new
 * article then waits (`pending`) until the user replaces the text or keeps it. A link or title
 * without text fills only empty fields; a problem changes nothing.
 */
export function receiveArrival(
	form: DocumentForm,
	arrival: ReadyArrival,
	filled?: string
): { form: DocumentForm; notice?: ArrivalNotice; pending?: PendingArticle } {
	if (arrival.kind === 'problem')
		return { form, notice: { tone: 'bad', message: arrival.message } };
	if (arrival.kind === 'needs-text') {
		const fields = { ...form.fields };
		if (!fields.title.trim() && arrival.meta.title) fields.title = arrival.meta.title;
		if (!fields.url.trim() && arrival.meta.url) fields.url = arrival.meta.url;
		return { form: { ...form, fields }, notice: { tone: 'info', message: arrival.message } };
	}
	const pending: PendingArticle = {
		text: arrival.text,
		meta: arrival.meta,
		...(arrival.fallbackTitle ? { fallbackTitle: arrival.fallbackTitle } : {})
	};
	if (form.text.trim() === '' || form.text.trim() === arrival.text.trim()) {
		return {
			form: withArticle(form, pending),
			...(filled ? { notice: { tone: 'info' as const, message: filled } } : {})
		};
	}
	const words = arrival.text.split(/\s+/).length.toLocaleString('en');
	const title = arrival.meta.title ?? arrival.fallbackTitle;
	const name = title ? `“${title}” (${words} words)` : `${words} words`;
	return {
		form,
		pending,
		notice: {
			tone: 'info',
			message: `An article arrived, ${name}, but the form already holds text. Replace the text with it, or keep yours.`
		}
	};
}

/** The form with an article's text; its fields take the article's metadata where it has some. */
export function withArticle(form: DocumentForm, article: PendingArticle): DocumentForm {
	const { title, source, url, date } = article.meta;
	return {
		text: article.text,
		fields: {
			title: title ?? (form.fields.title || article.fallbackTitle || ''),
			source: source ?? form.fields.source,
			url: url ?? form.fields.url,
			date: date ?? form.fields.date
		}
	};
}

/**
 * A pasted page's article put where the paste went (between `start` and `end`), as a paste would
 * put text; the page's metadata fills only fields that are still empty.
 */
export function pasteArticle(
	form: DocumentForm,
	article: PendingArticle,
	start = 0,
	end = form.text.length
): DocumentForm {
	const fields = { ...form.fields };
	for (const key of ['title', 'source', 'url', 'date'] as const) {
		const value = article.meta[key];
		if (value && !fields[key].trim()) fields[key] = value;
	}
	return { text: form.text.slice(0, start) + article.text + form.text.slice(end), fields };
}
