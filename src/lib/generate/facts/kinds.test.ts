// Entity and number kinds on sentences written in the shape of real failures.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { KIND_TRUSTED, kindConfidence } from './types';
import { whTarget } from '../questions/targets';
import { whQuestion } from '../wh';

function factsOf(text: string) {
	return analyse([text], 2024).facts;
}

describe('entity kinds', () => {
	it("keeps a party or nationality out of a person's name", () => {
		const people = factsOf('Labour veteran Dennis Skinner beat Tory Alan Jones in the vote.')
			.filter((f) => f.kind === 'person')
			.map((f) => f.answer);
		expect(people).toContain('Alan Jones');
		expect(people).not.toContain('Tory Alan Jones');
		const hostage = factsOf('Gunmen freed American Kevin Walsh after two years in captivity.').find(
			(f) => f.kind === 'person'
		);
		expect(hostage?.answer).toBe('Kevin Walsh');
	});

	it('keeps "Chief Executive" out of the name it titles', () => {
		const chief = factsOf(
			'Harbourline Chief Executive Mara Lindqvist faced questions from the transport committee.'
		).find((f) => f.kind === 'person');
		expect(chief?.answer).toBe('Mara Lindqvist');
		expect(chief?.role).toBe('Harbourline Chief Executive');
	});

	it('marks a name that only modifies a noun, and never swaps or asks it', () => {
		const iraq = factsOf('The senator said the Iraq war had hurt public trust badly.').find(
			(f) => f.answer === 'Iraq'
		);
		expect(iraq?.modifier).toBe(true);
		expect(iraq && whTarget(iraq)).toBeNull();
	});

	it('does not take a sentence adverb or conjunction into a role', () => {
		const fact = factsOf(
			'When Kenyan President Daniel Moi took office, the economy was weak.'
		).find((f) => f.kind === 'person');
		expect(fact?.role).toBe('Kenyan President');
	});

	it('asks for a person together with the role written before the name', () => {
		const analysis = analyse(
			['Party leaders rebuked Ohio Senator Mark Hale for soliciting gifts.'],
			2024
		);
		const ctx = analysis.contexts[0];
		const fact = analysis.facts.find((f) => f.answer === 'Mark Hale');
		const target = fact && whTarget(fact);
		expect(ctx && target && whQuestion(ctx, target)).toBe(
			'Who did party leaders rebuke for soliciting gifts?'
		);
	});
});

describe('number kinds', () => {
	it('counts numbers written in words, with what they count', () => {
		const counts = factsOf('The coach won three league titles and two million fans cheered him on.')
			.filter((f) => f.kind === 'quantity')
			.map((f) => `${f.answer}|${f.unit}`);
		expect(counts).toEqual(['three|league titles', 'two million|fans']);
		expect(
			factsOf('The two leaders met for the first time in the last six months.').filter(
				(f) => f.kind === 'quantity'
			)
		).toEqual([]);
	});

	it('does not count an age in apposition', () => {
		const numbers = factsOf(
			'Maria Lopez, 41, opened the bakery with 12 employees in the town.'
		).filter((f) => f.kind === 'quantity');
		expect(numbers.map((f) => f.answer)).toEqual(['12']);
	});

	it('does not count model numbers or emergency numbers', () => {
		expect(
			factsOf('The 350 program has been delayed by engine faults in testing.').filter(
				(f) => f.kind === 'quantity'
			)
		).toEqual([]);
		expect(
			factsOf('Airlines grounded their 220 Neo jets after two crashes this spring.')
				.filter((f) => f.kind === 'quantity')
				.map((f) => f.answer)
		).toEqual(['two']);
		expect(
			factsOf('Dispatchers received 911 calls from residents across the county.').filter(
				(f) => f.kind === 'quantity'
			)
		).toEqual([]);
	});

	it('does not count the minutes or seconds of a clock time', () => {
		// "3:42 into overtime" once became a false statement "3:70 into overtime".
		const numbers = factsOf(
			'Sara Quinn scored 3:42 into overtime to give the Rovers their 12th straight win.'
		).filter((f) => f.kind === 'quantity');
		expect(numbers.map((f) => f.answer)).not.toContain('42');
	});

	it('still counts plain quantities', () => {
		const counts = factsOf('The airline has 270 aircraft and ordered 30 new jets last month.')
			.filter((f) => f.kind === 'quantity')
			.map((f) => f.answer);
		expect(counts).toEqual(['270', '30']);
	});
});

describe('roles and referents', () => {
	it('reads "Chief of Police" as the role of the name after it', () => {
		const fact = factsOf('Chief of Police Wayne Cole said the search would go on overnight.').find(
			(f) => f.kind === 'person'
		);
		expect(fact?.answer).toBe('Wayne Cole');
		expect(fact?.role).toBe('Chief of Police');
	});

	it('treats "the Portuguese coach" and "the 48-year-old" as pointing back', () => {
		for (const text of [
			'The Portuguese coach had been out of work since March 2019.',
			'The 48-year-old was sentenced to 50 weeks in jail in May.'
		]) {
			const analysis = analyse([text], 2024);
			expect(analysis.contexts[0]?.referents.unresolved.has(0)).toBe(true);
		}
	});

	it('leaves out "last night" when it says when, and keeps "last season" unknown when it scopes a count', () => {
		const last = (text: string) => {
			const ctx = analyse([text], undefined).contexts[0];
			const at = ctx?.sentence.tokens.findIndex((t) => t.normal === 'last') ?? -1;
			return {
				unresolved: ctx?.referents.unresolved.has(at),
				dropped: ctx?.referents.dropped?.has(at)
			};
		};
		expect(last('The coach was sacked last night after five years in charge of the club.')).toEqual(
			{
				unresolved: false,
				dropped: true
			}
		);
		expect(last('The club finished third in the league last season with 70 points.')).toEqual({
			unresolved: true,
			dropped: undefined
		});
		// "spent last night in jail": the time is the verb's object and stays.
		expect(last('The coach spent last night in a cell at the police station.')).toEqual({
			unresolved: true,
			dropped: undefined
		});
	});

	it('asks "What" for an agent that is a thing, "Who" for people', () => {
		const analysis = analyse(
			['Ground tests of the engine found that the nozzle was too hot.'],
			2024
		);
		const agent = analysis.facts.find((f) => f.kind === 'agent');
		if (agent) expect(whTarget(agent)?.wh).toBe('What');
	});
});

describe('names of unknown kind', () => {
	it('are blanked but never asked, swapped or offered as distractors', () => {
		const fact = factsOf(
			'The rocket maker Blue Falcon said its engine had failed in testing.'
		).find((f) => f.answer === 'Blue Falcon');
		expect(fact?.kind).toBe('term');
		expect(fact?.subtype).toBe('name');
		expect(fact && whTarget(fact)).toBeNull();
	});
});

describe('objects and definitions', () => {
	it('ends a definition before a dash aside', () => {
		const definition = factsOf(
			'Referendums are a rare event in Swiss cantons - the last was held in 2019 - and they can change laws.'
		).find((f) => f.kind === 'definition');
		expect(definition?.answer).toBe('a rare event in Swiss cantons');
	});

	it('keeps "in charge of" inside an object and drops an object that only opens a list', () => {
		const objects = (text: string) =>
			factsOf(text)
				.filter((f) => f.kind === 'object')
				.map((f) => f.answer);
		expect(
			objects(
				'The new office provides support for farmers in charge of water supplies across the valley.'
			)
		).toEqual(['support for farmers in charge of water supplies']);
		expect(
			objects('The festival will include the Blue Lantern parade, as well as concerts in the park.')
		).toEqual([]);
	});

	it('drops an object whose restrictive relative clause a question would strand', () => {
		const objects = (text: string) =>
			factsOf(text)
				.filter((f) => f.kind === 'object')
				.map((f) => f.answer);
		expect(objects('The Harlow plan creates new costs that are hard to measure.')).toEqual([]);
		expect(objects('The Harlow plan creates new costs, which farmers will pay.')).toEqual([
			'new costs'
		]);
	});
});

describe('kind confidence', () => {
	it('is high for a titled name or a country, low for a name that only modifies a noun', () => {
		const facts = factsOf(
			'Governor Gavin Ross toured the Sierra Nevada foothills and then flew to Canada on Monday.'
		);
		const of = (answer: string) => facts.find((f) => f.answer === answer);
		expect(kindConfidence(of('Gavin Ross') ?? {})).toBeGreaterThanOrEqual(0.9);
		expect(kindConfidence(of('Canada') ?? {})).toBeGreaterThanOrEqual(0.9);
		expect(kindConfidence(of('Sierra Nevada') ?? {})).toBeLessThan(KIND_TRUSTED);
	});
});
