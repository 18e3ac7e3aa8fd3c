// A web page reduced to its article: Mozilla's Readability (Firefox's Reader View) finds the
// article body, then what Readability keeps but is not the article's prose goes too: captions,
// bylines, "Read more" and related-story lines. Only text nodes' contents leave the document; it is
// a parsed, inert document (its scripts never run), and nothing from it is rendered as HTML.
// Loaded lazily by /create (Readability is ~40 KB), so it never grows the first load.
import { Readability } from '@mozilla/readability';
import { calendarDate } from '$lib/study/staleness';
import type { OpenedDocument } from './document';

/** Removed before Readability looks at the page: never article prose, whatever their score. */
const NEVER_PROSE = [
	'script, style, noscript, template, svg, canvas, iframe, form, button, select, dialog',
	'figure, figcaption, picture, video, audio',
	'[hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"]',
	'[rel="author"], [itemprop="author"], [class*="byline" i], [class*="caption" i], [class*="credit" i]',
	'[class*="advert" i], [id*="advert" i], [class*="sponsor" i], [class*="promo" i]',
	'.ad, [class^="ad-"], [class*=" ad-"], [class*="-ad-"], [class$="-ad"], [class*="-ad "]',
	'[class*="newsletter" i], [class*="related" i], [class*="share" i], [class*="social" i]'
].join(', ');
/** An ad slot labelled for the reader: the label's container goes, when it is small. */
const AD_LABEL = /^(advertisement|sponsored( content)?|ad|promoted)$/i;
const MAX_AD_CHARS = 400;

/** The blocks whose text is the article; headings are left out (a subheading is not a fact). */
const PROSE = 'p, li, blockquote, pre, dd, dt';
const ALL_BLOCKS = `${PROSE}, h1, h2, h3, h4, h5, h6, td, th`;

/** Lines a news page puts between paragraphs that are not the article. */
const NOT_PROSE_LINE = [
	/^(read|see|watch|listen)( more| also| next)?\s*[:|-]/i,
	/^(read|see|watch) (more|also|next)\b/i,
	/^(related|more on this( story)?|recommended|most read|trending|top stories)\b/i,
	/^advertisement\b/i,
	/^(sign up|subscribe|follow us|share (this|on)|click here|download (our|the) app)\b/i,
	/^(photo|image|picture|video)( credit)?\s*[:|]/i,
	/^(updated|published|posted|last updated)\b.{0,40}\d/i,
	/^copyright\b|^©/i
];
/** "By Jane Doe", "By Jane Doe and Ali Khan, Reuters": a short line of names, no sentence. */
const BYLINE = /^by\s+\p{Lu}[^.!?]*$/u;
const MAX_NOISE_WORDS = 25;

export function htmlArticle(doc: Document): OpenedDocument {
	const meta = pageMetadata(doc);
	const copy = doc.cloneNode(true) as Document;
	copy.querySelectorAll(NEVER_PROSE).forEach((node) => node.remove());
	removeLabelledAds(copy);
	const article = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
	const paragraphs = article?.content ? proseOf(article.content) : [];
	const text = (paragraphs.length > 0 ? paragraphs : plainText(copy)).join('\n\n');
	const title = meta.title ?? clean(article?.title ?? '');
	const source = clean(article?.siteName ?? '');
	return {
		text,
		...(title ? { title } : {}),
		...(source ? { source } : {}),
		...(meta.url ? { url: meta.url } : {}),
		...(meta.date ? { date: meta.date } : {})
	};
}

function proseOf(root: Element): string[] {
	const blocks = [...root.querySelectorAll(PROSE)].filter(
		(block) => !block.parentElement?.closest(ALL_BLOCKS)
	);
	return blocks
		.filter((block) => !isAllOne(block, 'a') && !isAllOne(block, 'time'))
		.map((block) => clean(block.textContent ?? ''))
		.filter((line) => line !== '' && !isNoise(line));
}

/** A page without article structure: its blocks' text, the way a reader would copy it. */
function plainText(doc: Document): string[] {
	const blocks = [...doc.querySelectorAll(ALL_BLOCKS)].filter(
		(block) => !block.parentElement?.closest(ALL_BLOCKS)
	);
	const parts = blocks.length > 0 ? blocks : doc.body ? [doc.body] : [];
	return parts.map((block) => clean(block.textContent ?? '')).filter((line) => line !== '');
}

function removeLabelledAds(doc: Document) {
	for (const label of doc.querySelectorAll('p, span, div, small')) {
		if (!AD_LABEL.test(clean(label.textContent ?? ''))) continue;
		const slot = label.parentElement;
		const small = clean(slot?.textContent ?? '').length <= MAX_AD_CHARS;
		if (slot && small && !slot.matches('body, main, article')) slot.remove();
		else label.remove();
	}
}

/** A block whose whole text is one element: a link (a related story), a date (a dateline). */
function isAllOne(block: Element, selector: string): boolean {
	const inner = block.querySelectorAll(selector);
	if (inner.length !== 1) return false;
	return clean(inner[0]?.textContent ?? '') === clean(block.textContent ?? '');
}

function isNoise(line: string): boolean {
	if (line.split(' ').length > MAX_NOISE_WORDS) return false;
	return BYLINE.test(line) || NOT_PROSE_LINE.some((pattern) => pattern.test(line));
}

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Title, canonical link and publication date from the page's own metadata, when it has them. */
function pageMetadata(doc: Document): { title?: string; url?: string; date?: string } {
	const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
	const title = clean(content('meta[property="og:title"]'));
	const url = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '']
		.concat(content('meta[property="og:url"]'))
		.map((candidate) => candidate.trim())
		.find((candidate) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(candidate));
	const published =
		content('meta[property="article:published_time"]') ||
		(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
	const date = /^\d{4}-\d{2}-\d{2}/.exec(published.trim())?.[0];
	return {
		...(title ? { title } : {}),
		...(url ? { url } : {}),
		...(date && calendarDate(date) !== null ? { date } : {})
	};
}
