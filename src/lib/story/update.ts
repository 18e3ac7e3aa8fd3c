// How a changed fact is told to the learner: "11,000 (Feb 2025) → 14,000 (Jun 2025)". Pure.
import type { FactUpdate } from '$lib/types';
import { calendarDate } from '$lib/study/staleness';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Values longer than this (a whole sentence on a flashcard's back) are cut with an ellipsis. */
const MAX_VALUE_CHARS = 80;

/** "2025-02-27" → "Feb 2025"; undefined for a missing or malformed date. */
export function monthOf(iso: string | undefined): string | undefined {
	const date = iso ? calendarDate(iso) : null;
	return date ? `${MONTHS[date.month - 1]} ${date.year}` : undefined;
}

function value(text: string, date: string | undefined): string {
	const short = text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
	const month = monthOf(date);
	return month ? `${short} (${month})` : short;
}

export function updateLine(update: Pick<FactUpdate, 'from' | 'fromDate' | 'to' | 'toDate'>): {
	from: string;
	to: string;
} {
	return { from: value(update.from, update.fromDate), to: value(update.to, update.toDate) };
}
