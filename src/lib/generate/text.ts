// Text clean-up before anything else sees the document: markup out, typography normalised.
import { CITIES, COUNTRIES } from './gazetteer';

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	rsquo: "'",
	lsquo: "'",
	rdquo: '"',
	ldquo: '"',
	ndash: '-',
	mdash: ' - ',
	hellip: '...'
};

/** Removes whole elements whose content is never prose. Linear: indexOf, not a lazy regex. */
function dropElements(text: string, tag: string): string {
	const lower = text.toLowerCase();
	const open = `<${tag}`;
	const close = `</${tag}`;
	let out = '';
	let from = 0;
	for (;;) {
		const start = lower.indexOf(open, from);
		if (start < 0) break;
		out += text.slice(from, start);
		const end = lower.indexOf(close, start);
		if (end < 0) return out;
		const gt = lower.indexOf('>', end);
		from = gt < 0 ? text.length : gt + 1;
	}
	return out + text.slice(from);
}

function stripMarkup(text: string): string {
	if (!text.includes('<') && !text.includes('&')) return text;
	let out = text;
	for (const tag of ['script', 'style', 'noscript', 'template']) out = dropElements(out, tag);
	out = out
		.replace(/<!--[\s\S]{0,20000}?-->/g, ' ')
		.replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^<>]{0,500}>/gi, '\n')
		.replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, '');
	return out.replace(/&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code =
				name[1] === 'x' || name[1] === 'X'
					? parseInt(name.slice(2), 16)
					: parseInt(name.slice(1), 10);
			return code > 31 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Markdown decorations that are not part of the sentences. */
function stripMarkdown(text: string): string {
	return (
		text
			.replace(/!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)/g, '')
			.replace(/\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)/g, '$1')
			.replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+/gm, '')
			// Interview transcripts: "Q: ..." and "A: ..." labels are not part of what is said.
			.replace(/^[ \t]*(?:Q|A|Question|Answer)[ \t]*:[ \t]*/gm, '')
			.replace(/(\*\*|__)(?=\S)([^*_\n]{1,300}?)\1/g, '$2')
			.replace(/`+/g, '')
	);
}

// Control characters other than tab and line breaks, plus the replacement character.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

// Emoji and their modifiers carry no facts and confuse sentence boundaries.
const PICTOGRAPHS =
	/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D/gu;

/** Lines that are a story's packaging: bylines, credits, captions, "follow us" lines. */
const PACKAGING_LINE =
	/^(?:By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:,? (?:and|&) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?(?:, [A-Z][^\n.!?]{0,60})?|(?:Additional )?(?:Reporting|Editing|Writing|Research) by [^\n]{0,200}|\(?(?:Photo|Image|Picture|Video)(?:graph)?s?(?: credit)?:[^\n]{0,200}|Follow [^\n]{0,80} on (?:Twitter|X|Instagram|Facebook)[^\n]{0,80}|[^\n]{0,200}\((?:AP|Reuters|AFP|Getty Images|EPA)(?: Photo)?(?:\/[^)\n]{0,80})?\)|[^\n]{0,200}contributed (?:to )?this report\.?|[^\n]{0,300}\((?:[A-Z][\w.'-]*\s){1,4}\/\s(?:[A-Z][\w.'-]*\s?){1,4}\))$/;

const AGENCY = '(?:Reuters|AP|AFP|UPI|CNN|Bloomberg|dpa|Xinhua)';
const DATELINE_MONTH =
	'(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September|October|November|December';
/** "(January 24, 2017)", "(3 March 2024)", "(Reuters)": what a dateline puts in brackets. */
const DATELINE_BRACKET = `\\((?:${AGENCY}|(?:${DATELINE_MONTH}) \\d{1,2}(?:, \\d{4})?|\\d{1,2} (?:${DATELINE_MONTH}),? \\d{4})\\)`;

/**
 * "WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) - ", "HARLOW, England (March 2, 2024) - ",
 * "(CNN) ", "Nairobi, Kenya (CNN) ", "(CNN)NASA astronaut ...", "July 29 (UPI) -- ": the dateline
 * before a story's lead. An agency's name in brackets marks a dateline even with the place in
 * mixed case or a date before it, no dash after it, or no space before the lead.
 */
const DATELINE = new RegExp(
	`^(?:[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][a-z]{2,9}\\.? \\d{1,2}(?:,? \\d{4})?|, [A-Z][\\w.]+(?: [A-Z][\\w.]+){0,3})?(?: ${DATELINE_BRACKET})?) - |^(?:(?:${DATELINE_MONTH}) \\d{1,2},? (?:\\d{4} )?|[A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,2}(?:, [A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,2})? )?\\(${AGENCY}\\) ?(?:-{1,2} )?(?=[A-Z"])`
);

/**
 * "TAIPEI Taiwan's ...", "AUGUSTA, Georgia Englishman ...", "SAN FRANCISCO SpaceX's ...": a
 * dateline whose "(Reuters) -" a copy of the story lost. The place in capitals runs straight
 * into the lead; an organisation's initials ("UNICEF Executive Director ...") are not a place.
 */
const BARE_DATELINE =
	/^([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2})(, [A-Z][a-z]+\.?)? (?=[A-Z][a-z]|")/;
const INITIALS =
	/^(?:UNICEF|UNESCO|UNHCR|UNAIDS|NASDAQ|NASCAR|INTERPOL|OECD|CERN|FTSE|NATO|NASA|OPEC|FIFA|UEFA)$/;
const PLACES = new Set([...CITIES, ...COUNTRIES].map((place) => place.toUpperCase()));

function withoutBareDateline(line: string): string {
	const match = BARE_DATELINE.exec(line);
	const place = match?.[1];
	if (!match || !place || INITIALS.test(place)) return line;
	const dateline =
		place.includes(' ') || match[2] !== undefined || PLACES.has(place) || place.length >= 5;
	return dateline ? line.slice(match[0].length) : line;
}

/** Normalises quotes, dashes, spaces and line breaks; keeps paragraph breaks as "\n". */
export function normaliseText(raw: string): string {
	return stripMarkdown(stripMarkup(raw))
		.replace(CONTROL_CHARACTERS, ' ')
		.replace(PICTOGRAPHS, ' ')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
		.replace(/(\d)[\u2013\u2014\u2012](\d)/g, '$1-$2')
		.replace(/\s*[\u2013\u2014\u2015]\s*/g, ' - ')
		.replace(/[\u2010\u2011]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.replace(/ ?\n ?/g, '\n')
		.replace(/\n{2,}/g, '\n')
		.split('\n')
		.filter((line) => !PACKAGING_LINE.test(line))
		.map((line) => withoutBareDateline(line.replace(DATELINE, '')))
		.join('\n')
		.trim();
}

/** Share of letters that are basic Latin; low values mean the text is not English prose. */
export function latinShare(text: string): number {
	let letters = 0;
	let latin = 0;
	const sample = text.length > 20000 ? text.slice(0, 20000) : text;
	for (const ch of sample) {
		if (/\p{L}/u.test(ch)) {
			letters += 1;
			if (/[A-Za-z]/.test(ch)) latin += 1;
		}
	}
	return letters === 0 ? 0 : latin / letters;
}

const ENGLISH_WORDS = new Set(
	'the of and to in a is that for on with as was were by has have had are from at it its this be'.split(
		' '
	)
);

/** Share of words that are very common English words (about 0.3 to 0.5 for English prose). */
export function englishShare(text: string): number {
	const words =
		text
			.slice(0, 20000)
			.toLowerCase()
			.match(/[a-z]+/g) ?? [];
	if (words.length === 0) return 0;
	return words.filter((word) => ENGLISH_WORDS.has(word)).length / words.length;
}

const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH_NAMES =
	'January|February|March|April|May|June|July|August|September|October|November|December';
const PART_OF_DAY = '(?: (?:night|morning|afternoon|evening))?';
/** "on Friday", "Wednesday night", "last September", "earlier this week" as an adverbial. */
const RELATIVE_ADVERBIAL = new RegExp(
	`(?<=[a-z,])(?<!\\b(?:On|Late|Early)) (?:(?:on|late|early) )?(?:${WEEKDAY_NAMES})${PART_OF_DAY}(?=[ ,.;:]|$)(?!,? (?:${MONTH_NAMES}|\\d))` +
		`|(?<=[a-z]) (?:last|earlier this|later this|this|next) (?:week|weekend|month|year|${MONTH_NAMES}|${WEEKDAY_NAMES})(?=[,.;:]|$| (?:and|after|before|when|as|but|to|in|at|for|with|from)\\b)(?!'s)`,
	'g'
);
const RELATIVE_OPENING = new RegExp(
	`^(?:(?:On|Late|Early) (?:${WEEKDAY_NAMES})${PART_OF_DAY},? |(?:Last|Earlier this|Later this|This) (?:week|weekend|month|year|${MONTH_NAMES}), )(?=[A-Za-z])`
);

/**
 * The sentence without a weekday or a "last September" that no date anchors: read alone it
 * says when relative to a day the reader does not know, and leaving it out keeps it true.
 */
export function withoutRelativeTime(text: string): string {
	const opened = text.replace(RELATIVE_OPENING, '');
	const rest = opened
		.replace(RELATIVE_ADVERBIAL, (time: string, at: number, whole: string) =>
			// "the offer, announced Friday, was ...": cut, the aside would read ", announced,".
			/, [a-z]+(?:ed|en|wn)$/.test(whole.slice(0, at)) && whole[at + time.length] === ','
				? time
				: ''
		)
		.replace(/ ,/g, ',');
	return opened === text ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** "Boeing 's jets", "with Kennedy has claiming": a typo copied from the source. */
export function sourceTypo(text: string): boolean {
	return /\w\s+'s\b/.test(text) || /\b(?:has|have) (?!been\b|being\b)[a-z]+(?<!th)ing\b/.test(text);
}

/**
 * A quotation a statement cannot carry: more than four words of someone's speech, or their
 * "I", "we" or "you". A word or two in quotes ("suffocating") is the writer's, and fine.
 */
export function quotesSpeech(text: string): boolean {
	if ((text.match(/"/g) ?? []).length % 2 === 1) return true;
	for (const [, quoted = ''] of text.matchAll(/"([^"]*)"/g)) {
		if (quoted.split(/\s+/).filter(Boolean).length > 4) return true;
		if (/\b(?:I|me|my|we|us|our|you|your)\b/i.test(quoted)) return true;
	}
	return false;
}
