// CSV (RFC 4180): fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF
// between records. Spreadsheets run cells starting with = + - @ as formulas, and text here comes
// from pasted articles and student names, so such cells get a leading apostrophe (the OWASP
// advice) — except plain numbers like -5, which are safe and should stay numbers.
import type { QuestionSet } from '$lib/types';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;

export function csvField(value: string | number | boolean | undefined | null): string {
	if (value === undefined || value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) {
		text = `'${text}`;
	}
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(fields: readonly (string | number | boolean | undefined | null)[]) {
	return fields.map(csvField).join(',');
}

/** A whole CSV document; ends with CRLF, as RFC 4180 allows and spreadsheets expect. */
export function toCsv(
	records: readonly (readonly (string | number | boolean | undefined | null)[])[]
) {
	return records.map(csvRecord).join('\r\n') + '\r\n';
}

/**
 * One question a row: id, type, prompt, answer, option 1…n (as many columns as the widest mcq,
 * at least 4), accepted spellings joined by " | ", explanation, difficulty, tags.
 */
export function questionSetToCsv(set: QuestionSet): string {
	const optionColumns = Math.max(4, ...set.questions.map((q) => q.options?.length ?? 0));
	const header = [
		'id',
		'type',
		'prompt',
		'answer',
		...Array.from({ length: optionColumns }, (_, i) => `option ${i + 1}`),
		'accept',
		'explanation',
		'difficulty',
		'tags'
	];
	const rows = set.questions.map((q) => [
		q.id,
		q.type,
		q.prompt,
		q.answer,
		...Array.from({ length: optionColumns }, (_, i) => q.options?.[i] ?? ''),
		(q.accept ?? []).join(' | '),
		q.explanation,
		q.difficulty,
		(q.tags ?? []).join(' ')
	]);
	return toCsv([header, ...rows]);
}
