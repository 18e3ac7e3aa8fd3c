import { describe, expect, it } from 'vitest';
import type { Fact } from '../facts/types';
import { looksLikeName, nameGender, personAnswer, placeName, promptGender } from './mcq';

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

describe('nameGender', () => {
	it('reads a gender from a title or a well-known first name, else none', () => {
		expect(nameGender('Mrs Fields')).toBe('female');
		expect(nameGender('Mr Fields')).toBe('male');
		expect(nameGender('Jessica Tolver')).toBe('female');
		expect(nameGender('Wayne Dobbs')).toBe('male');
		expect(nameGender('Fields')).toBeNull();
	});
});

describe('looksLikeName', () => {
	it('refuses common nouns as options beside a person', () => {
		expect(looksLikeName('Police Officers')).toBe(false);
		expect(looksLikeName('Company')).toBe(false);
		expect(looksLikeName('Jessica Tolver')).toBe(true);
		expect(looksLikeName('Dobbs')).toBe(true);
		expect(looksLikeName('Narayanan')).toBe(true);
	});
});

describe('promptGender', () => {
	it('reads the gender a pronoun in the prompt gives, unless both appear', () => {
		expect(promptGender('Who said her team would win?')).toBe('female');
		expect(promptGender('Who resigned after his defeat?')).toBe('male');
		expect(promptGender('Who said he would meet her?')).toBeNull();
		expect(promptGender('Who won the vote?')).toBeNull();
	});
});

describe('placeName', () => {
	const place = (answer: string) => ({ kind: 'place', answer }) as unknown as Fact;

	it('knows a place from the gazetteer or from the document, so it is no option for a person', () => {
		expect(placeName('Nairobi', { facts: [] })).toBe(true);
		expect(placeName('France', { facts: [] })).toBe(true);
		expect(placeName('Kisumu', { facts: [place('Kisumu')] })).toBe(true);
		expect(placeName('Grace Wanjiru', { facts: [place('Kisumu'), person('Grace Wanjiru')] })).toBe(
			false
		);
	});
});
