import type { DayCount } from '$lib/study';

/** One day of the heatmap: its column (week), row (weekday, Monday first) and shade (0–4). */
export interface CalendarCell extends DayCount {
	week: number;
	weekday: number;
	level: 0 | 1 | 2 | 3 | 4;
}

/** Monday = 0 … Sunday = 6. */
function weekdayOf(start: number): number {
	return (new Date(start).getDay() + 6) % 7;
}

/**
 * Lays out consecutive days (oldest first) as a calendar: a column per week, a row per weekday.
 * Shades split the busiest day's count into quarters, so one heavy day does not wash out the rest.
 */
export function calendarCells(days: readonly DayCount[]): CalendarCell[] {
	if (days.length === 0) return [];
	const offset = weekdayOf((days[0] as DayCount).start);
	const max = Math.max(...days.map((d) => d.count));
	return days.map((day, index) => {
		const slot = offset + index;
		const level =
			day.count === 0 || max === 0
				? 0
				: (Math.min(4, Math.max(1, Math.ceil((day.count / max) * 4))) as 1 | 2 | 3 | 4);
		return { ...day, week: Math.floor(slot / 7), weekday: slot % 7, level };
	});
}

export interface WeekTotal {
	/** The first day of the week in the range, YYYY-MM-DD. */
	from: string;
	count: number;
}

/** Reviews per calendar week: the heatmap's table alternative. */
export function weekTotals(cells: readonly CalendarCell[]): WeekTotal[] {
	const weeks: WeekTotal[] = [];
	for (const cell of cells) {
		const week = weeks[cell.week];
		if (week) week.count += cell.count;
		else weeks[cell.week] = { from: cell.day, count: cell.count };
	}
	return weeks.filter((w): w is WeekTotal => w !== undefined);
}

/** The day with the most, or undefined when every count is 0. */
export function busiestDay(days: readonly DayCount[]): DayCount | undefined {
	let best: DayCount | undefined;
	for (const day of days) if (day.count > 0 && (!best || day.count > best.count)) best = day;
	return best;
}

/** "Mon 3 Mar": a short, unambiguous label for a day. */
export function dayLabel(day: Pick<DayCount, 'start'>): string {
	return new Date(day.start).toLocaleDateString('en-GB', {
		weekday: 'short',
		day: 'numeric',
		month: 'short'
	});
}
