import { describe, expect, it } from 'vitest';
import { countLabel, formatDate, formatShortDate } from './format';

describe('formatDate', () => {
	it('writes an ISO date out in words, independent of the time zone', () => {
		expect(formatDate('2025-03-04')).toBe('4 March 2025');
	});
	it('gives nothing for missing or malformed dates', () => {
		expect(formatDate(undefined)).toBeUndefined();
		expect(formatDate('March 2025')).toBeUndefined();
		expect(formatDate('2025-13-45')).toBeUndefined();
	});
});

describe('countLabel', () => {
	it('uses the singular for one and the plural otherwise', () => {
		expect(countLabel('flashcard', 1)).toBe('1 flashcard');
		expect(countLabel('flashcard', 3)).toBe('3 flashcards');
		expect(countLabel('cloze', 0)).toBe('0 fill-ins');
	});
});

describe('formatShortDate', () => {
	it('writes "27 Feb 2025", the same in every time zone', () => {
		expect(formatShortDate('2025-02-27')).toBe('27 Feb 2025');
		expect(formatShortDate('2024-09-01')).toBe('1 Sep 2024');
		expect(formatShortDate('2024-02-30')).toBeUndefined();
		expect(formatShortDate('soon')).toBeUndefined();
	});
});
