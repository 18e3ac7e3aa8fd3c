// Regression tests for round 14: broken English that test14's raters found in rewrites (a name
// cut from after "its", a list cut after "and", "By," with its day left out, a bracket where the
// answer was, a second clause after "but", a found-that clause that lost its verb) and a
// sentence run on past "U.S.". Sentences written for these tests in the shape of the failures.
import { describe, expect, it } from 'vitest';
import { explainGeneration } from './explain';
import { gateReason } from './gates';
import { grammarProblem } from './gates/grammar';
import { analyse } from './analyse';
import { splitSentences } from './sentences';

describe('rewrites that lost a piece', () => {
	it('refuse "its" with nothing it owns', () => {
		expect(
			grammarProblem('Who did Mayor Ann Berg order the arrest of its in January?', 'question')
		).toMatch(/possessive/);
		expect(
			grammarProblem('Who did Harlow name as its new coach in January?', 'question')
		).toBeNull();
	});

	it('refuse a list cut after its "and"', () => {
		expect(
			grammarProblem(
				'What was the Kelby council sending boats and, according to Mayor Ann Berg?',
				'question'
			)
		).toMatch(/list cut/);
		expect(
			grammarProblem('The Kelby council sent boats and food to Brenna in 2019.', 'statement')
		).toBeNull();
	});

	it('refuse a preposition whose time was left out', () => {
		expect(
			grammarProblem('By, Mayor Ann Berg told Harlow Radio that 3 bridges had shut.', 'statement')
		).toMatch(/preposition/);
	});

	it('leave out "by late Thursday" whole, not only its day', () => {
		const ctx = analyse(
			['And by late Thursday, Mayor Ann Berg told Harlow Radio that 3 bridges had shut.'],
			undefined
		).contexts[0];
		const dropped = [...(ctx?.referents.dropped ?? [])].map((k) => ctx?.sentence.tokens[k]?.normal);
		expect(dropped).toEqual(expect.arrayContaining(['by', 'late', 'thursday']));
	});

	it('refuse a bracket left where the answer was', () => {
		expect(
			grammarProblem('How much did Harlow crude briefly fall below (£55) a barrel?', 'question')
		).toMatch(/bracket/);
	});

	it('refuse a question that keeps the clause after "but"', () => {
		expect(
			grammarProblem(
				'Who scored a second try for Kelby but late scores from Ann Berg and Tom Pell sealed victory?',
				'question'
			)
		).toMatch(/second clause/);
		expect(grammarProblem('Who won the Harlow title but not the cup in 2019?', 'question')).toBe(
			null
		);
	});

	it('refuse a "found that" clause with no verb of its own', () => {
		expect(
			grammarProblem('The Kelby inquiry found that complaints against Mr. Tom Pell.', 'statement')
		).toMatch(/without its verb/);
		expect(
			grammarProblem(
				'The Kelby inquiry found that 40 complaints against Tom Pell were lost.',
				'statement'
			)
		).toBeNull();
	});
});

describe('an aside between commas', () => {
	it('is not cut as a tail: the statement keeps its verb', () => {
		const explained = explainGeneration({
			title: 'Harlow State fined',
			text:
				'Harlow State University was fined $4.5 million by the Kelby Education Department in 2019.\n\n' +
				"The Kelby inquiry, which began in January 2018, found that complaints against Tom Pell, including some dating back decades, were omitted from the university's crime records."
		});
		const statements = explained.sentences[1]?.candidates.filter((c) => c.type === 'truefalse');
		expect(statements?.length).toBeGreaterThan(0);
		for (const s of statements ?? []) expect(s.prompt).toMatch(/were omitted/);
	});
});

describe("sentence splitting after a country's initials", () => {
	it('ends a sentence at "U.S." when a word that opens one follows', () => {
		expect(
			splitSentences('Kelby faced a dozen cases in the U.S. Within two years it won 3 of them.')
		).toEqual(['Kelby faced a dozen cases in the U.S.', 'Within two years it won 3 of them.']);
		expect(splitSentences('The U.S. Army said 3 bridges had shut.')).toHaveLength(1);
		expect(splitSentences('Ann Berg moved to the U.S. in 2001 to study.')).toHaveLength(1);
	});
});

describe('the speaker of a claim', () => {
	it('is no blank, also after a hyphenated description', () => {
		expect(
			gateReason({
				type: 'cloze',
				prompt:
					'Kelby-based journalist _____ told Harlow Radio that counting the damage would be hard, with power cuts everywhere.',
				answer: 'Ann Berg',
				tags: ['person']
			})
		).toMatch(/speaker of a claim/);
	});
});
