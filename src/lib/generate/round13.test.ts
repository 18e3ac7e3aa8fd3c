// Regression tests for round 13: where a sentence sits in its paragraph, cards that ask a bare
// "What" for a short thing, and failure kinds held-out raters found (news datelines, "contacted
// for comment", "All three", "the Scot", a capital standing for its country). Sentences written
// for these tests in the shape of the failures.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { gateReason } from './gates';
import { generateQuestionSet } from './index';
import { buildCandidates } from './questions/index';
import { splitParagraphs, splitSentences } from './sentences';
import { normaliseText } from './text';

const statement = (prompt: string) =>
	gateReason({ type: 'truefalse', prompt, answer: 'true', tags: [] });
const cloze = (prompt: string, answer: string) =>
	gateReason({ type: 'cloze', prompt, answer, tags: [] });
const question = (prompt: string, answer: string, type: 'mcq' | 'flashcard' = 'mcq') =>
	gateReason({ type, prompt, answer, tags: [] });

function cards(text: string) {
	const analysis = analyse(splitSentences(normaliseText(text)), 2024);
	return buildCandidates(analysis).filter((c) => c.type === 'flashcard');
}

describe('paragraphs', () => {
	it('are kept through sentence splitting', () => {
		const text = 'Kelby shut 3 libraries. Brenna kept hers.\nThe council met in May. It voted 5-2.';
		expect(splitParagraphs(text)).toEqual([
			['Kelby shut 3 libraries.', 'Brenna kept hers.'],
			['The council met in May.', 'It voted 5-2.']
		]);
		expect(splitSentences(text)).toEqual(splitParagraphs(text).flat());
	});

	it("make a paragraph's first sentence weigh more than one inside a paragraph", () => {
		const filler = (k: number) => `Farmers in the valley of Harlow planted ${k} new orchards.`;
		// Twelve sentences; the tenth opens a paragraph in one layout and not in the other.
		const sentences = Array.from({ length: 12 }, (_, k) => filler(k + 10));
		const together = analyse(sentences, 2024, undefined, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
		const apart = analyse(sentences, 2024, undefined, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
		expect(apart.salience.sentence[9]).toBeGreaterThan(together.salience.sentence[9] ?? 1);
		// The sentence after it is inside its paragraph: no change.
		expect(apart.salience.sentence[10]).toBe(together.salience.sentence[10]);
		expect(apart.salience.sentence[0]).toBe(together.salience.sentence[0]);
	});

	it('reach the generator from the pasted text', () => {
		const set = generateQuestionSet({
			title: 'Harlow orchards',
			text: 'Farmers in Harlow planted 40 new orchards in 2023.\n\nThe Harlow council paid 2 million pounds for the trees in 2022.'
		});
		expect(set.sentences).toHaveLength(2);
		expect(set.questions.length).toBeGreaterThan(0);
	});
});

describe('cards that ask a bare "What"', () => {
	it('are not made for a short thing done or made', () => {
		const prompts = cards('The Tane Studio created an optical illusion in 2023.').map(
			(c) => c.prompt
		);
		expect(prompts.some((p) => /^What did the Tane Studio create/.test(p))).toBe(false);
	});

	it('are made when the back carries the fact', () => {
		const backs = cards(
			'The Harlow treaty includes provisions for immediate flood relief should either town be hit by storms.'
		).map((c) => c.answer);
		expect(backs.some((a) => /^Provisions for immediate flood relief/.test(a))).toBe(true);
	});

	it('define with "a" or "an", never with a description that picks the thing out', () => {
		const prompts = (text: string) => cards(text).map((c) => `${c.prompt} ${c.answer}`);
		expect(
			prompts('Brenna is the second town in the county to ban plastic bags from its shops.')
		).not.toContainEqual(expect.stringMatching(/^What is Brenna\?/));
		expect(
			prompts('Harlow cress is a hardy salad plant that grows along the banks of rivers.')
		).toContainEqual(expect.stringMatching(/^What is harlow cress\? A hardy salad plant/i));
	});

	it('ask "Who" for a person the document names, and refuse a back with a second predicate', () => {
		const prompts = cards(
			'Coach Dana Reyes led Kelby Rovers to the league title in 2021. ' +
				'Dana Reyes is a plain speaker who rarely gives interviews.'
		).map((c) => c.prompt);
		expect(prompts).not.toContain('What is Dana Reyes?');
		expect(
			question('What is the Harlow fund?', 'A plain idea and will be equally simple.', 'flashcard')
		).toMatch(/second predicate/);
	});
});

describe('gates from the raters of round 13', () => {
	it('strip a news agency dateline in mixed case, without a dash or a space', () => {
		expect(normaliseText('Kelby, Harland (CNN) A week before the vote, rumours spread.')).toBe(
			'A week before the vote, rumours spread.'
		);
		expect(normaliseText('(CNN)Harlow astronaut Dana Reyes has started a record trip.')).toBe(
			'Harlow astronaut Dana Reyes has started a record trip.'
		);
		expect(normaliseText('Kelby (Reuters) -- The council voted 5-2.')).toBe(
			'The council voted 5-2.'
		);
		// A name in brackets is not an agency.
		expect(normaliseText('Kelby Rovers (KR) won the league in 2021.')).toBe(
			'Kelby Rovers (KR) won the league in 2021.'
		);
	});

	it('drop a request for comment', () => {
		expect(
			statement('The BBC has contacted the Harlow robot makers Tane and Orbitel for comment.')
		).toMatch(/no comment/);
		expect(statement('Orbitel did not answer a request for comment on the Harlow plant.')).toMatch(
			/no comment/
		);
	});

	it('drop a statement about "All three" or "the Scot" that names them elsewhere', () => {
		expect(statement('All three had return tickets to leave Harlow on 4 February 2018.')).toMatch(
			/vague/
		);
		expect(
			statement('Coach Dana Reyes said the Scot might be put under too much pressure in 2025.')
		).toMatch(/vague/);
		// "the German government" names a government; the blank before the epithet is its person.
		expect(statement('The German government approved the Harlow deal in May 2024.')).toBeNull();
		expect(
			cloze(
				'In the year that has seen _____ emerge as the great new hope, Dana Reyes said the Scot would win in 2025.',
				'Andy Kerr'
			)
		).toBeNull();
	});

	it('drop a statement whose subject is an institution it does not name', () => {
		expect(
			statement('The medical center is planning a reception for all 12 patients in late March.')
		).toMatch(/vague/);
		expect(
			statement('The church said more than 30 members were taken away by police in 2018.')
		).toMatch(/vague/);
		expect(statement('The hospital in Brenna treated 40 patients in 2019.')).toBeNull();
	});

	it('refuse a capital when the prompt names the country it stands for', () => {
		expect(
			cloze(
				'The assembly voted to condemn the UK occupation of the Harlow Islands, a defeat for _____ on the world stage.',
				'London'
			)
		).toMatch(/giveaway/);
		expect(
			question('In which city did the Kremlin dismiss the Harlow report in 2018?', 'Moscow')
		).toMatch(/giveaway/);
		expect(
			cloze('Dana Reyes moved from Harlow to _____ in 2019 to open a bakery.', 'London')
		).toBeNull();
	});

	it('refuse a question with a second question word or a preposition for a subject', () => {
		expect(
			question('Which organisation did staff at Harlow Radio create what they call?', 'Tane')
		).toMatch(/second question word/);
		expect(
			question('What did among the Kelby council members cite in 2023?', 'Rising costs.')
		).toMatch(/preposition as subject/);
		expect(question('What did why has the league create in 2022?', 'A rule.')).toMatch(
			/preposition as subject/
		);
		expect(question('Which organisation did staff at Harlow Radio create in 2021?', 'Tane')).toBe(
			null
		);
	});
});

describe('a fronted passing time', () => {
	const dropped = (text: string) => {
		const ctx = analyse([text], undefined).contexts[0];
		return [...(ctx?.referents.dropped ?? [])].map((k) => ctx?.sentence.tokens[k]?.normal);
	};

	it('comes out whole with its comma, so the sentence still gives a statement', () => {
		expect(
			dropped(
				'Earlier this year, the Tane robotaxi service suffered a fault that left 100 robotaxis stranded in Brenna.'
			)
		).toEqual(['earlier', 'this', 'year']);
		expect(dropped('Recently, the Kelby council shut 3 libraries in the north.')).toEqual([
			'recently'
		]);
		const set = generateQuestionSet({
			title: 'Robotaxis in Kelby',
			text:
				'Kelby has 400 robotaxis on its roads in 2024, more than any other city in Harland.\n\n' +
				'Earlier this year, the Tane robotaxi service suffered a software fault that left about 100 robotaxis stranded in Brenna.'
		});
		const second = set.questions.filter((q) => q.sourceSentence === 1);
		expect(second.length).toBeGreaterThan(0);
		for (const q of second) if (q.type !== 'cloze') expect(q.prompt).not.toMatch(/this year/i);
	});

	it('stays when it is no adverb set off by a comma', () => {
		// "Last year" scopes a count; "Earlier this year the council ..." has no comma to end it.
		expect(dropped('Last year, Kelby Rovers won 20 of their 38 matches.')).toEqual([]);
		expect(dropped('Earlier this year the Kelby council shut 3 libraries.')).toEqual([]);
	});
});
