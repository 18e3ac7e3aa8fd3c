// One right answer per question, the forms a learner may type, and true/false statements, on
// short documents written for these tests in the shape of real failures.
import { describe, expect, it } from 'vitest';
import { ambiguousSurname, entityAccept, sameEntity } from '../accept';
import { tooClose } from '../distractors';
import { analyse } from '../analyse';
import type { Fact } from '../facts/types';
import { splitSentences } from '../sentences';
import { normaliseText } from '../text';
import type { Candidate } from './candidate';
import { clozeFromFact } from './cloze';
import { sameRegion, statementYears, trueFalseFromSentence } from './truefalse';

/** Every cloze and true/false candidate of a document, before filters and ranking. */
function questionsOf(text: string): Candidate[] {
	const analysis = analyse(splitSentences(normaliseText(text)), 2024);
	const build = { contexts: analysis.contexts, facts: analysis.facts, mentions: () => 1 };
	const clozes = analysis.facts.flatMap((fact) => clozeFromFact(fact, build));
	const statements = analysis.contexts.map((ctx, i) =>
		trueFalseFromSentence(
			ctx,
			analysis.facts.filter((f) => f.sentence === i),
			build
		)
	);
	return [...clozes, ...statements.filter((s): s is Candidate => s !== null)];
}

const person = (answer: string): Fact =>
	({ kind: 'person', answer, sentence: 0, from: 0, to: 1, start: 0, end: 0, weight: 2 }) as Fact;

describe('cloze has one answer in the document', () => {
	const clubs = [
		'Carlo Rossi has agreed a deal to coach Leeds United until the end of next season.',
		'Rossi previously managed Benfica, Ajax Amsterdam and Celtic over a long career in Europe.',
		'He was sacked by Everton in March after a run of poor results in the league.',
		'Leeds United said the appointment would be confirmed by the board on Friday.'
	].join('\n\n');

	it('does not blank one member of a list whose rivals the document names elsewhere', () => {
		const blanks = questionsOf(clubs)
			.filter((q) => q.type === 'cloze')
			.map((q) => q.answer);
		expect(blanks).not.toContain('Ajax Amsterdam');
		expect(blanks).not.toContain('Benfica');
		expect(blanks).not.toContain('Celtic');
	});

	it('does not blank one of a run of numbers', () => {
		const blanks = questionsOf(
			'Sales grew in 2019, 2020 and 2021 across all 40 stores in the region.'
		)
			.filter((q) => q.type === 'cloze')
			.map((q) => q.answer);
		expect(blanks).not.toContain('2020');
		expect(blanks).not.toContain('2021');
		expect(blanks).toContain('40');
	});

	it('does not blank a bare surname two people share', () => {
		const facts: Fact[] = [person('Ann Kim'), person('Joon Kim')];
		expect(ambiguousSurname('Kim', facts)).toBe(true);
		expect(ambiguousSurname('Kim', [person('Ann Kim')])).toBe(false);
		const text = [
			'Finance minister Ann Kim announced a new budget of 600 billion won on Monday.',
			'Opposition leader Joon Kim criticised the budget as far too small for the economy.',
			'Kim promised that the budget would create 40,000 jobs in the building industry.'
		].join('\n\n');
		const answers = questionsOf(text)
			.filter((q) => q.type === 'cloze')
			.map((q) => q.answer);
		expect(answers).not.toContain('Kim');
	});
});

describe('a country code before a noun', () => {
	it('is a nationality, not a blank; a name before a noun still is', () => {
		const blanks = (text: string) =>
			questionsOf(text)
				.filter((q) => q.type === 'cloze')
				.map((q) => q.answer);
		const text = 'The launch price of 99 pounds compares well with the US price of 149 dollars.';
		expect(blanks(text)).not.toContain('US');
		expect(blanks(text)).toContain('99 pounds');
		expect(
			blanks('Harlow Motors opened a plant in Chile after the Iraq war ended in 2003.')
		).toContain('Iraq');
	});
});

describe('accept lists', () => {
	it('accepts the surname alone, the name without a title, and the full name for a surname', () => {
		const facts = [person('Lena Moss'), person('President Omar Tahir'), person('Moss')];
		expect(entityAccept({ kind: 'person' }, 'Lena Moss', facts)).toEqual(['Lena Moss', 'Moss']);
		expect(entityAccept({ kind: 'person' }, 'President Omar Tahir', facts)).toEqual([
			'President Omar Tahir',
			'Omar Tahir',
			'Tahir'
		]);
		expect(entityAccept({ kind: 'person' }, 'Moss', facts)).toEqual(['Moss', 'Lena Moss']);
	});

	it('refuses the surname alone when two people in the document share it', () => {
		const facts = [person('Lena Moss'), person('Carl Moss')];
		expect(entityAccept({ kind: 'person' }, 'Lena Moss', facts)).toBeUndefined();
	});

	it('accepts the usual short forms of places and initials of long organisation names', () => {
		expect(entityAccept({ kind: 'place' }, 'United States', [])).toEqual(
			expect.arrayContaining(['US', 'U.S.', 'America'])
		);
		expect(entityAccept({ kind: 'place' }, 'the United Kingdom', [])).toEqual(
			expect.arrayContaining(['United Kingdom', 'UK', 'Britain'])
		);
		expect(entityAccept({ kind: 'org' }, 'International Energy Agency', [])).toContain('IEA');
		expect(entityAccept({ kind: 'org' }, 'Fox News', [])).toBeUndefined();
	});

	it('gives a cloze on a person the surname and a year no grouped spelling', () => {
		const questions = questionsOf(
			"Health minister Lena Moss opened the new children's hospital in Leeds in 2019.\n\nThe hospital has 300 beds and employs about 1,200 staff from the region."
		);
		const onPerson = questions.find((q) => q.type === 'cloze' && q.answer === 'Lena Moss');
		if (onPerson) expect(onPerson.accept).toContain('Moss');
		const onYear = questions.find((q) => q.type === 'cloze' && q.answer === '2019');
		if (onYear) expect(onYear.accept ?? []).not.toContain('2,019');
	});
});

describe('true/false statements', () => {
	const statementsOf = (text: string) => questionsOf(text).filter((q) => q.type === 'truefalse');

	it('leave out a side remark and a trailing attribution, and stay grammatical', () => {
		const statements = statementsOf(
			'Omar Tahir, who denies the charges, has lived in exile in Lisbon since 2015, officials said.'
		);
		expect(statements).toHaveLength(1);
		expect(statements[0]?.prompt).toMatch(/^Omar Tahir has lived in exile in \w+ since \d{4}\.$/);
	});

	it('are trimmed to the clause holding the fact, not copied verbatim', () => {
		const cases: Array<[string, RegExp]> = [
			[
				'Dana White, 52, signed the contract with Apex Motors just before the annual meeting.',
				/^Dana White signed the contract/
			],
			[
				'The Ostrava plant has 1,200 workers, with wages rising by 4% a year.',
				/^The Ostrava plant has 1,\d00 workers\.$/
			],
			[
				'From a small office, Claire Martin runs a charity that feeds 3,000 families.',
				/^Claire Martin runs a charity/
			],
			[
				'Rossi, who also coached Porto, Ajax and Celtic, has turned down offers from Spain.',
				/^Rossi has turned down offers from \w+\.$/
			],
			[
				'Officials said 40 people were rescued from the Danube by boat on Sunday.',
				/^\d+ people were rescued from the \w+ by boat/
			]
		];
		for (const [sentence, shape] of cases) {
			const statements = statementsOf(sentence);
			expect(statements, sentence).toHaveLength(1);
			expect(statements[0]?.prompt).toMatch(shape);
		}
	});

	it('never changes a number that sits beside its own conversion', () => {
		const statements = statementsOf(
			'Typhoon Mara dumped about 300 millimetres (12 inches) of rain on Manila in two days.'
		);
		expect(statements).toHaveLength(1);
		expect(statements[0]?.prompt).toContain('about 300 millimetres (12 inches)');
	});

	it('never puts a person where a name only modifies a noun', () => {
		const text = [
			'Crews fought fires in the Napa wine country and the Sierra Nevada foothills on Monday.',
			'Governor Gavin Ross said 4,000 people had been evacuated by Tuesday.',
			'Mayor Lisa Chen thanked the crews from Oregon for their help.'
		].join('\n\n');
		const prompts = questionsOf(text).map((q) => q.prompt);
		expect(prompts.some((p) => /(?:Ross|Chen) foothills/.test(p))).toBe(false);
		expect(prompts.some((p) => p.includes('_____ foothills'))).toBe(false);
	});

	it('keep "far too" whole: "too" is only dropped where it means "also"', () => {
		const statements = statementsOf(
			'Opposition leader Joon Park called the budget of 600 billion won far too small.'
		);
		for (const s of statements) expect(s.prompt).toContain('far too small');
	});
});

describe('packaging is not text', () => {
	it('drops bylines, photo credits and datelines before sentences are split', () => {
		const text = normaliseText(
			'By Ann Lee and Tom Hart\n\nLIMA, Peru - Prices rose.\n\nBERLIN (Reuters) - The German parliament passed the budget on Friday by 400 votes to 250.\n\nDeputies applaud after the vote in Berlin. (AP Photo/Sam Roe)\n\nA deputy, left, and a clerk count the ballots. (Sam Roe / Associated Press)\n\nReporting by Ann Lee; Editing by Tom Hart\n\nBy Friday, the bill had been signed.'
		);
		expect(text).toBe(
			'Prices rose.\nThe German parliament passed the budget on Friday by 400 votes to 250.\nBy Friday, the bill had been signed.'
		);
	});
});

describe('a false statement stays plausible', () => {
	const doc = [
		'Jordan agreed in 2019 to sell water to Lebanon under a pact signed in Amman by both leaders.',
		'Canada and Japan sent observers to the signing, which Jordan hosted at a palace in Amman.',
		'Jordan plans to double its water exports to Lebanon by 2060, the water minister told the press.',
		'Lebanon pays Jordan 40 million dollars a year for the water from the new desalination plant.',
		'Syria joined the talks in 2021 after a drought hit its farms along the border with Jordan.',
		'Engineers from Lebanon finished a pipeline to Syria in 2018 at a cost of 90 million dollars.',
		'A second pipeline from Jordan to Lebanon is due to open in 2045 if funding is found.'
	].join('\n\n');
	const falseOnes = questionsOf(doc).filter((q) => q.type === 'truefalse' && q.answer === 'false');

	it('swaps a country only for one of its own region', () => {
		expect(sameRegion('Jordan', 'Lebanon')).toBe(true);
		expect(sameRegion('Israel', 'United States')).toBe(false);
		expect(sameRegion('Nigeria', 'United States')).toBe(false);
		const middleEast = falseOnes.filter((q) => q.sourceSentence !== 1);
		expect(middleEast.length).toBeGreaterThan(0);
		for (const q of middleEast) expect(q.prompt).not.toMatch(/Canada|Japan|United States/);
	});

	it('moves a year by a distance a reader notices, more for a far one', () => {
		for (const y of statementYears('2019', 's'))
			expect(Math.abs(Number(y) - 2019)).toBeGreaterThanOrEqual(3);
		for (const y of statementYears('2060', 's'))
			expect(Math.abs(Number(y) - 2060)).toBeGreaterThanOrEqual(10);
		const years = (text: string) => (text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
		const told = years(doc);
		const changed = falseOnes.flatMap((q) => years(q.prompt)).filter((y) => !told.includes(y));
		expect(changed.length).toBeGreaterThan(0);
		for (const y of changed)
			expect(Math.min(...told.map((t) => Math.abs(t - y)))).toBeGreaterThanOrEqual(3);
	});
});

describe('a statement keeps the speaker of a view', () => {
	const statements = (text: string) =>
		questionsOf(text)
			.filter((q) => q.type === 'truefalse')
			.map((q) => q.prompt);

	it('does not state one side’s view as plain fact', () => {
		const said = statements(
			[
				'Senator Lena Holm of Norway said the 2019 tax had hurt farmers in Bergen badly.',
				'The 2019 tax in Norway had hurt farmers in Bergen badly, Senator Lena Holm said.'
			].join('\n\n')
		);
		expect(said.length).toBeGreaterThan(0);
		for (const prompt of said) expect(prompt).toMatch(/Holm/);
	});
});

describe('a false statement is contradicted, not just unsupported', () => {
	const falseOf = (text: string) =>
		questionsOf(text)
			.filter((q) => q.type === 'truefalse' && q.answer === 'false')
			.map((q) => q.prompt);

	it('never swaps a name for another name of the same place', () => {
		expect(sameEntity('US', 'America')).toBe(true);
		expect(sameEntity("the U.K.'s", 'Britain')).toBe(true);
		expect(sameEntity('Washington', 'the United States')).toBe(true);
		expect(sameEntity('England', 'Britain')).toBe(true);
		expect(sameEntity('France', 'Germany')).toBe(false);
		expect(sameEntity('Paris', 'Germany')).toBe(false);
		expect(tooClose('United States', 'America')).toBe(true);
		expect(tooClose('Britain', 'Germany')).toBe(false);
	});

	it('does not swap a country for one the region list does not place', () => {
		expect(sameRegion('Uganda', 'United Kingdom')).toBe(false);
		expect(sameRegion('Uganda', 'Kenya')).toBe(true);
	});

	it('does not change whose something it is', () => {
		const told = falseOf(
			[
				"Portugal's young squad beat Greece 3-1 in Lisbon in 2021 to reach the final.",
				'Greece had beaten Italy in 2019 and Spain in 2020 before the loss in Lisbon.',
				"Portugal's coach praised the defence after the win over Greece in Lisbon."
			].join('\n\n')
		);
		for (const prompt of told) expect(prompt).not.toMatch(/(?:Greece|Italy|Spain)'s/);
	});

	it('swaps a place only where it is the subject or where something happened', () => {
		const upgraded = falseOf(
			[
				'Investors cheered after the ratings agency Vantor upgraded Norway a few weeks ago.',
				'Sweden and Finland kept their ratings, and Denmark lost one in June.'
			].join('\n\n')
		);
		for (const prompt of upgraded) expect(prompt).not.toMatch(/upgraded (?!Norway)/);
		const sued = falseOf(
			[
				'Lawyers said the ruling would change the legal context for suits filed against Norway.',
				'Sweden and Finland filed no suits, and Denmark settled one in June.'
			].join('\n\n')
		);
		for (const prompt of sued) expect(prompt).not.toMatch(/against (?!Norway)/);
	});

	it('does not swap in a name the article says did the same', () => {
		const told = falseOf(
			[
				'Norway banned the delivery drones from city centres after a crash near Oslo.',
				'Finland banned the same drones from its airports, and Sweden only fined their owners.'
			].join('\n\n')
		);
		for (const prompt of told) expect(prompt).not.toMatch(/^Finland banned/);
	});
});
