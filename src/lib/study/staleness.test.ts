import { afterEach, describe, expect, it } from 'vitest';
import { dayKey } from './day';
import { addMonths, calendarDate, isOlderThan, needsRecheck } from './staleness';

describe('addMonths', () => {
	it('keeps the day of the month when the target month has it', () => {
		expect(addMonths('2025-02-27', 6)).toBe('2025-08-27');
		expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
		expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
	});

	it('ends at the last day of a shorter month (31 January + 1 month)', () => {
		expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
		expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
		expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
	});

	it('takes 29 February to 28 February in a common year and keeps it in a leap year', () => {
		expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
		expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
		expect(addMonths('2024-02-29', 1)).toBe('2024-03-29');
		expect(addMonths('2023-08-29', 6)).toBe('2024-02-29');
	});

	it('refuses what is not a calendar date', () => {
		expect(() => addMonths('2025-02-30', 1)).toThrow();
		expect(() => addMonths('27 Feb 2025', 1)).toThrow();
		expect(calendarDate('2023-02-29')).toBeNull();
		expect(calendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
	});
});

describe('isOlderThan', () => {
	it('is stale from the day after the same date N months later', () => {
		const fact = { asOf: '2025-02-27' };
		expect(isOlderThan(fact, 6, '2025-08-27')).toBe(false);
		expect(isOlderThan(fact, 6, '2025-08-28')).toBe(true);
		expect(isOlderThan(fact, 6, '2025-03-01')).toBe(false);
	});

	it('counts a month from 31 January as ending on the last day of February', () => {
		const fact = { asOf: '2025-01-31' };
		expect(isOlderThan(fact, 1, '2025-02-28')).toBe(false);
		expect(isOlderThan(fact, 1, '2025-03-01')).toBe(true);
		expect(isOlderThan({ asOf: '2024-01-31' }, 1, '2024-02-29')).toBe(false);
		expect(isOlderThan({ asOf: '2024-01-31' }, 1, '2024-03-01')).toBe(true);
	});

	it('counts a year from 29 February as ending on 28 February', () => {
		const fact = { asOf: '2024-02-29' };
		expect(isOlderThan(fact, 12, '2025-02-28')).toBe(false);
		expect(isOlderThan(fact, 12, '2025-03-01')).toBe(true);
	});

	it('counts from the later of the fact’s date and the last confirmation', () => {
		expect(isOlderThan({ asOf: '2024-01-10', confirmedOn: '2025-06-01' }, 6, '2025-09-01')).toBe(
			false
		);
		expect(isOlderThan({ asOf: '2024-01-10', confirmedOn: '2025-06-01' }, 6, '2025-12-02')).toBe(
			true
		);
		// A confirmation older than the fact (a newer article replaced it) does not count.
		expect(isOlderThan({ asOf: '2025-06-01', confirmedOn: '2024-01-01' }, 6, '2025-09-01')).toBe(
			false
		);
	});

	it('never calls a fact with an unreadable date stale', () => {
		expect(isOlderThan({ asOf: 'sometime' }, 6, '2030-01-01')).toBe(false);
		expect(isOlderThan({ asOf: '2020-01-01', confirmedOn: 'bad' }, 6, '2030-01-01')).toBe(true);
	});
});

describe('needsRecheck', () => {
	it('asks only about dated questions whose card is not marked outdated', () => {
		expect(needsRecheck({}, {}, 6, '2030-01-01')).toBe(false);
		expect(needsRecheck({ asOf: '2025-01-01' }, {}, 6, '2030-01-01')).toBe(true);
		expect(
			needsRecheck({ asOf: '2025-01-01' }, { outdatedOn: '2025-09-01' }, 6, '2030-01-01')
		).toBe(false);
		expect(
			needsRecheck({ asOf: '2025-01-01' }, { confirmedOn: '2029-12-01' }, 6, '2030-01-01')
		).toBe(false);
	});
});

describe('time zones', () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	// 10:30 UTC on 28 August 2025 is already 29 August at UTC+14 and still 27 August at UTC-11.
	const instant = Date.UTC(2025, 7, 28, 10, 30);

	it('takes "today" as the device’s local calendar day, so the answer follows where the learner is', () => {
		const fact = { asOf: '2025-02-27' };
		process.env.TZ = 'Pacific/Kiritimati';
		expect(dayKey(instant)).toBe('2025-08-29');
		expect(isOlderThan(fact, 6, dayKey(instant))).toBe(true);
		process.env.TZ = 'Pacific/Pago_Pago';
		expect(dayKey(instant)).toBe('2025-08-27');
		expect(isOlderThan(fact, 6, dayKey(instant))).toBe(false);
	});

	it('does the month arithmetic the same in every zone', () => {
		for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns']) {
			process.env.TZ = zone;
			expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
			expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
			expect(addMonths('2025-03-30', 1)).toBe('2025-04-30');
		}
	});
});
