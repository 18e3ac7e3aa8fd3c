import { describe, expect, it } from 'vitest';
import { inSection, isFocusedRoute } from './navigation';

describe('inSection', () => {
	it('matches the library only on the home page', () => {
		expect(inSection('/', '/')).toBe(true);
		expect(inSection('/sets/a', '/')).toBe(false);
	});
	it('matches a section and the pages below it, not pages that only share a prefix', () => {
		expect(inSection('/teach', '/teach')).toBe(true);
		expect(inSection('/teach/abc', '/teach')).toBe(true);
		expect(inSection('/teacher', '/teach')).toBe(false);
	});
});

describe('isFocusedRoute', () => {
	it('hides the menus only while a student takes an assignment', () => {
		expect(isFocusedRoute('/a')).toBe(true);
		expect(isFocusedRoute('/teach')).toBe(false);
		expect(isFocusedRoute('/teach/gradebook')).toBe(false);
		expect(isFocusedRoute(null)).toBe(false);
	});
});
