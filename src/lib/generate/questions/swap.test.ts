// False statements that the article would not contradict: a number swapped inside its own range,
// a man's name put before "she", a person put into someone else's opinion. Sentences written for
// these tests in the shape of questions blind raters rejected.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import type { Fact } from '../facts/types';
import { splitSentences } from '../sentences';
import { normaliseText } from '../text';
import { leavesRange, personFits } from './truefalse';

const quantity = (answer: string) => ({ kind: 'quantity', answer }) as Fact;
const person = (answer: string) => ({ kind: 'person', answer }) as Fact;

describe('a swapped number', () => {
	const sentence = 'The Hale council plans to build 75 to 100 new homes on the depot site.';

	it('is refused when it stays inside the range the article gives', () => {
		expect(leavesRange(quantity('75'), '95', sentence)).toBe(false);
		expect(leavesRange(quantity('100'), '80', sentence)).toBe(false);
		expect(leavesRange(quantity('75'), '90', 'Between 75 and 100 homes will be built.')).toBe(
			false
		);
		expect(leavesRange(quantity('$75'), '$90', 'Tickets cost $75-$100 at the door.')).toBe(false);
	});

	it('is kept when it leaves the range, or when there is no range', () => {
		expect(leavesRange(quantity('75'), '55', sentence)).toBe(true);
		expect(leavesRange(quantity('100'), '120', sentence)).toBe(true);
		expect(leavesRange(quantity('75'), '95', 'The council plans to build 75 new homes.')).toBe(
			true
		);
		// "175" is not "75".
		expect(leavesRange(quantity('75'), '95', 'It plans 175 to 300 homes and 75 flats.')).toBe(true);
	});
});

describe('a swapped person', () => {
	const text = [
		'Maria Lopez reached the summit of Mount Kenya in March before she turned back.',
		'James Ochieng runs a bakery in Nairobi and he employs twelve people there.',
		'Grace Wanjiru runs a shop in Mombasa and she sells maps to climbers.',
		'Peter Kamau guides walkers in the Aberdares and works with Ochieng.'
	].join('\n\n');
	const analysis = analyse(splitSentences(normaliseText(text)), 2024);
	const build = { contexts: analysis.contexts, facts: analysis.facts, mentions: () => 1 };
	const first = 'Maria Lopez reached the summit of Mount Kenya in March before she turned back.';

	it('must be one the article calls by the same pronoun the statement keeps', () => {
		expect(personFits(person('Maria Lopez'), 'James Ochieng', first, build)).toBe(false);
		expect(personFits(person('Maria Lopez'), 'Grace Wanjiru', first, build)).toBe(true);
		// Nothing tells Peter Kamau's pronoun: unsure, so no swap.
		expect(personFits(person('Maria Lopez'), 'Peter Kamau', first, build)).toBe(false);
		// A first name that shows the gender is enough when the text has no pronoun for her.
		expect(personFits(person('Maria Lopez'), 'Susan Ndegwa', first, build)).toBe(true);
		expect(personFits(person('Maria Lopez'), 'Robert Ndegwa', first, build)).toBe(false);
		// Without a pronoun, any person may be swapped in.
		expect(
			personFits(person('Maria Lopez'), 'James Ochieng', 'Maria Lopez reached the summit.', build)
		).toBe(true);
	});

	it('is not put into what someone said or thinks', () => {
		expect(
			personFits(
				person('Maria Lopez'),
				'Grace Wanjiru',
				'Maria Lopez said the new route up Mount Kenya was too dangerous.',
				build
			)
		).toBe(false);
	});

	it('is no concern when the fact swapped is not a person', () => {
		expect(personFits(quantity('12'), '14', 'He said twelve people work there.', build)).toBe(true);
	});
});
