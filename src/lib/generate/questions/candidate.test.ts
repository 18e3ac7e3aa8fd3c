import { describe, expect, it } from 'vitest';
import { numberVariants } from './candidate';

describe('numberVariants', () => {
	it('accepts other spellings of the same number, never a different number', () => {
		expect(numberVariants('11,000')).toEqual(['11,000', '11000']);
		expect(numberVariants('2.7 million')).toEqual(['2.7 million', '2700000', '2,700,000']);
		expect(numberVariants('15 percent')).toEqual(['15 percent', '15', '15%']);
		expect(numberVariants('July 1969')).toEqual(['July 1969']);
	});
});
