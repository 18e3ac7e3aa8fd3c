import { expect, it } from 'vitest';
import { formatDuration } from './duration';

it('formats times taken', () => {
	expect(formatDuration(44_600)).toBe('45 s');
	expect(formatDuration(185_000)).toBe('3 min 05 s');
	expect(formatDuration(3_720_000)).toBe('1 h 02 min');
	expect(formatDuration(-5)).toBe('0 s');
});
