import { describe, expect, it } from 'vitest';
import { monthOf, updateLine } from './update';

describe('the update line', () => {
	it('names each value with its article month', () => {
		expect(
			updateLine({ from: '11,000', fromDate: '2025-02-27', to: '14,000', toDate: '2025-06-15' })
		).toEqual({ from: '11,000 (Feb 2025)', to: '14,000 (Jun 2025)' });
	});

	it('leaves out a date the article does not give, and cuts long values', () => {
		const line = updateLine({ from: 'x'.repeat(200), to: '14,000', toDate: '2025-06-15' });
		expect(line.from).toHaveLength(80);
		expect(line.from.endsWith('…')).toBe(true);
		expect(line.to).toBe('14,000 (Jun 2025)');
	});

	it('reads only real dates', () => {
		expect(monthOf('2025-02-30')).toBeUndefined();
		expect(monthOf('soon')).toBeUndefined();
		expect(monthOf('2024-12-31')).toBe('Dec 2024');
	});
});
