import { describe, expect, it } from 'vitest';
import type { Fact } from '../facts/types';
import { personAnswer } from './mcq';

const person = (answer: string): Fact => ({ kind: 'person', answer }) as unknown as Fact;

describe('personAnswer', () => {
	it('gives a titled surname the full name the document uses for the same person', () => {
		const facts = [person('Mary Fields'), person('Tom Baker'), person('Ms Fields')];
		expect(personAnswer(person('Ms Fields'), facts)).toBe('Mary Fields');
	});

	it('falls back to the bare surname when the document gives no full name', () => {
		expect(personAnswer(person('Dr Okafor'), [person('Tom Baker')])).toBe('Okafor');
	});

	it('keeps the title when two people share the surname', () => {
		const facts = [person('Ann Lee'), person('Bo Lee')];
		expect(personAnswer(person('Mr Lee'), facts)).toBe('Mr Lee');
	});

	it('leaves a full name alone', () => {
		expect(personAnswer(person('Tom Baker'), [])).toBe('Tom Baker');
	});
});
