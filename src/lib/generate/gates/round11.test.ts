// Regression tests for the kinds of question blind raters rejected in round 11, on sentences
// written for these tests in the shape of those questions.
import { describe, expect, it } from 'vitest';
import { gateReason } from '.';
import { grammarProblem } from './grammar';
import { triviaReason } from './trivia';

const cloze = (prompt: string, answer: string, tags: string[] = []) =>
	gateReason({ type: 'cloze', prompt, answer, tags });
const statement = (prompt: string) =>
	gateReason({ type: 'truefalse', prompt, answer: 'true', tags: [] });

describe('trivia', () => {
	it('refuses the outlet a speaker told, whether or not the outlet is a known one', () => {
		expect(
			cloze(
				'Fuel prices in Kenya will rise in 2027, finance minister John Mbadi told _____.',
				'Politico'
			)
		).toMatch(/outlet/);
		expect(
			cloze(
				'The Kisumu plant will close in 2027, a Unilever official told _____ on Monday.',
				'The Standard'
			)
		).toMatch(/outlet/);
		// Whom a minister told something, with what was said after it, is the news.
		expect(
			cloze('John Mbadi told _____ that fuel prices in Kenya would rise in 2027.', 'parliament')
		).toBeNull();
	});

	it('refuses the year of a report, not the year of an event', () => {
		expect(
			cloze(
				'In its _____ report on small firms, the OECD said bank lending in Spain had fallen.',
				'2026',
				['year']
			)
		).toMatch(/year of a report/);
		expect(
			cloze(
				'The OECD said in its _____ economic outlook that bank lending in Spain had fallen.',
				'2026',
				['year']
			)
		).toMatch(/year of a report/);
		expect(
			cloze('Bank lending to small firms in Spain fell sharply in _____, the OECD said.', '2026', [
				'year'
			])
		).toBeNull();
	});

	it('refuses a word inside a quotation but keeps a figure or a name someone quoted', () => {
		expect(
			cloze('"_____ is an important market for Nintendo," Satoru Iwata said in Kyoto.', 'Europe')
		).toBeNull();
		expect(
			cloze(
				'Mayor Ann Berg said the Hale Bridge was "a _____ of the past" and would be rebuilt.',
				'relic'
			)
		).toMatch(/inside a quotation/);
		expect(
			cloze(
				'Mayor Ann Berg said the Hale Bridge "will cost _____ million dollars" to rebuild.',
				'40',
				['quantity']
			)
		).toBeNull();
	});

	it("refuses someone's former job or school", () => {
		expect(
			cloze(
				'Ann Berg, who previously worked at _____, joined the Albany housing agency in May 2025.',
				'Goldman Sachs'
			)
		).toMatch(/former post/);
		expect(
			cloze(
				'Ann Berg, a former _____ teacher, joined the Albany housing agency in May 2025.',
				'maths'
			)
		).toMatch(/former post/);
		expect(
			cloze(
				'Ann Berg, who graduated from _____, joined the Albany housing agency in May 2025.',
				'Cornell University'
			)
		).toMatch(/former post/);
		expect(
			cloze('Ann Berg joined the Albany housing agency from _____ in May 2025.', 'Goldman Sachs')
		).toBeNull();
	});

	it('refuses minor details: a small turnout, the hour of a routine', () => {
		expect(
			triviaReason({
				type: 'cloze',
				prompt: 'About _____ supporters of Ann Berg attended the hearing at the Albany courthouse.',
				answer: '14',
				tags: ['quantity']
			})
		).toMatch(/small turnout/);
		expect(
			cloze(
				'_____ people attended the protest against the tariff in Columbus in March.',
				'20,000',
				['quantity']
			)
		).toBeNull();
		expect(
			cloze("Staff at the Hale depot in Albany clock out at _____ o'clock.", '5', ['quantity'])
		).toMatch(/routine/);
	});

	it('refuses a prediction stated as a fact', () => {
		expect(statement('Kenyan fuel prices will probably rise again in 2027.')).toMatch(/prediction/);
		expect(statement('Kenyan fuel prices rose by a third in 2025.')).toBeNull();
	});
});

describe('vague', () => {
	it('refuses a flashcard asking what a well-known place is', () => {
		const card = (prompt: string, answer: string) =>
			gateReason({ type: 'flashcard', prompt, answer, tags: [] });
		expect(card('What is France?', 'a country in Europe')).toMatch(/well-known place/);
		expect(card('What is Kisumu?', 'a city on Lake Victoria')).toMatch(/well-known place/);
		expect(card('What is Ozempic?', 'a weight-loss drug made by Novo Nordisk')).toBeNull();
	});

	it('refuses "put in charge" of nothing named', () => {
		expect(statement('Unilever managers in Kenya were put in charge.')).toMatch(/in charge/);
		expect(statement('Unilever put Ann Berg in charge of its plant in Kisumu.')).toBeNull();
	});
});

describe('ungrammatical', () => {
	it('refuses a title left without its name', () => {
		expect(statement('Mr said the Hale deal would be signed in May 2026.')).toMatch(
			/title without/
		);
		expect(
			grammarProblem('Mr Hale said the deal would be signed in May 2026.', 'statement')
		).toBeNull();
		expect(
			grammarProblem('Mr and Mrs Hale said the deal would be signed in May 2026.', 'statement')
		).toBeNull();
		expect(cloze('Mr _____ said the Hale deal would be signed in May 2026.', 'Hale')).not.toMatch(
			/title without/
		);
	});

	it('refuses a relative clause standing as a sentence', () => {
		expect(statement('Both of whom were released on bail in Albany in May.')).toMatch(
			/relative clause/
		);
	});

	it('refuses a reply glued to the statement', () => {
		expect(statement('Yes. The Albany council approved the housing plan in May.')).toMatch(
			/stray reply/
		);
		expect(statement('No new homes were built in Albany in 2025.')).toBeNull();
	});

	it('refuses a dropped preposition before a court', () => {
		expect(statement('Jones and Smith plead not guilty federal court in Albany in May.')).toMatch(
			/preposition dropped/
		);
		expect(
			statement('Jones and Smith plead not guilty in federal court in Albany in May.')
		).toBeNull();
	});
});
