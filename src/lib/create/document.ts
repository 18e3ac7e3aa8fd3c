// What the create page accepts as a document: pasted text or an opened file, with its title,
// source, URL and date. Everything here is untrusted input; nothing is ever rendered as HTML.
import * as v from 'valibot';
import type { DocumentInput, Outcome } from '$lib/types';
import { messageOf } from '$lib/error-message';
import { calendarDate } from '$lib/study/staleness';

/** About 100 pages of prose: far beyond an article, well below what would stall a phone. */
export const MAX_DOCUMENT_CHARS = 200_000;
/** Fewer letters than this cannot hold a fact worth a question. */
const MIN_LETTERS = 40;

const optionalText = (max: number, label: string) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.maxLength(max, `${label} is too long (at most ${max} characters).`),
		v.transform((s) => (s === '' ? undefined : s))
	);

/** The title, source, URL and publication date; `today` (YYYY-MM-DD) bounds the date. */
export function documentMetaSchema(today: string) {
	return v.object({
		title: v.pipe(
			v.string(),
			v.trim(),
			v.nonEmpty('Give the set a title.'),
			v.maxLength(200, 'The title is too long (at most 200 characters).')
		),
		source: optionalText(200, 'The source'),
		url: v.pipe(
			optionalText(2000, 'The URL'),
			v.check(
				(url) => url === undefined || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url),
				'The URL must start with http:// or https://.'
			)
		),
		// Every set has a date: what the time-sensitive questions are true "as of".
		date: v.pipe(
			v.string(),
			v.trim(),
			v.nonEmpty(
				'Give the date the article was published (YYYY-MM-DD). If you do not know it, use today’s.'
			),
			v.check(
				(date) => calendarDate(date) !== null,
				'The date must be a real date in the form YYYY-MM-DD, such as 2025-02-27.'
			),
			v.check(
				(date) => date <= today,
				`The date is in the future: an article cannot be published after today (${today}).`
			)
		)
	});
}

export type DocumentMetaFields = v.InferInput<ReturnType<typeof documentMetaSchema>>;

/** The fields' problems by field name, or the document ready for the generator. */
export function validateDocument(
	text: string,
	fields: DocumentMetaFields,
	/** The learner's local day, YYYY-MM-DD. */
	today: string
): { ok: true; value: DocumentInput } | { ok: false; errors: Partial<Record<string, string>> } {
	const errors: Partial<Record<string, string>> = {};
	const body = checkText(text);
	if (!body.ok) errors.text = body.error;
	const meta = v.safeParse(documentMetaSchema(today), fields);
	if (!meta.success) {
		for (const issue of meta.issues) {
			const key = issue.path?.[0]?.key;
			if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
		}
	}
	if (!body.ok || !meta.success) return { ok: false, errors };
	const { title, source, url, date } = meta.output;
	return {
		ok: true,
		value: {
			text: body.value,
			title,
			...(source ? { source } : {}),
			...(url ? { url } : {}),
			date
		}
	};
}

const TAG = /<\/?[a-z!][^>]*>/gi;

/** The pasted or opened text, or why no questions can come from it. */
export function checkText(text: string): Outcome<string> {
	const trimmed = text.trim();
	if (trimmed === '')
		return { ok: false, error: 'Paste an article or open a file: the text is empty.' };
	if (text.length > MAX_DOCUMENT_CHARS) {
		return {
			ok: false,
			error: `The text is too long (${Math.round(text.length / 1000)} thousand characters; at most ${MAX_DOCUMENT_CHARS / 1000} thousand). Paste one article at a time.`
		};
	}
	if (looksBinary(text)) {
		return {
			ok: false,
			error: 'This is not text (it looks like a binary file such as an image or a PDF).'
		};
	}
	const markup = trimmed.match(TAG)?.length ?? 0;
	const letters = letterCount(trimmed.replace(TAG, ' '));
	if (markup > 0 && letters < MIN_LETTERS) {
		return { ok: false, error: 'This is all markup (HTML tags) with no article text in it.' };
	}
	if (letters < MIN_LETTERS) {
		return {
			ok: false,
			error: 'The text is too short to make questions from: paste a whole article.'
		};
	}
	return { ok: true, value: trimmed };
}

function letterCount(text: string): number {
	return text.match(/\p{L}/gu)?.length ?? 0;
}

/** NUL bytes, or many control or replacement characters: what a binary file read as text gives. */
export function looksBinary(text: string): boolean {
	if (text.includes('\u0000')) return true;
	const sample = text.slice(0, 20_000);
	let odd = 0;
	for (const char of sample) {
		const code = char.charCodeAt(0);
		if ((code > 0 && code < 9) || (code > 13 && code < 32) || code === 0xfffd) odd++;
	}
	return sample.length > 0 && odd / sample.length > 0.02;
}

export type FileKind = 'markdown' | 'html' | 'text';

export function fileKind(name: string, mimeType = ''): FileKind | null {
	if (/\.(md|markdown)$/i.test(name) || /^text\/(x-)?markdown$/.test(mimeType)) return 'markdown';
	if (/\.html?$/i.test(name) || mimeType === 'text/html') return 'html';
	if (/\.txt$/i.test(name) || mimeType === 'text/plain') return 'text';
	return null;
}

export interface OpenedDocument {
	text: string;
	title?: string;
	source?: string;
	url?: string;
	date?: string;
}

/**
 * An opened .txt or .md file as text and whatever metadata it carries. HTML files go to
 * `arrivalFromFile` (shared-document.ts), which hands them to Readability (html-article.ts).
 * The front-matter reader (with its YAML parser, 120 KB) loads only when a .md file arrives.
 */
export async function readDocumentFile(
	name: string,
	raw: string,
	mimeType = ''
): Promise<Outcome<OpenedDocument>> {
	const kind = fileKind(name, mimeType);
	if (!kind || kind === 'html') {
		return { ok: false, error: `${name}: open a .txt, .md or .html file.` };
	}
	if (raw.length > MAX_DOCUMENT_CHARS) {
		return {
			ok: false,
			error: `${name}: the file is too large (at most ${MAX_DOCUMENT_CHARS / 1000} thousand characters).`
		};
	}
	if (looksBinary(raw)) return { ok: false, error: `${name}: this is not a text file.` };
	if (kind === 'text') return { ok: true, value: { text: raw.trim() } };
	try {
		const { parseArticle } = await import('$lib/content/article');
		const article = parseArticle(name, raw);
		const { text, title, source, url, date } = article;
		return {
			ok: true,
			value: {
				text,
				...(title ? { title } : {}),
				...(source ? { source } : {}),
				...(url ? { url } : {}),
				...(date ? { date } : {})
			}
		};
	} catch (error) {
		return { ok: false, error: messageOf(error) };
	}
}
