// Regression tests for round 14: broken English that test14's raters found in rewrites (a name
// cut from after "its", a list cut after "and", "By," with its day left out, a bracket where the
// answer was, a second clause after "but", a found-that clause that lost its verb) and a
// sentence run on past "U.S.". Sentences written for these tests in the shape of the failures.
import { describe, expect, it } from 'vitest';
import { explainGeneration } from './explain';
import { gateReason } from './gates';
import { grammarProblem } from './gates/grammar';
import { analyse } from './analyse';
import { generateQuestionSet } from './index';
import { splitSentences } from './sentences';
import { normaliseText } from './text';

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

describe('the lead', () => {
	it('keeps a short cloze: it leans on no sentence before it', () => {
		const set = generateQuestionSet({
			title: 'Harlow Motors output',
			text:
				'Harlow Motors has reached an annual run rate of 260,000 cars, the company confirmed.\n\n' +
				'Its plant in Kelby opened in March 2022 after a delay of 9 months caused by a permit dispute.'
		});
		expect(set.questions.some((q) => q.sourceSentence === 0)).toBe(true);
	});

	it('may take "another step towards" something: no earlier step is meant', () => {
		expect(
			gateReason({
				type: 'truefalse',
				prompt:
					'Ann Berg has taken another step towards becoming the next Harlow mayor, after 40 councillors backed her in 2024.',
				answer: 'true',
				tags: []
			})
		).toBeNull();
		expect(
			gateReason({
				type: 'truefalse',
				prompt: 'Ann Berg made another call to the Harlow council in 2024.',
				answer: 'true',
				tags: []
			})
		).toMatch(/vague/);
	});
});

describe('a figure given as a floor or a ceiling', () => {
	const text =
		'Unemployment in Kelby fell to 6% in 2023, the lowest rate in 20 years.\n\n' +
		'More than 40 percent of the jobs created in Kelby in 2023 were in tourism, the council said in its report for 2024.';
	const candidates = () =>
		explainGeneration({ title: 'Kelby jobs', text }).sentences.flatMap((s) => s.candidates);

	it('is never made false by another number: "more than 50 percent" is not contradicted', () => {
		const falseOnes = candidates().filter((c) => c.type === 'truefalse' && c.answer === 'false');
		for (const c of falseOnes) expect(c.prompt).not.toMatch(/More than (?!40 )\d+ percent/);
	});

	it('is asked as an approximation, with the hedge kept out of the answer', () => {
		const share = candidates().find((c) => /percentage of the jobs/.test(c.prompt));
		expect(share?.prompt).toMatch(/^Approximately what percentage of the jobs/);
		expect(grammarProblem(share?.prompt ?? '', 'question')).toBeNull();
	});

	it('refuses a question whose main verb came after the verb it asked with "did"', () => {
		expect(
			grammarProblem(
				'In which year did more than 40 percent of the jobs create in Kelby were in tourism?',
				'question'
			)
		).toMatch(/two verbs/);
		expect(
			grammarProblem('How much did the firm pay for the plant that was built in 2001?', 'question')
		).toBeNull();
		// "find" takes a clause of its own: "did the report find ... had been involved" is English.
		expect(
			grammarProblem(
				"Approximately how many Kelby athletes did Ann Berg's report in 2016 find in over 30 sports had been involved in a plan to cheat?",
				'question'
			)
		).toBeNull();
	});
});

describe('typos and cut comparisons', () => {
	it('refuse "a" before a plural count, copied from the source', () => {
		expect(
			grammarProblem(
				'Kelby teenagers get a new phone every _____ months and a 15 million handsets are sold each year.',
				'cloze'
			)
		).toMatch(/article before a plural/);
		expect(
			grammarProblem('Harlow signed a 15 million pound deal in 2019.', 'statement')
		).toBeNull();
	});

	it('refuse "as bad?" with its second half cut away', () => {
		expect(
			grammarProblem(
				'Where did Kelby staffers plan to make the traffic from the lane closures as bad?',
				'question'
			)
		).toMatch(/comparison/);
		expect(grammarProblem('Who was named Harlow coach as well?', 'question')).toBeNull();
	});
});

describe('a score or a vote', () => {
	const explained = () =>
		explainGeneration({
			title: 'Kelby Rovers win',
			text:
				'Kelby Rovers beat Brenna City 3-1 at home in May 2024, their first win in 9 games.\n\n' +
				'Harlow council members voted 116-6 in 2023 for a resolution that closed the old Brenna road.\n\n' +
				'Voters aged 18-24 made up 30% of the turnout in the Kelby election of 2024.'
		});

	it('is a fact that a cloze may ask, never swapped for a false statement', () => {
		const facts = explained().sentences.flatMap((s) => s.facts);
		expect(facts).toContainEqual({ kind: 'quantity/score', answer: '3-1' });
		expect(facts).toContainEqual({ kind: 'quantity/score', answer: '116-6' });
		// An age range is no score.
		expect(facts.some((f) => f.answer === '18-24')).toBe(false);
		const candidates = explained().sentences.flatMap((s) => s.candidates);
		const clozes = candidates.filter((c) => c.type === 'cloze' && /^\d+-\d+$/.test(c.answer));
		expect(clozes.map((c) => c.answer)).toEqual(expect.arrayContaining(['3-1', '116-6']));
		for (const c of clozes) expect(c.dropped ?? '').not.toMatch(/number inside a name/);
		const [first, second] = explained().sentences;
		for (const c of first?.candidates ?? [])
			if (c.type === 'truefalse') expect(c.prompt).toMatch(/\b3-1\b/);
		for (const c of second?.candidates ?? [])
			if (c.type === 'truefalse') expect(c.prompt).toMatch(/\b116-6\b/);
	});

	it('leaves no past form after "did" in a question', () => {
		expect(
			grammarProblem(
				'What percentage of the turnout did voters age 18-24 made up in 2024?',
				'question'
			)
		).toMatch(/past tense/);
	});
});

describe('more readings from test16', () => {
	it('strips a dateline that starts with a date', () => {
		expect(normaliseText('July 29 (UPI) -- The death toll in Kelby climbed to 13.')).toBe(
			'The death toll in Kelby climbed to 13.'
		);
		expect(normaliseText('May 2 was a Sunday in Kelby.')).toBe('May 2 was a Sunday in Kelby.');
	});

	it('leaves "in recent months" out of rewrites, as "recently"', () => {
		const ctx = analyse(
			[
				'Kelby has banned 40 athletes from the Harlow Games after a series of failed tests in recent months.'
			],
			undefined
		).contexts[0];
		const dropped = [...(ctx?.referents.dropped ?? [])].map((k) => ctx?.sentence.tokens[k]?.normal);
		expect(dropped).toEqual(['in', 'recent', 'months']);
	});

	it("reads a speaker's possessive after a verb of saying as the speaker's", () => {
		const ctx = analyse(
			['Harlow University immunologist Karen Berg said her team had spent 4 years on a vaccine.'],
			undefined
		).contexts[0];
		const her = ctx?.sentence.tokens.findIndex((t) => t.normal === 'her') ?? -1;
		expect(ctx?.referents.unresolved.has(her)).toBe(false);
		// "told her": an object, someone else.
		const told = analyse(['Mayor Tom Pell told her the vote was lost in 2020.'], undefined)
			.contexts[0];
		const object = told?.sentence.tokens.findIndex((t) => t.normal === 'her') ?? -1;
		expect(told?.referents.unresolved.has(object)).toBe(true);
	});
});

describe('a passing time in a passive', () => {
	it('keeps a passive time before its "by" out of rewrites', () => {
		const ctx = analyse(
			[
				'The protest was inflamed this weekend by Mayor Tom Pell, who called it a disgrace in 2024.'
			],
			undefined
		).contexts[0];
		const dropped = [...(ctx?.referents.dropped ?? [])].map((k) => ctx?.sentence.tokens[k]?.normal);
		expect(dropped).toEqual(['this', 'weekend']);
	});
});
