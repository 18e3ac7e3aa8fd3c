import { describe, expect, it } from 'vitest';
import { addDays, dayKey } from '$lib/study';
import type { DayCount } from '$lib/study';
import { busiestDay, calendarCells, weekTotals } from './calendar';

function days(first: number, counts: number[]): DayCount[] {
	return counts.map((count, i) => {
		const start = addDays(first, i);
		return { day: dayKey(start), start, count };
	});
}

// 2026-03-02 is a Monday.
const monday = new Date(2026, 2, 2, 12).getTime();

describe('calendarCells', () => {
	it('puts Mondays in row 0 and starts a new column each Monday', () => {
		const cells = calendarCells(days(addDays(monday, -1), [1, 2, 0, 0, 0, 0, 0, 0, 4]));
		expect(cells[0]).toMatchObject({ week: 0, weekday: 6 });
		expect(cells[1]).toMatchObject({ week: 1, weekday: 0 });
		expect(cells[8]).toMatchObject({ week: 2, weekday: 0 });
	});
	it('shades by quarters of the busiest day, 0 for none', () => {
		const cells = calendarCells(days(monday, [0, 1, 2, 3, 8]));
		expect(cells.map((c) => c.level)).toEqual([0, 1, 1, 2, 4]);
	});
	it('copes with no days and with no reviews', () => {
		expect(calendarCells([])).toEqual([]);
		expect(calendarCells(days(monday, [0, 0])).map((c) => c.level)).toEqual([0, 0]);
	});
});

describe('weekTotals and busiestDay', () => {
	it('sums each week and finds the busiest day', () => {
		const list = days(addDays(monday, -1), [1, 2, 3, 0, 0, 0, 0, 0, 5]);
		expect(weekTotals(calendarCells(list)).map((w) => w.count)).toEqual([1, 5, 5]);
		expect(busiestDay(list)?.count).toBe(5);
		expect(busiestDay(days(monday, [0]))).toBeUndefined();
	});
});
