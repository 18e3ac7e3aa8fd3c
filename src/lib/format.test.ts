import { describe, expect, it } from 'vitest';
import { countLabel, formatDate } from './format';

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
