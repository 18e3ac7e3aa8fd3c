// When a time-sensitive fact is old enough to be checked again. Every date here is a calendar
// date (YYYY-MM-DD) with no time or zone: `asOf` is the article's date, a confirmation is the
// learner's local day, and "today" is the device's local day (dayKey). Month arithmetic works on
// the year/month/day numbers alone (through Date.UTC, which never shifts), so the answer does not
// depend on the device's time zone, only on which day it is there.
import type { Card, Question } from '$lib/types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date's numbers when it is a real calendar date ("2025-02-30" is not). */
export function calendarDate(iso: string): { year: number; month: number; day: number } | null {
	const match = ISO_DATE.exec(iso);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const utc = new Date(Date.UTC(year, month - 1, day));
	if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
		return null;
	return { year, month, day };
}

function iso(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same day `months` months later, or the last day of that month when it is shorter:
 * 31 January + 1 month is 28 (or 29) February; 29 February + 12 months is 28 February.
 */
export function addMonths(date: string, months: number): string {
	const parts = calendarDate(date);
	if (!parts) throw new Error(`Not a calendar date: ${date}`);
	const index = parts.year * 12 + (parts.month - 1) + months;
	const year = Math.floor(index / 12);
	const month = index - year * 12 + 1;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return iso(year, month, Math.min(parts.day, lastDay));
}

/** The later of the fact's date and the learner's last "Still true". */
export function lastChecked(asOf: string, confirmedOn?: string): string {
	return confirmedOn && confirmedOn > asOf ? confirmedOn : asOf;
}

/**
 * Whether a fact true as of `asOf` (and confirmed on `confirmedOn`) is older than `months`
 * months on `on`: stale from the day after the same date `months` months later. Dates that are
 * not real calendar dates are never stale (nothing to go by).
 */
export function isOlderThan(
	{ asOf, confirmedOn }: { asOf: string; confirmedOn?: string },
	months: number,
	on: string
): boolean {
	if (!calendarDate(asOf) || !calendarDate(on)) return false;
	const checked = confirmedOn && calendarDate(confirmedOn) ? lastChecked(asOf, confirmedOn) : asOf;
	// YYYY-MM-DD strings sort as the dates do.
	return on > addMonths(checked, months);
}

/**
 * Whether study should ask "May be out of date?" about this card on the day `on` (the learner's
 * local day: `dayKey(now)`).
 */
export function needsRecheck(
	question: Pick<Question, 'asOf'>,
	card: Pick<Card, 'confirmedOn' | 'outdatedOn'>,
	months: number,
	on: string
): boolean {
	if (!question.asOf || card.outdatedOn) return false;
	return isOlderThan({ asOf: question.asOf, confirmedOn: card.confirmedOn }, months, on);
}
