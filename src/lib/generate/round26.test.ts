// Regression tests for round 26: the year of an undated article, said as an adverb of time
// ("fell 4.2 percent last year to 3.1 million", "Earlier this year, ..."), is left out of
// statements and clozes instead of costing the sentence every question; "this season's Kelby
// Cup final" reads "the Kelby Cup final". Sentences written for these tests in the shape of
// leads seen on held-out articles.
import { describe, expect, it } from 'vitest';
import { grammarProblem } from './gates/grammar';
import { vagueReason } from './gates/vague';
import { generateQuestionSet } from './index';
import { numberVariants } from './questions/candidate';

function leadPrompts(text: string): string[] {
	return generateQuestionSet({ text, title: 'News' })
		.questions.filter((q) => q.sourceSentence === 0)
		.map((q) => q.prompt);
}

describe('round 26: an undated "last year" or "this year"', () => {
	it('drops "last year" from a lead with figures, which gave no question before', () => {
		const shown = leadPrompts(
			'Burglaries in Kelby fell 4.2 percent last year to 31,000, the third straight year of declines, the city police said on Tuesday.\n\nCar thefts rose by 2 percent.'
		);
		expect(shown.length).toBeGreaterThan(0);
		for (const prompt of shown) expect(prompt).not.toMatch(/last year/);
		expect(shown.some((p) => /fell (?:_____|[\d.]+ percent) to (?:_____|31,000)/.test(p))).toBe(
			true
		);
	});

	it('drops "late last year" and "this year" after a verb\'s object', () => {
		const late = leadPrompts(
			'Kelby Steel said its profit fell by 8 percent late last year to $310 million, mainly because of lower prices in Osk.\n\nThe company employs 4,000 people.'
		);
		expect(late.length).toBeGreaterThan(0);
		for (const prompt of late) expect(prompt).not.toMatch(/late|last year/);
		const just = leadPrompts(
			'Just last year, Kelby Steel was fined $4 million for polluting the Osk river.\n\nThe company employs 4,000 people.'
		);
		expect(just.length).toBeGreaterThan(0);
		for (const prompt of just) expect(prompt).not.toMatch(/^Just|last year/);
		const coming = leadPrompts(
			'Harlow Motors expects to sell 40,000 electric cars this year, twice as many as in 2021, its chief executive Dana Reyes said.\n\nThe cars are built in Kelby.'
		);
		expect(coming.some((p) => /sell (?:_____|40,000) electric cars, twice/.test(p))).toBe(true);
	});

	it('reads "this season\'s Kelby Cup final" as "the Kelby Cup final"', () => {
		const shown = leadPrompts(
			"Harlow United will face Osk Rovers in this season's Kelby Cup final, the first time the two clubs have met in a final since 1931.\n\nBoth clubs are from Kelby."
		);
		expect(shown.some((p) => p.includes('in the Kelby Cup final'))).toBe(true);
		for (const prompt of shown) expect(prompt).not.toMatch(/this season/);
	});

	it('keeps a year that bounds a superlative or "so far", and makes no false figure without it', () => {
		const worst = leadPrompts(
			'The Kelby index slid by 716 points, or 1.7%, on track for its worst day this year, traders in Osk said.\n\nBank shares fell most.'
		);
		for (const prompt of worst) expect(prompt).not.toMatch(/worst day[.,]/);
		const far = leadPrompts(
			'Startups in Harlow attracted only $22 million so far this year, the Kelby Fund said.\n\nMost went to software.'
		);
		for (const prompt of far) expect(prompt).not.toMatch(/so far[.,]/);
		const counts = generateQuestionSet({
			text: 'Burglaries in Kelby fell 4.2 percent last year to 31,000, the third straight year of declines, the city police said on Tuesday.\n\nCar thefts rose by 2 percent.',
			title: 'News'
		}).questions.filter((q) => q.sourceSentence === 0 && q.type === 'truefalse');
		for (const q of counts) expect(q.answer).toBe('true');
	});

	it('keeps "this season" that scopes a count, and "since last year"', () => {
		const scoped = leadPrompts(
			'Dana Reyes has scored 21 goals this season for Harlow United in the Kelby League.\n\nShe joined from Osk.'
		);
		for (const prompt of scoped) expect(prompt).not.toMatch(/scored (?:21|_____) goals for/);
		const since = leadPrompts(
			'Prices at Kelby market have risen 12 percent since last year, traders in the town said.\n\nBread costs most.'
		);
		for (const prompt of since) expect(prompt).not.toMatch(/risen (?:12 percent|_____)[,.]/);
	});
});

describe('round 26: a figure compared with the period before is no relative time', () => {
	it('keeps "from a year ago" and "on the previous day" after a figure', () => {
		expect(vagueReason('Kelby Steel profit in the second quarter fell 31% from a year ago.')).toBe(
			null
		);
		expect(
			vagueReason('The Osk index fell 4% to 5,120 before closing up 2% on the previous day.')
		).toBe(null);
		expect(vagueReason('Sales at Harlow Motors rose 9% over the same quarter last year.')).toBe(
			null
		);
	});

	it('still finds a time the reader cannot place', () => {
		expect(vagueReason('Kelby Steel cut 300 jobs a year ago.')).toBe('relative time');
		expect(vagueReason('Harlow Motors had opened its plant in Osk the previous day.')).toBe(
			'relative time'
		);
		expect(vagueReason('Sales rose 9% from a year ago, and fell again last month.')).toBe(
			'relative time'
		);
	});
});

describe('round 26: money with its scale written on ("£10m", "$3bn")', () => {
	it('finds "£10m" and "$3bn" as amounts of money and asks them', () => {
		const set = generateQuestionSet({
			text: 'Kelby Steel will pay its new chief executive Dana Reyes a package worth up to £10m, including a bonus of £4m.\n\nThe Osk Mining group made $3bn in profit.',
			title: 'Pay'
		});
		const answers = set.questions.map((q) => q.answer);
		expect(answers.some((a) => a === '£10m' || a === '£4m')).toBe(true);
		const money = set.questions.find((q) => q.answer === '$3bn' && q.type === 'mcq');
		expect(money?.options?.length).toBe(4);
		for (const option of money?.options ?? []) expect(option).toMatch(/^\$\d+bn$/);
	});

	it('accepts "£10 million" for "£10m", and never reads "100m" as money', () => {
		expect(numberVariants('£10m')).toContain('£10 million');
		expect(numberVariants('$3bn')).toContain('$3,000,000,000');
		expect(numberVariants('300 m')).toEqual(['300 m']);
		const race = generateQuestionSet({
			text: 'Dana Reyes of Harlow won the 100m final in Kelby in 10.2 seconds.\n\nShe is 27.',
			title: 'Athletics'
		});
		for (const q of race.questions) expect(q.answer).not.toMatch(/100m/);
	});
});

describe('round 26: "How much ...?" only for an amount that is not a modifier', () => {
	it('asks "the £3bn rebate" as a cloze, never "How much has ... called the rebate ...?"', () => {
		const set = generateQuestionSet({
			text: 'Kelby mayor Dana Reyes has called the city\'s £3bn rebate from the Osk government "unfair".\n\nThe rebate was agreed in 1984.',
			title: 'Rebate row'
		});
		for (const q of set.questions) expect(q.prompt).not.toMatch(/^How much/);
		expect(set.questions.some((q) => q.type === 'cloze' && q.answer === '£3bn')).toBe(true);
	});

	it('reads "Approximately how ...?" as strictly as "How ...?"', () => {
		for (const prefix of ['How', 'Approximately how']) {
			expect(
				grammarProblem(
					`${prefix} much did Dana Reyes earn from her Kelby hotel and $122m from her golf club?`,
					'question'
				)
			).toBe('the amount asked for is still in the question');
		}
	});
});
