import { describe, expect, it } from 'vitest';
import { formatInterval } from './interval';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('formatInterval', () => {
	it('labels like Anki buttons', () => {
		expect(formatInterval(30_000)).toBe('<1m');
		expect(formatInterval(10 * MIN)).toBe('10m');
		expect(formatInterval(3 * 60 * MIN)).toBe('3h');
		expect(formatInterval(DAY)).toBe('1d');
		expect(formatInterval(3 * DAY)).toBe('3d');
		expect(formatInterval(36 * DAY)).toBe('1.2mo');
		expect(formatInterval(60 * DAY)).toBe('2mo');
		expect(formatInterval(800 * DAY)).toBe('2.2y');
		expect(formatInterval(NaN)).toBe('<1m');
	});
});
