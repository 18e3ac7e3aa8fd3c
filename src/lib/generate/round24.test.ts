// Regression tests for round 24, from ratings of questions the generator still emitted: a
// question that stops on "of", "within" or "not only"; a quotation opened with a single mark and
// never closed; a reply with nothing in it ("..., agreed."); more ways of saying "no comment".
// And from key facts no question asked: a lead that says "early today"; a cloze that shows the
// sentence before, where its sentence has an undated day or says "it" twice. And from test29 and
// test30's raters: a card's back cut from the rest of its phrase; "Who was Mr. Hill's victory?";
// "The S&P 600 ..." as a false statement; a relative clause whose closing comma was cut.
// Sentences written for these tests in the shape of the cases seen on held-out articles.
import { describe, expect, it } from 'vitest';
import { explainGeneration } from './explain';
import { gateReason } from './gates';
import { generateQuestionSet } from './index';
import { withoutRelativeTime } from './text';

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

	it('refuses "How many days ... in the past as ...?", the count cut from its phrase', () => {
		expect(
			question(
				'How many days have Kelby wheat prices fallen 4 percent in the past as traders expect rain?',
				'10'
			)
		).toMatch(/cut from its phrase/);
	});

	it('asks a lead that says "early today", without the day', () => {
		const set = generateQuestionSet({
			text: 'A fire broke out in the Kelby city library early today, destroying at least 4,000 books.\n\nFirefighters from Harlow helped to put it out.',
			title: 'Fire at Kelby library'
		});
		const lead = set.questions.filter((q) => q.sourceSentence === 0);
		expect(lead.length).toBeGreaterThan(0);
		for (const q of lead) expect(q.prompt).not.toMatch(/today/);
	});

	it('reads "On Thursday the firm ..." without its day, comma or not', () => {
		expect(withoutRelativeTime('On Thursday the Kelby firm closed its plant.')).toBe(
			'The Kelby firm closed its plant.'
		);
		expect(withoutRelativeTime('On Thursday, the Kelby firm closed its plant.')).toBe(
			'The Kelby firm closed its plant.'
		);
	});
});

describe('round 24: a cloze that shows the sentence before', () => {
	const named = 'The Kelby Port Authority approved a new harbour plan in 2019.';
	const clozes = (text: string) =>
		explainGeneration({ text })
			.sentences.flatMap((s) => s.candidates)
			.filter((c) => c.type === 'cloze' && c.prompt.startsWith(named));

	it('where the sentence says "it" twice', () => {
		const shown = clozes(
			`${named} It risks losing the support of Harlow if it raises the port tax to 12 percent.`
		).map((c) => c.answer);
		expect(shown).toContain('12 percent');
	});

	it('where the sentence has an undated day, left out', () => {
		const shown = clozes(
			`${named} On Thursday it opened a new bridge across the river Osk that cost $40 million.`
		);
		expect(shown.map((c) => c.prompt)).toContain(
			`${named} It opened a new bridge across the river Osk that cost _____.`
		);
	});
});

describe('round 24: from test29 and test30', () => {
	const cards = (text: string) =>
		generateQuestionSet({ text, title: 'Kelby news' }).questions.filter(
			(q) => q.type === 'flashcard'
		);

	it('asks no card whose back is cut from the rest of its phrase', () => {
		const shown = cards(
			'The 1952 Kelby Health Law allowed the authorities to detain people with contagious diseases for up to a year.\n\nThe Kelby health board now regrets the law.'
		);
		for (const q of shown) expect(q.prompt).not.toMatch(/allow (?:with|to)\b/);
	});

	it('asks "What", not "Who", about a person\'s victory', () => {
		const shown = cards(
			"John Smith won the Kelby seat by 400 votes.\n\nMr. Smith's victory was a triumph of patient door-to-door campaigning in his hometown, Harlow."
		);
		expect(shown.map((q) => q.prompt)).toContain("What was John Smith's victory?");
	});

	it('changes no number inside a name to make a statement false', () => {
		const set = generateQuestionSet({
			text: 'The S&P 500 lost 2.3% on Tuesday and the Kelby Composite fell 1.7%, its worst day since May.\n\nTraders blamed weak jobs figures from the Harlow agency.',
			title: 'Kelby stocks fall'
		});
		for (const q of set.questions) expect(q.prompt).not.toMatch(/S&P (?!500)\d/);
	});

	it('refuses a statement whose relative clause lost its closing comma', () => {
		expect(
			statement(
				'Tom Hill, who has many friends in the Kelby council was given the safest seat in Harlow.'
			)
		).toMatch(/relative clause left open/);
		expect(
			statement(
				'Tom Hill, who has many friends in the Kelby council, was given the safest seat in Harlow.'
			)
		).toBeNull();
	});

	it('refuses statements that lean on "the idea", "the leak" or "done just that"', () => {
		expect(
			statement('When the mayor of Kelby visited Harlow in 2019, the idea was revived.')
		).toMatch(/vague/);
		expect(
			statement('Many towns that were embarrassed by the leak, including Kelby, sued.')
		).toMatch(/vague/);
		expect(
			statement('Now, thanks to the Kelby-2 project, Harlow engineers have done just that.')
		).toMatch(/vague/);
		expect(statement('Tom Hill also deserved credit for the point.')).toMatch(/vague/);
	});

	it('refuses "within of" and a noun phrase standing as a statement', () => {
		expect(
			question(
				'How many miles does 90 percent of the Kelby population live within of a shop?',
				'10'
			)
		).toMatch(/two prepositions/);
		expect(statement("A big reason that Kelby's air has cleared up.")).toMatch(
			/piece of a sentence/
		);
		expect(statement("A big reason is that Kelby's air has cleared up.")).toBeNull();
	});
});

describe('round 24: pronouns and times a lead leans on', () => {
	it('reads "when it tore across ..." as the subject, and drops "early on Sunday morning"', () => {
		const set = generateQuestionSet({
			text: 'Tropical Storm Kelda made history when it tore across the island of Osk early on Sunday morning.\n\nHarlow sent aid.',
			title: 'Weekend weather'
		});
		const lead = set.questions.filter((q) => q.sourceSentence === 0);
		expect(lead.length).toBeGreaterThan(0);
		for (const q of lead) expect(q.prompt).not.toMatch(/Sunday|early|morning/);
	});

	it('takes "bow out of a $16 billion deal" as an amount, not "3 out of 10"', () => {
		const set = generateQuestionSet({
			text: 'The Kelby group has said it will sue Harlow Holdings after the firm tried to bow out of a $16 billion takeover deal.\n\nHarlow denies it.',
			title: 'Kelby sues Harlow'
		});
		expect(set.questions.some((q) => q.answer === '$16 billion')).toBe(true);
	});
});
