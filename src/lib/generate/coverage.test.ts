// Round 9: sentences that hold a key fact yield a question (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { explainGeneration } from './explain';
import { generateQuestionSet } from './index';
import { closedQuotation } from './polish';
import { WITH_CONTEXT } from './questions/context';
import { contextGivesAway } from './rank';

function candidatesOf(text: string, title?: string) {
	const explained = explainGeneration({ text, ...(title ? { title } : {}) });
	return explained.sentences.flatMap((s) => s.candidates.map((c) => ({ ...c, sentence: s.index })));
}

describe('a day written before its month', () => {
	const text =
		"Harbourline's new electric ferry, the Tern, will enter service on 14 June on the Kelby route, the operator has announced. " +
		'Tickets for the first crossing sold out within two hours of going on sale. ' +
		'Finance Minister Rosa Delgado approved the harbour budget on 3 May after a long debate.';

	it('blanks the whole date of a scheduled event, not the month alone', () => {
		const set = generateQuestionSet({ text, title: 'Electric ferry starts in summer' });
		const date = set.questions.find((q) => q.answer === '14 June');
		expect(date?.type).toBe('cloze');
		expect(date?.prompt).toBe(
			"Harbourline's new electric ferry, the Tern, will enter service on _____ on the Kelby route, the operator has announced."
		);
	});

	it('never asks a day as "Which month", and leaves the day of a past act out', () => {
		const all = candidatesOf(text, 'Electric ferry starts in summer');
		expect(all.filter((c) => c.answer === '14 June').map((c) => c.type)).toEqual(['cloze']);
		const past = all.filter((c) => c.answer === '3 May');
		expect(past.length).toBeGreaterThan(0);
		for (const c of past) expect(c.dropped).toMatch(/month without a year/);
	});
});

describe('a cloze that shows the sentence before', () => {
	const named =
		'Kestrel Aviation unveiled its first hydrogen-powered aircraft at an airshow in Farnborough.';
	const vague = 'The twin-engine plane can carry 19 passengers over a range of 500 kilometres.';
	const withContext = (text: string) =>
		candidatesOf(text).filter((c) => c.type === 'cloze' && c.prompt.length > vague.length + 20);

	it('asks a sentence whose subject only the sentence before names', () => {
		const found = withContext(`${named} ${vague}`);
		const passengers = found.find((c) => c.answer === '19');
		expect(passengers?.prompt).toBe(
			`${named} The twin-engine plane can carry _____ passengers over a range of 500 kilometres.`
		);
		expect(passengers?.dropped ?? '').not.toMatch(/^(?:gate|filter)/);
		// On its own the sentence stays vague, as before.
		const alone = candidatesOf(vague).filter((c) => c.type === 'cloze');
		for (const c of alone) expect(c.dropped).toMatch(/vague/);
	});

	it('not when the sentence before names nothing, or shows the answer', () => {
		expect(withContext(`Engineers spent four years on the design. ${vague}`)).toEqual([]);
		const shown = withContext(
			`Kestrel Aviation built an aircraft for 19 passengers in Farnborough. ${vague}`
		);
		expect(shown.map((c) => c.answer)).not.toContain('19');
	});

	it('leaves out an undated day, as a statement does', () => {
		expect(
			withContext(`${named} The twin-engine plane will carry 19 passengers on Saturday.`).map(
				(c) => c.prompt
			)
		).toEqual([`${named} The twin-engine plane will carry _____ passengers.`]);
	});

	it('is never chosen beside a question its sentence before answers', () => {
		const set = generateQuestionSet({ text: `${named} ${vague}` });
		const context = set.questions.filter(
			(q) => q.sourceSentence === 1 && q.prompt.startsWith(named)
		);
		const before = set.questions.filter((q) => q.sourceSentence === 0);
		expect(context.length === 0 || before.length === 0).toBe(true);
		expect(set.questions.length).toBeGreaterThan(0);
	});
});

describe('contextGivesAway', () => {
	const base = { sourceSentence: 1, difficulty: 2, tags: ['quantity'], score: 1, factKey: 'k' };
	const context = {
		...base,
		type: 'cloze' as const,
		prompt: 'Kestrel Aviation flew in Farnborough. The plane can carry _____ passengers.',
		answer: '19',
		tags: ['quantity', WITH_CONTEXT]
	};
	it('clashes with a question whose answer the shown sentence gives, or a statement of it', () => {
		const place = {
			...base,
			sourceSentence: 0,
			type: 'cloze' as const,
			prompt: 'x',
			answer: 'Farnborough'
		};
		const statement = {
			...base,
			sourceSentence: 0,
			type: 'truefalse' as const,
			prompt: 'y',
			answer: 'false'
		};
		const elsewhere = { ...place, answer: 'Dunmore' };
		expect(contextGivesAway(context, place)).toBe(true);
		expect(contextGivesAway(statement, context)).toBe(true);
		expect(contextGivesAway(context, elsewhere)).toBe(false);
		expect(contextGivesAway({ ...place, sourceSentence: 3 }, context)).toBe(false);
	});
});

describe('a count after "only"', () => {
	it('asks "How many" without leaving the adverb behind', () => {
		const set = generateQuestionSet({
			text:
				'Investigators in Dunmore interviewed only seven witnesses in the case. ' +
				'Rescuers in Dunmore found just three survivors.'
		});
		const prompts = set.questions.filter((q) => q.type === 'mcq').map((q) => q.prompt);
		expect(prompts).toContain(
			'How many witnesses did investigators in Dunmore interview in the case?'
		);
		expect(prompts).toContain('How many survivors did rescuers in Dunmore find?');
		for (const prompt of prompts) expect(prompt).not.toMatch(/\b(?:only|just)\b/);
	});
});

describe('a quotation that runs on into the next sentence', () => {
	const text =
		'Harbourline said in a statement: "Captain Mara Olsen has sailed the strait between Kelby and Brenna for 31 years. ' +
		'She knows every rock and every current in it." ' +
		'"We will be back in service soon. ' +
		'The new ferry is ready."';

	it('is closed where an attributed sentence of it ends, and the sentence is asked', () => {
		expect(
			closedQuotation('Harbourline said in a statement: "Olsen has sailed for _____ years.')
		).toBe('Harbourline said in a statement: "Olsen has sailed for _____ years."');
		const set = generateQuestionSet({ text });
		const years = set.questions.find((q) => q.answer === '31');
		expect(years?.prompt).toMatch(/for _____ years\."$/);
	});

	it('is left alone without a speaker, or when the quotation is already closed', () => {
		expect(closedQuotation('"We will be back in service by _____.')).toBe(
			'"We will be back in service by _____.'
		);
		expect(closedQuotation('Olsen said: "It is _____ years."')).toBe(
			'Olsen said: "It is _____ years."'
		);
		expect(closedQuotation('We are ready for _____," Olsen said.')).toBe(
			'We are ready for _____," Olsen said.'
		);
	});
});
