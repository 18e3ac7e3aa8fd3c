// The date a pasted article was published, read from the text where it states one, for the
// "Published on" field to suggest. Only places a publication date sits are read: a "Published /
// Updated / Posted" line anywhere near the top, or a date in the opening lines (a dateline such
// as "KYIV, Feb 27 (Reuters) –" or "27 February 2025 —"). A date further down is an event the
// article reports, not when it was written. Never a day after today; otherwise today.
import { calendarDate } from '$lib/study/staleness';

export interface DateSuggestion {
	/** YYYY-MM-DD. */
	date: string;
	/** The words the date was read from; absent when it is today's date for want of one. */
	phrase?: string;
}

const MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

const MONTH =
	'(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** How each form of a date is written; a missing year is filled in from today. */
const FORMS: readonly {
	pattern: RegExp;
	read: (m: RegExpExecArray) => [number?, number?, number?];
}[] = [
	// 2025-02-27
	{
		pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
		read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])]
	},
	// February 27, 2025 · Feb. 27 2025 · Feb 27 (a dateline)
	{
		pattern: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?`, 'gi'),
		read: (m) => [m[3] ? Number(m[3]) : undefined, month(m[1]), Number(m[2])]
	},
	// 27 February 2025 · 27 Feb
	{
		pattern: new RegExp(`\\b${DAY}\\s+${MONTH}\\b(?:,?\\s+${YEAR}\\b)?`, 'gi'),
		read: (m) => [m[3] ? Number(m[3]) : undefined, month(m[2]), Number(m[1])]
	}
];

function month(name: string | undefined): number | undefined {
	return name
		? MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)]
		: undefined;
}

function iso(year: number, monthNumber: number, day: number): string | null {
	const text = `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return calendarDate(text) ? text : null;
}

interface Found {
	date: string;
	phrase: string;
	index: number;
}

/** Every date written in `text`, in order; a date without a year is its latest one up to today. */
function datesIn(text: string, today: string): Found[] {
	const thisYear = Number(today.slice(0, 4));
	const found: Found[] = [];
	for (const { pattern, read } of FORMS) {
		for (const match of text.matchAll(pattern)) {
			const [year, monthNumber, day] = read(match as RegExpExecArray);
			if (!monthNumber || !day) continue;
			let date: string | null;
			if (year !== undefined) date = iso(year, monthNumber, day);
			else {
				date = iso(thisYear, monthNumber, day);
				if (date && date > today) date = iso(thisYear - 1, monthNumber, day);
			}
			if (date && date <= today && date >= '1800-01-01')
				found.push({ date, phrase: match[0].trim(), index: match.index ?? 0 });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

const MARKER =
	/\b(?:published|posted|updated|last updated|dated|first published)\b(?:\s+on)?[:\s]*/gi;
/** The opening a dateline or a date line sits in. */
const OPENING_CHARS = 200;
/** How far down a "Published …" line is looked for. */
const MARKED_CHARS = 3000;

/**
 * The publication date the text states, or today's date with no phrase. `today` is the
 * learner's local day (YYYY-MM-DD).
 */
export function suggestPublishedDate(text: string, today: string): DateSuggestion {
	const head = text.slice(0, MARKED_CHARS);
	for (const marker of head.matchAll(MARKER)) {
		const after = (marker.index ?? 0) + marker[0].length;
		const next = datesIn(head.slice(after, after + 40), today)[0];
		if (next && next.index === 0) return { date: next.date, phrase: next.phrase };
	}
	const opening = datesIn(text.slice(0, OPENING_CHARS), today)[0];
	if (opening) return { date: opening.date, phrase: opening.phrase };
	return { date: today };
}
