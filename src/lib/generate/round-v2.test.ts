// Regression tests for the v2 round of the generator on real articles, one per kind of failure
// the raters labelled. Every sentence here is written for these tests in the shape of a failure.
import { describe, expect, it } from 'vitest';
import { analyse, mentionCount } from './analyse';
import { apart } from './index';
import { clozeAndStatementOverlap } from './rank';
import type { Candidate } from './questions/candidate';
import { gateReason } from './gates';
import { grammarProblem } from './gates/grammar';
import { triviaReason } from './gates/trivia';
import { vagueReason } from './gates/vague';
import { buildCandidates } from './questions';
import { samePersonOrTitled, sameShape } from './questions/mcq';
import { quoteQuestions } from './questions/quote';
import { numberDistractors } from './distractors';
import type { Fact } from './facts/types';
import { subjectCountPrompt } from './questions/quantity';
import { readableContext } from './questions/trim';
import { renderPieces } from './render';
import { splitSentences } from './sentences';
import { normaliseText } from './text';

function analysed(text: string) {
	return analyse(splitSentences(normaliseText(text)), 2024);
}

function rendered(text: string, index = 0): string {
	const analysis = analysed(text);
	const ctx = analysis.contexts[index];
	if (!ctx) return '';
	const readable = readableContext(ctx);
	return (
		renderPieces(readable.sentence.tokens, readable.referents, [
			{ from: 0, to: readable.sentence.tokens.length }
		])?.text ?? ''
	);
}

describe('ungrammatical wh-rewrites', () => {
	it('refuses a second verb straight after the verb that "did" carries', () => {
		expect(
			grammarProblem('Who did all the judges not pick have a long way to go?', 'question')
		).toMatch(/two verbs/);
		expect(grammarProblem('Which town did the striker join have a stadium?', 'question')).toMatch(
			/two verbs/
		);
		// A verb of saying takes a clause; "have" as the main verb after its subject is fine.
		expect(
			grammarProblem('What did the mayor say had caused the flooding?', 'question')
		).toBeNull();
		expect(
			grammarProblem("When did the bakery's loaves have a record week?", 'question')
		).toBeNull();
	});

	it('refuses a second clause left after the question and a statement with no main clause', () => {
		expect(
			grammarProblem('Which country does Peru play in Lima and Chile hosts?', 'question')
		).toMatch(/second clause/);
		expect(grammarProblem('Which country does Peru play in Lima?', 'question')).toBeNull();
		expect(
			grammarProblem('Which country takes on Peru and Canada plays the hosts?', 'question')
		).toMatch(/second clause/);
		expect(grammarProblem('Which country takes on Peru and Canada?', 'question')).toBeNull();
		expect(
			grammarProblem(
				'Although Lee has won six games in a row, the longest run of her career.',
				'statement'
			)
		).toMatch(/main clause/);
		expect(
			grammarProblem('Although Lee has won six games in a row, she is not yet ranked.', 'statement')
		).toBeNull();
	});

	it('refuses a preposition cut from its object, a stray comma and half an aside', () => {
		expect(
			grammarProblem('How much do farms in Peru lose a year of as a result of floods?', 'question')
		).toMatch(/object/);
		expect(
			grammarProblem('How much do farms in Peru lose a year as a result of floods?', 'question')
		).toBeNull();
		expect(
			grammarProblem('The harbour known as the Basin, is located near the old town.', 'statement')
		).toMatch(/stray comma/);
		expect(
			grammarProblem('In 2019, the harbour known as the Basin was rebuilt.', 'statement')
		).toBeNull();
		expect(
			grammarProblem('Ann Lee and Bo Kim - have struggled to gain ground this spring.', 'statement')
		).toMatch(/aside/);
		expect(
			grammarProblem(
				'Two rivals - Ann Lee and Bo Kim - have struggled to gain ground.',
				'statement'
			)
		).toBeNull();
	});

	it('refuses "How many" of a singular noun', () => {
		expect(
			grammarProblem('How many job have stores announced cuts to so far in 2023?', 'question')
		).toMatch(/singular noun/);
		expect(grammarProblem('How many jobs have stores cut so far in 2023?', 'question')).toBeNull();
		expect(grammarProblem('How many people were hurt in the Leeds fire?', 'question')).toBeNull();
	});

	it('refuses a count of a singular name', () => {
		expect(grammarProblem('How many Harbour Road did the council repave?', 'question')).toMatch(
			/name/
		);
		expect(grammarProblem('How many Canadians did the survey reach?', 'question')).toBeNull();
		expect(grammarProblem('How many Premier League titles did she win?', 'question')).toBeNull();
	});

	it('refuses a comparison, a title or a bracket left where the answer was', () => {
		expect(grammarProblem('Where are the winters colder in Ohio than?', 'question')).toMatch(
			/compar/
		);
		expect(
			grammarProblem('Which team will Peru face next against defending champion?', 'question')
		).toMatch(/title/);
		expect(
			grammarProblem(
				'How much does the new rule set the fine at between (£90) and 500 euros?',
				'question'
			)
		).toMatch(/bracket/);
		expect(
			grammarProblem('Which team will Peru face next, according to the coach?', 'question')
		).toBeNull();
	});
});

describe('vague clozes and statements', () => {
	it('refuses a bare "the <thing>" subject with an irregular verb', () => {
		expect(vagueReason('The show drew more than two million viewers on its first night.')).toBe(
			'unnamed subject'
		);
		expect(vagueReason('The big rig hit a wall near the exit ramp in 2019.')).toBe(
			'unnamed subject'
		);
		expect(vagueReason('The Lakeside Show drew more than two million viewers.')).toBeNull();
	});

	it('refuses "the bill" and "First up" with nothing that names them', () => {
		expect(vagueReason('Lawmakers in the small state passed the bill by a wide margin.')).toBe(
			'unresolved reference'
		);
		expect(vagueReason('First up is a trip to the coast for the young squad.')).toBe(
			'dangling start'
		);
	});

	it('lets the title name the subject a statement leaves unnamed', () => {
		const candidate = {
			type: 'truefalse' as const,
			prompt: 'The show drew more than two million viewers on its first night.',
			answer: 'true',
			tags: ['count']
		};
		expect(gateReason(candidate)).toMatch(/vague/);
		expect(gateReason(candidate, { title: 'Cooking show breaks a ratings record' })).toBeNull();
	});
});

describe('referents', () => {
	it('never reads a channel or a club as the "his" of the sentence after it', () => {
		const text = rendered(
			'Coach Tom Reed left the Harbour club in May. He spent two years as a pundit for Sky Sports. His first game back will be against the Harbour club.',
			2
		);
		expect(text).toMatch(/^Tom Reed's first game back/);
	});

	it('writes in the firm the sentence before opens with for a sentence opening "It" or "Its"', () => {
		const lead = 'Shares in Nordair fell on Monday. ';
		expect(
			rendered(
				`${lead}Nordair said it would cut fares on its routes. It has ordered ten new jets from a plant in Wales.`,
				2
			)
		).toBe('Nordair has ordered ten new jets from a plant in Wales');
		expect(
			rendered(`${lead}Nordair is keeping its options open. Its fleet of 40 jets is grounded.`, 2)
		).toBe("Nordair's fleet of 40 jets is grounded");
		expect(
			rendered(`${lead}Nordair said it would cut fares. It already has 300 staff in Leeds.`, 2)
		).toBe('Nordair already has 300 staff in Leeds');
		// "The airline said it ...": the one firm the document calls "the airline".
		expect(
			rendered(
				'Shares in Nordair, the airline based in Leeds, fell on Monday. The airline said it would cut fares. It has been selling more seats to Spain than to France.',
				2
			)
		).toBe('Nordair has been selling more seats to Spain than to France');
	});

	it('leaves "It" alone when it is empty or the sentence before does not keep to one name', () => {
		const lead = 'Shares in Nordair fell on Monday. ';
		const opener = (text: string, index: number) => analysed(text).contexts[index]?.referents;
		for (const [text, index] of [
			// The empty "it" of a cleft: no firm to write in.
			[
				`${lead}Nordair said it would cut fares. It was the third time that fares fell in Wales.`,
				2
			],
			// The sentence before never calls the firm "it": the "It" may be anything.
			[`${lead}Nordair cut fares on northern routes. It has ordered ten new jets from Wales.`, 2],
			// "Officials" is no name: only a word capitalised inside a sentence is.
			['Officials said it would rain in the north. It has flooded ten towns on the coast.', 1]
		] as const) {
			const referents = opener(text, index);
			expect(referents?.replace.has(0)).toBe(false);
			expect(referents?.unresolved.has(0)).toBe(true);
		}
	});

	it('reads a "he" or "she" just after "said" as the one named before it', () => {
		const referents = (text: string) => analysed(text).contexts[0]?.referents;
		for (const text of [
			'Skipper Marek Dvorsky said he was ready to sail the ferry to Oslo in June.',
			'Dvorsky has also said that she wants the ferry to sail to Oslo in June.'
		]) {
			// Any text that keeps the clause keeps its speaker, or asks for it ("Who said he ...?").
			expect(referents(text)?.unresolved.size).toBe(0);
		}
		// Critics are not the "he" they speak of.
		for (const text of [
			'Critics said he was not ready to sail the ferry to Oslo in June.',
			'Officials in Oslo say she was never paid for the ferry in June.'
		]) {
			const found = referents(text);
			expect(found?.unresolved.size).toBe(1);
			expect(found?.local.size).toBe(0);
		}
	});

	it('reads "Boeing" or "Beijing" at the start as a name, not an abstract "-ing" subject', () => {
		expect(vagueReason('Boeing has orders for ten jets from a carrier in Wales.')).toBeNull();
		expect(vagueReason('Beijing will host the ferry talks in June.')).toBeNull();
		expect(vagueReason('Carrying on will require ten new ferries.')).toBe('unnamed subject');
	});

	it('writes in the one person named just before for "the Scottish boss"', () => {
		const text = rendered(
			'Coach John Harwood met the club board in Leeds on the first day of May 2021. The Scottish boss had been out of work since being sacked by Rovers in December 2018.',
			1
		);
		expect(text).toMatch(/^John Harwood had been out of work/);
	});

	it('drops a dateline of one place name written in lower case', () => {
		expect(
			rendered('Chicago - Several hundred nurses marched to Lake Street to call for better pay.')
		).toMatch(/^Several hundred nurses marched/);
		// A person before a dash is no dateline.
		expect(
			rendered('Ann Lee - a nurse for 30 years - marched on the city hall in Leeds.')
		).not.toMatch(/^a nurse/);
	});

	it('drops an undatable "last night" that only says when', () => {
		const text = rendered(
			'The Harbour club sacked coach Ann Berry last night after three years in charge of the side.'
		);
		expect(text).toMatch(/sacked coach Ann Berry after three years/);
		// "since last week" is what the sentence says: never cut to "has not sailed since because".
		const ctx = analysed('The ferry has not sailed since last week because of the storm.')
			.contexts[0];
		const last = ctx?.sentence.tokens.findIndex((t) => t.normal === 'last') ?? -1;
		expect(last).toBeGreaterThan(0);
		expect(readableContext(ctx!).referents.replace.get(last)).toBeUndefined();
	});
});

describe('survey sentences', () => {
	it('reads "they" in a relative clause as the plural noun just before it', () => {
		const text = rendered(
			'Some 64% of the 2,000 parents asked said teachers did not get the support they needed.'
		);
		expect(text).toMatch(/the support they needed/);
		// A "they" that opens the sentence has nothing before it: still unresolved.
		expect(rendered('They said the support was not enough for the 2,000 parents.')).toBe('');
	});

	it('asks a share whose clause holds a negation, and blanks a share after "Some"', () => {
		expect(
			grammarProblem(
				'What percentage of the parents said teachers did not get the support they needed?',
				'question'
			)
		).toBeNull();
		expect(
			triviaReason({
				type: 'cloze',
				prompt: 'Some _____ said teachers did not get the support they needed.',
				answer: '64%',
				tags: ['quantity']
			})
		).toBeNull();
		expect(
			triviaReason({
				type: 'cloze',
				prompt: 'He spoke at the Harbour _____ conference in Leeds.',
				answer: '21',
				tags: ['quantity']
			})
		).toMatch(/inside a name/);
	});
});

describe('numbers', () => {
	it('asks "How many <what it counts> ...?" of a count that opens the lead', () => {
		const analysis = analysed(
			'Three hikers were rescued from the ridge near Glen Orrin after a storm cut off the only path down.'
		);
		const build = {
			contexts: analysis.contexts,
			facts: analysis.facts,
			mentions: (text: string) => mentionCount(analysis, text)
		};
		const count = analysis.facts.find((f) => f.kind === 'quantity' && f.answer === 'Three');
		expect(count).toBeDefined();
		expect(subjectCountPrompt(count!, build)).toBe(
			'How many hikers were rescued from the ridge near Glen Orrin?'
		);
		const questions = buildCandidates(analysis).filter((c) => /^How many hikers/.test(c.prompt));
		expect(questions.length).toBeGreaterThan(0);
		expect(questions.every((q) => gateReason(q) === null)).toBe(true);
	});
});

describe('distractor giveaways', () => {
	const fact = (kind: Fact['kind'], answer: string): Fact => ({
		kind,
		answer,
		sentence: 0,
		from: 0,
		to: 1,
		start: 0,
		end: answer.length,
		weight: 1
	});

	it('offers full names beside a full name and surnames beside a surname', () => {
		expect(sameShape(fact('person', 'Mara Lindqvist'), 'Tomas Brandt')).toBe(true);
		expect(sameShape(fact('person', 'Mara Lindqvist'), 'Brandt')).toBe(false);
		expect(sameShape(fact('person', 'Lindqvist'), 'Tomas Brandt')).toBe(false);
	});

	it('offers no titled surname and no second option for one person', () => {
		expect(samePersonOrTitled('John Harwood', 'Mr Harwood', [])).toBe(true);
		expect(samePersonOrTitled('John Harwood', 'David Harwood', [])).toBe(true);
		expect(samePersonOrTitled('John Harwood', 'Mary Smith', ['Peter Smith'])).toBe(true);
		expect(samePersonOrTitled('John Harwood', 'Mary Smith', ['Peter Collins'])).toBe(false);
	});

	it('offers no titled name in a "Who said ...?" question', () => {
		const analysis = analysed(
			'Michael Brown said: "The new timetable is a good one for every island in the group." Andy Clarke disagreed. Mr Clarke spoke to John Harwood and Peter Collins about the ferry. Mary Smith and David Jones stayed away.'
		);
		const build = {
			contexts: analysis.contexts,
			facts: analysis.facts,
			mentions: (text: string) => mentionCount(analysis, text)
		};
		const said = quoteQuestions(analysis.facts, build).filter((c) => c.answer === 'Michael Brown');
		expect(said.length).toBeGreaterThan(0);
		for (const question of said) {
			expect(question.options?.some((o) => /^Mr /.test(o))).toBe(false);
			expect(question.options?.filter((o) => /Clarke$/.test(o)).length).toBeLessThanOrEqual(1);
		}
	});

	it('keeps options near the answer in length', () => {
		expect(sameShape(fact('org', 'Northern Rail'), 'Coastal Ferries')).toBe(true);
		expect(sameShape(fact('org', 'NRA'), 'Federation of Small Rural Businesses')).toBe(false);
		expect(sameShape(fact('place', 'Oslo'), 'Republic of the Congo')).toBe(false);
	});

	it('gives an unround answer unround options and a round answer round ones', () => {
		const unround = numberDistractors('86', 'seed');
		expect(unround.length).toBeGreaterThanOrEqual(3);
		expect(unround.some((o) => Number(o) % 5 !== 0)).toBe(true);
		const big = numberDistractors('1,234', 'seed');
		expect(big.filter((o) => Number(o.replace(/,/g, '')) % 100 === 0)).toEqual([]);
		for (const option of numberDistractors('40', 'seed')) expect(Number(option) % 5).toBe(0);
	});
});

describe('one sentence, two questions', () => {
	const make = (
		type: Candidate['type'],
		prompt: string,
		answer: string,
		key: string,
		sentence = 3
	): Candidate => ({
		type,
		prompt,
		answer,
		sourceSentence: sentence,
		difficulty: 2,
		tags: [],
		score: 1,
		factKey: key
	});
	const cloze = make(
		'cloze',
		'The ferry left Oban at dawn and reached _____ by noon.',
		'Mull',
		'3:mull'
	);

	it('keeps a statement of another clause beside a cloze, never one that shows its answer', () => {
		const other = make('truefalse', 'The ferry left Oban at dawn.', 'true', '3:oban');
		const shows = make('truefalse', 'The ferry reached Mull by noon.', 'true', '3:noon');
		const same = make('truefalse', 'The ferry reached Skye by noon.', 'false', '3:mull');
		expect(clozeAndStatementOverlap(cloze, other)).toBe(false);
		expect(clozeAndStatementOverlap(cloze, shows)).toBe(true);
		expect(clozeAndStatementOverlap(cloze, same)).toBe(true);
	});

	it('never puts them back to back', () => {
		const statement = make('truefalse', 'The ferry left Oban at dawn.', 'true', '3:oban');
		const later = make('mcq', 'Which island did the ferry reach next?', 'Islay', '4:islay', 4);
		const order = apart([cloze, statement, later]);
		expect(order.map((c) => c.factKey)).toEqual(['3:mull', '4:islay', '3:oban']);
	});
});

describe('second sample', () => {
	it('refuses a cloze whose blank took a full stop or cuts a title, and a swapped month after "An"', () => {
		expect(
			grammarProblem('_____. executive Ann Lee said demand led to the outage.', 'cloze')
		).toMatch(/full stop/);
		expect(grammarProblem('Harbour Chief _____ faced questions on Monday.', 'cloze')).toMatch(
			/title/
		);
		expect(grammarProblem('Harbour Chief Executive _____ faced questions.', 'cloze')).toBeNull();
		expect(grammarProblem('An September report showed the ferry lost money.', 'statement')).toMatch(
			/article/
		);
		expect(grammarProblem('An August report showed the ferry lost money.', 'statement')).toBeNull();
	});

	it('refuses a dateline blank, a byline, and a number inside a name with "&"', () => {
		const cloze = (prompt: string) =>
			triviaReason({ type: 'cloze', prompt, answer: 'x', tags: ['place'] });
		expect(cloze('_____ - Several hundred nurses marched on the town hall.')).toBe('dateline');
		expect(
			triviaReason({
				type: 'truefalse',
				prompt: 'More information: A. Lee et al. Ferries of the North Sea (2019).',
				answer: 'true',
				tags: []
			})
		).toMatch(/byline/);
		expect(
			triviaReason({
				type: 'truefalse',
				prompt: 'Staff journalists Ann Lee in Leeds and Bo Kim in York contributed.',
				answer: 'true',
				tags: []
			})
		).toMatch(/byline/);
		expect(
			triviaReason({
				type: 'cloze',
				prompt: 'The R&D _____ index was little changed.',
				answer: '40',
				tags: ['quantity']
			})
		).toMatch(/inside a name/);
	});

	it('finds "both tornadoes", "the body" and a "there" that points back vague', () => {
		expect(vagueReason('Both storms caused damage to homes in the valley.')).not.toBeNull();
		expect(vagueReason('Leeds council called for a meeting of the body.')).toBe(
			'unresolved reference'
		);
		expect(vagueReason('Lee has never raced there before the final.')).toBe('unresolved reference');
		expect(vagueReason('Lee said there was no race in Leeds in 2019.')).toBeNull();
		expect(vagueReason('Barely a week ago, Lee had scored once in ten games.')).toBe(
			'relative time'
		);
		expect(vagueReason('There were 40 boats in the Leeds race in 2019.')).toBeNull();
	});

	it('never writes in a bare title for a "he" from the sentence before', () => {
		const text = rendered(
			'Captain Harwood is central to the plans of Leeds. He is determined to stay at the club in 2025.',
			1
		);
		expect(text).not.toMatch(/^Captain\b/);
	});
});
