import { describe, expect, it } from 'vitest';
import { headIsActor } from './targets';

describe('headIsActor', () => {
	it('knows a phrase whose head noun names people', () => {
		expect(headIsActor('a former spokeswoman')).toBe(true);
		expect(headIsActor('the manager of the club')).toBe(true);
		expect(headIsActor('ground tests of the engine')).toBe(false);
		expect(headIsActor('the new rules')).toBe(false);
		expect(headIsActor('the ministry of health')).toBe(false);
		expect(headIsActor('a lawyer for the family')).toBe(true);
	});
});
