import { describe, expect, it } from 'vitest';
import { monthDistractors, numberDistractors, tooClose, yearDistractors } from './distractors';

describe('numberDistractors', () => {
	it('keeps the scale and the thousands format', () => {
		const options = numberDistractors('11,000', 'seed');
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const option of options) {
			expect(option).toMatch(/^\d{1,3},\d{3}$/);
			expect(option).not.toBe('11,000');
		}
	});

	it('rounds like a person would', () => {
		for (const option of numberDistractors('8,500', 'seed')) {
			expect(Number(option.replace(/,/g, '')) % 500).toBe(0);
		}
	});

	it('keeps decimals, units and percent bounds', () => {
		for (const option of numberDistractors('2.3 percent', 'seed', true)) {
			expect(option).toMatch(/^\d+\.\d percent$/);
		}
		for (const option of numberDistractors('97 percent', 'seed', true)) {
			expect(Number.parseFloat(option)).toBeLessThanOrEqual(100);
		}
		for (const option of numberDistractors('650 million', 'seed')) {
			expect(option).toMatch(/^\d{2,3} million$/);
		}
	});

	it('is deterministic', () => {
		expect(numberDistractors('3,000', 'a')).toEqual(numberDistractors('3,000', 'a'));
	});
});

describe('dates', () => {
	it('gives nearby years and months', () => {
		for (const year of yearDistractors('1969', 'seed')) {
			expect(Math.abs(Number(year) - 1969)).toBeLessThanOrEqual(5);
			expect(year).not.toBe('1969');
		}
		expect(monthDistractors('January', 'seed')).not.toContain('January');
		expect(monthDistractors('Smarch', 'seed')).toEqual([]);
	});
});

describe('tooClose', () => {
	it('rejects sub-strings and near-copies', () => {
		expect(tooClose('South Korea', 'Korea')).toBe(true);
		expect(tooClose("South Korea's Joint Chiefs of Staff", 'South Korean lawmakers')).toBe(true);
		expect(tooClose('North Korea', 'South Korea')).toBe(false);
		expect(tooClose('3,000', '5,000')).toBe(false);
	});
});

describe('numberDistractors for counts written in words', () => {
	it('stays in words, near the answer, and keeps what is counted', () => {
		const options = numberDistractors('three league titles', 'seed');
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const option of options) expect(option).toMatch(/^(?:two|four|five|six) league titles$/);
	});

	it('finds three word distractors for "two" without "zero" or "one"', () => {
		const options = numberDistractors('two people', 'seed');
		expect(options.length).toBeGreaterThanOrEqual(4);
		for (const option of options) expect(option).toMatch(/^(?:three|four|five|six) people$/);
	});
});
