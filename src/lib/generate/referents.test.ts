import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { generateQuestionSet } from './index';

/** The words of the sentence that no question may show, as the referents read them. */
function pointingOutside(sentences: string[], index: number): string[] {
	const ctx = analyse(sentences, undefined).contexts[index];
	if (!ctx) return [];
	const { unresolved, local, firstPerson } = ctx.referents;
	return [...unresolved]
		.filter((i) => !local.has(i) && !firstPerson.has(i))
		.map((i) => ctx.sentence.tokens[i]?.normal ?? '');
}

describe('an "it" or "they" the sentence itself names', () => {
	const before = 'Ferries were late across the coast on Monday after a storm.';

	it('reads back to the subject after a verb of saying or a conjunction', () => {
		expect(
			pointingOutside([before, 'Nordlink said it would cut 200 jobs at the Brindle yard.'], 1)
		).toEqual([]);
		expect(
			pointingOutside(
				[before, 'The Harbour Party lost 40 seats when it changed its leader in March.'],
				1
			)
		).toEqual([]);
		expect(
			pointingOutside([before, 'The dockers said they would strike for three days in May.'], 1)
		).toEqual([]);
	});

	it('stays unresolved when nothing in the sentence fits', () => {
		// A verdict on something only the sentence before names.
		expect(
			pointingOutside([before, 'The minister said it was unacceptable for 300 passengers.'], 1)
		).toEqual(['it']);
		// A plural subject for "it", a person for "it".
		expect(
			pointingOutside([before, 'The dockers said it would cost 200 jobs at the yard.'], 1)
		).toEqual(['it']);
		expect(
			pointingOutside([before, 'Ann Berg said it would cost 200 jobs at the yard.'], 1)
		).toEqual(['it']);
	});
});

describe('"US" in capitals', () => {
	it('is the country, not the pronoun "us"', () => {
		expect(pointingOutside(['Kerrigan faces 12 fraud charges in the US.'], 0)).toEqual([]);
		expect(pointingOutside(['Harlow Mills sold 40 tractors to US farms in 2020.'], 0)).toEqual([]);
		// The pronoun is still a speaker's word: unknown outside its quotation.
		const ctx = analyse(['The mayor told us that 40 homes flooded.'], undefined).contexts[0];
		const unknown = [...(ctx?.referents.unresolved ?? [])].map(
			(k) => ctx?.sentence.tokens[k]?.normal
		);
		expect(unknown).toEqual(['us']);
	});
});

describe('a relative "that" after its noun', () => {
	it('is no demonstrative standing for something earlier', () => {
		expect(
			pointingOutside(
				['Crews found a leak of gas that was feeding the fire at the Harlow mill.'],
				0
			)
		).toEqual([]);
		expect(
			pointingOutside(['Harlow added 14 rules that would limit night flights in 2020.'], 0)
		).toEqual([]);
		// "That is why ..." and "for that level" still point back.
		expect(pointingOutside(['That was why the Harlow mill shut in 2020.'], 0)).toEqual(['that']);
	});
});

describe('"currently" and "in recent years"', () => {
	it('date nothing a question needs; "yesterday" is left out', () => {
		expect(pointingOutside(['Harlow Mills currently employs 400 people in Leeds.'], 0)).toEqual([]);
		expect(
			pointingOutside(['In recent years the Harlow mill has cut 90 jobs in Leeds.'], 0)
		).toEqual([]);
		// "yesterday" dates the cut to a day the reader cannot know: rewrites leave it out.
		const ctx = analyse(['Harlow Mills cut 90 jobs in Leeds yesterday.'], undefined).contexts[0];
		expect(ctx?.referents.unresolved.size).toBe(0);
		expect([...(ctx?.referents.dropped ?? [])].map((k) => ctx?.sentence.tokens[k]?.normal)).toEqual(
			['yesterday']
		);
		expect(pointingOutside(['In a recent raid, police seized 90 guns in Leeds.'], 0)).toEqual([
			'recent'
		]);
	});
});

describe('an opening "It" after a sentence that opens on a company', () => {
	it('is that company, even when the sentence before does not call it "it"', () => {
		const sentences = [
			'Nordair Group plans to open five routes to Spain next spring.',
			'It is betting on smaller jets such as the A220 for the new routes.'
		];
		const ctx = analyse(sentences, undefined).contexts[1];
		expect(ctx?.referents.replace.get(0)).toBe('Nordair Group');
		// A person is no company: "It" stays unknown.
		expect(
			pointingOutside(
				[
					'Anna Berg plans to open five routes to Spain.',
					'It is betting on smaller jets for the new routes.'
				],
				1
			)
		).toEqual(['it']);
	});
});

describe('"He" after the story\'s own person, named by an epithet or a surname alone', () => {
	it('is that person', () => {
		const story = [
			'Prosecutors in Norway have charged the Harlow Mills founder Oskar Lindqvist with fraud.',
			'Lindqvist, who denies the charge, left Norway for Chile in 2019.',
			'Lindqvist was arrested in Santiago in May.',
			'Lindqvist will appear before a court in Oslo in June.',
			'The 61-year-old Norwegian was flown back to Oslo in July.',
			'He is being held at Ullersmo prison near Oslo.'
		];
		expect(analyse(story, undefined).contexts[5]?.referents.replace.get(0)).toBe('Lindqvist');
		// With nobody the story is about, a surname the tagger does not know says nothing.
		const other = [
			'Oslo police charged Oskar Lindqvist and Anna Berg with fraud in May.',
			'Lindqvist, who denies the charge, left Norway for Chile in 2019.',
			'He is being held at Ullersmo prison near Oslo.'
		];
		expect(pointingOutside(other, 2)).toEqual(['he']);
	});
});

describe('a first name and a surname the tagger does not know', () => {
	it('are written in together for a later "his"', () => {
		const sentences = [
			"The trial of Thomas Kvalheim's business partner began in Oslo in May.",
			'His lawyers asked the court for a delay of 40 days.'
		];
		const ctx = analyse(sentences, undefined).contexts[1];
		expect(ctx?.referents.replace.get(0)).toBe("Thomas Kvalheim's");
	});
});

describe('a "his" after a subject named by a role', () => {
	it('is that subject, not the person of the sentence before', () => {
		const sentences = [
			'Prosecutors in Oslo dropped the case against Oskar Lindqvist in May.',
			'The Harlow Mills founder always said that his fear of arrest kept him in Chile.'
		];
		const ctx = analyse(sentences, undefined).contexts[1];
		expect([...(ctx?.referents.replace.values() ?? [])]).not.toContain("Oskar Lindqvist's");
	});
});

describe('a "his" after the surname of the person it stands for', () => {
	it('stays "his": the name is not written in a second time', () => {
		const sentences = [
			'Customs officers in Hull stopped the boat builder Oskar Lindqvist in March.',
			'Lindqvist was fined in June for breaking his licence terms.'
		];
		const ctx = analyse(sentences, undefined).contexts[1];
		expect([...(ctx?.referents.replace.values() ?? [])]).not.toContain("Oskar Lindqvist's");
		expect(pointingOutside(sentences, 1)).toEqual([]);
	});
});

describe('"the rover" after "the rover Tenacity"', () => {
	it('is written in as the name the story gave it', () => {
		const text = [
			'The space agency landed the rover Tenacity in the Jezero crater on Mars in February 2021.',
			'The rover drilled 40 rock samples in its first year near the crater rim.'
		].join('\n\n');
		const prompts = generateQuestionSet({ text, title: 'Mars rover drills samples' }).questions.map(
			(q) => q.prompt
		);
		expect(prompts.some((p) => /rock samples/.test(p))).toBe(true);
		for (const prompt of prompts.filter((p) => /rock samples/.test(p)))
			expect(prompt).toMatch(/Tenacity/);
	});
});
