import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDueIn, formatDuration } from './time';

describe('formatDuration', () => {
	it('reads as seconds, minutes and hours', () => {
		expect(formatDuration(4_400)).toBe('4 s');
		expect(formatDuration(185_000)).toBe('3 min 5 s');
		expect(formatDuration(120_000)).toBe('2 min');
		expect(formatDuration(3_720_000)).toBe('1 h 2 min');
		expect(formatDuration(-5)).toBe('0 s');
	});
});

describe('formatDueIn', () => {
	it('says now for anything due, else the interval', () => {
		expect(formatDueIn(5, 10)).toBe('now');
		expect(formatDueIn(10 + 600_000, 10)).toBe('in 10m');
	});
});

describe('formatCountdown', () => {
	it('counts down in minutes and seconds, rounding up so 0:00 means due', () => {
		expect(formatCountdown(42_000)).toBe('0:42');
		expect(formatCountdown(41_200)).toBe('0:42');
		expect(formatCountdown(545_000)).toBe('9:05');
		expect(formatCountdown(3_723_000)).toBe('1:02:03');
		expect(formatCountdown(-1)).toBe('0:00');
	});
});
