import { describe, expect, it } from 'vitest';
import { inSection } from './navigation';

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
