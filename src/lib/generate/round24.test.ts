// Regression tests for round 24, from ratings of questions the generator still emitted: a
// question that stops on "of", "within" or "not only"; a quotation opened with a single mark and
// never closed; a reply with nothing in it ("..., agreed."); more ways of saying "no comment".
// Sentences written for these tests in the shape of the cases seen on held-out articles.
import { describe, expect, it } from 'vitest';
import { gateReason } from './gates';

function statement(prompt: string): string | null {
	return gateReason({ type: 'truefalse', prompt, answer: 'true', tags: [] });
}

function question(prompt: string, answer: string): string | null {
	return gateReason({ type: 'mcq', prompt, answer, tags: [] });
}

describe('round 24', () => {
	it('refuses a question that stops where its answer was cut away', () => {
		expect(question('How many clubs from the north will join the league of?', 'Six')).toMatch(
			/ungrammatical/
		);
		expect(
			question('How many weeks does the Kelby council plan to publish the report within?', '6')
		).toMatch(/ungrammatical/);
		expect(question("In which city will the mayor's departure be felt not only?", 'Kelby')).toMatch(
			/ungrammatical/
		);
		// A preposition after its verb is English.
		expect(question('Which club did the Kelby striker move to?', 'Harlow United')).toBeNull();
	});

	it('refuses a quotation opened with a single mark and never closed', () => {
		expect(statement("According to the menu, the name of the Kelby cafe is 'Green Cup.")).toMatch(
			/unbalanced/
		);
		expect(statement("Dana Reyes said: ''The one thing both crews shared was courage.")).toMatch(
			/unbalanced/
		);
		// Closed marks and apostrophes are fine.
		expect(statement("Dana Reyes called the Kelby plan 'a good start' in 2019.")).toBeNull();
		expect(statement("Tom O'Hara's side won the Kelby Cup in 2019.")).toBeNull();
	});

	it('refuses a reply with nothing in it', () => {
		expect(statement('Kelby coach Dana Reyes, speaking after the match, went further.')).toMatch(
			/nothing said/
		);
		expect(statement('Tom Hill, who was born in Kelby but grew up in Harlow, agreed.')).toMatch(
			/nothing said/
		);
		// A reply with what was agreed is a claim.
		expect(statement('Tom Hill agreed to sell the Kelby farm for $2 million.')).toBeNull();
	});

	it('refuses more ways of saying "no comment"', () => {
		expect(statement('Nor could Kelby mayor Dana Reyes be reached for comment.')).toMatch(
			/no comment/
		);
		expect(
			statement('A Harlow council spokesman said he could not comment on the Kelby inquiry.')
		).toMatch(/no comment/);
		expect(
			statement(
				'Tom Hill, a spokesman for the Kelby health board, declined to say whether the Kelby clinic would open in May.'
			)
		).toMatch(/no comment/);
	});
});
