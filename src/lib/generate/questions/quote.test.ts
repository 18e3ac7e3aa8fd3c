import { describe, expect, it } from 'vitest';
import { analyse, mentionCount } from '../analyse';
import { filterReason } from '../filters';
import { buildCandidates } from './index';
import { attributed, passages, quoteQuestions } from './quote';

/** Each sentence its own paragraph when `paragraphs` is set. */
function quotesOf(sentences: string[], paragraphs = false) {
	const paragraphOf = paragraphs ? sentences.map((_, i) => i) : undefined;
	const analysis = analyse(sentences, undefined, 'Harbour plans', paragraphOf);
	const build = {
		contexts: analysis.contexts,
		facts: analysis.facts,
		mentions: (text: string) => mentionCount(analysis, text)
	};
	return quoteQuestions(analysis.facts, build).filter(
		(c) => filterReason(c, analysis.sentences[c.sourceSentence]?.text, analysis.title) === null
	);
}

const PEOPLE = [
	'Harbour master Lena Okafor opened the new ferry terminal in Brindle on Monday.',
	'Mayor Victor Salas and engineer Nadia Petrov joined her at the ceremony.',
	'Union organiser Felix Brandt said workers had waited years for the terminal.'
];

describe('quotations', () => {
	it('finds a quotation that runs over sentences and the one who says it', () => {
		const found = passages([
			'"The terminal will carry two million passengers a year.',
			'Every ferry on the coast will stop here by the summer," Okafor said.',
			'"We are proud of the work," said Victor Salas.'
		]);
		expect(found.map((p) => p.parts.map((q) => q.sentence))).toEqual([[0, 1], [2]]);
		expect(found[0]?.speakerAt?.text).toBe('Okafor');
	});

	it('asks who said each sentence of it, naming the speaker in full', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"The terminal will carry two million passengers a year on the busiest routes.',
			'Every ferry on the coast will stop at Brindle by the summer," Okafor said.'
		]);
		expect(asked.map((c) => c.prompt)).toEqual([
			'Who said: "The terminal will carry two million passengers a year on the busiest routes"?',
			'Who said: "Every ferry on the coast will stop at Brindle by the summer"?'
		]);
		for (const question of asked) {
			expect(question.answer).toBe('Lena Okafor');
			expect([...(question.options ?? [])].sort()).toEqual([
				'Felix Brandt',
				'Lena Okafor',
				'Nadia Petrov',
				'Victor Salas'
			]);
		}
		// One quotation is one claim: asked once in a set.
		expect(new Set(asked.map((c) => c.factKey)).size).toBe(1);
	});

	it('reads "he said" as the one person named just before', () => {
		const asked = quotesOf([
			...PEOPLE,
			'Felix Brandt spoke to the crowd after the ribbon was cut.',
			'"Dock workers will earn more at the new terminal than at the old pier," he said.'
		]);
		expect(asked.map((c) => c.answer)).toEqual(['Felix Brandt']);
	});

	it('leaves "he said" alone when two people were named just before', () => {
		const asked = quotesOf([
			...PEOPLE,
			'Felix Brandt spoke to Victor Salas after the ribbon was cut.',
			'"Dock workers will earn more at the new terminal than at the old pier," he said.'
		]);
		expect(asked).toEqual([]);
	});

	it('refuses a quotation that points outside itself or goes on from words left out', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"It will carry two million passengers a year on the busiest routes," Okafor said.',
			'"But the old pier will stay open for fishing boats and small yachts," Okafor said.',
			'"We pray for the quick recovery of both men after the long crossing," Okafor said.'
		]);
		expect(asked).toEqual([]);
	});

	it('asks with a card when the document names too few other people', () => {
		const asked = quotesOf([
			'Harbour master Lena Okafor opened the new ferry terminal in Brindle on Monday.',
			'"The terminal will carry two million passengers a year on the busiest routes," Okafor said.'
		]);
		expect(asked.map((c) => [c.type, c.answer])).toEqual([['flashcard', 'Lena Okafor.']]);
	});
});

describe('a cloze or statement inside a quotation of several sentences', () => {
	it('is closed and given to its speaker', () => {
		expect(
			attributed(
				'"The terminal will carry _____ passengers a year.',
				'"The terminal will carry two million passengers a year.',
				'Lena Okafor'
			)
		).toBe('"The terminal will carry _____ passengers a year," Lena Okafor said.');
		expect(
			attributed(
				'Every ferry will stop at _____ by the summer," Okafor said.',
				'Every ferry will stop at Brindle by the summer," Okafor said.',
				'Lena Okafor'
			)
		).toBe('"Every ferry will stop at _____ by the summer," Okafor said.');
		expect(
			attributed(
				'Okafor said: "The terminal will open in _____.',
				'Okafor said: "The terminal will open in May.',
				'Lena Okafor'
			)
		).toBe('Okafor said: "The terminal will open in _____."');
		expect(
			attributed('We expect _____ ferries a day."', 'We expect 40 ferries a day."', 'Lena Okafor')
		).toBe('"We expect _____ ferries a day," Lena Okafor said.');
	});

	it('is dropped when cut from its quotation marks', () => {
		expect(
			attributed(
				'The terminal will carry _____ passengers a year.',
				'"The terminal will carry two million passengers a year, and more by 2030.',
				'Lena Okafor'
			)
		).toBeNull();
	});

	it("never states the speaker's words as the writer's", () => {
		const analysis = analyse(
			[
				...PEOPLE,
				'"The terminal will carry 40 ferries a day in the summer season.',
				'Brindle will need 300 more dock workers by the end of the decade.',
				'We have already trained 120 of them at the old pier," Okafor said.'
			],
			undefined,
			'Harbour plans'
		);
		const inside = buildCandidates(analysis).filter(
			(c) => c.sourceSentence >= 3 && (c.type === 'cloze' || c.type === 'truefalse')
		);
		expect(inside.length).toBeGreaterThan(0);
		for (const c of inside) expect(c.prompt, c.prompt).toMatch(/^".*" (?:Lena )?Okafor said\.$/);
	});
});

describe('"he said" and "she added" after someone of the other gender', () => {
	it('are not given to that person', () => {
		const lady = quotesOf([
			...PEOPLE,
			'Harbour master Lena Okafor wrote to the council about the terminal in May.',
			'He suggested that Lady Morgan had drafted the reply to the council herself.',
			'"I set out in the reply my own view that the pier was safe to use," he said.'
		]);
		expect(lady.map((c) => c.answer)).not.toContain('Lady Morgan');
		const man = quotesOf([
			...PEOPLE,
			'The union said the release of Michael Ferguson from the yard was a matter for the port.',
			'She added: "I have written to the mayor today asking for a full report on the yard."'
		]);
		expect(man.map((c) => c.answer)).not.toContain('Michael Ferguson');
	});
});

describe('a quotation whose speaker the sentence before names', () => {
	it('goes on in the words of the quotation before it', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"The ferries will run every hour from the first week of May," Okafor said.',
			'"Tickets will cost less than the bus fares on every route in the summer."'
		]);
		expect(asked.map((c) => [c.sourceSentence, c.answer])).toEqual([
			[3, 'Lena Okafor'],
			[4, 'Lena Okafor']
		]);
	});

	it('goes on from a report of what someone said', () => {
		const asked = quotesOf([
			...PEOPLE,
			'Victor Salas said on Monday that the council had paid for the terminal itself.',
			'"We borrowed nothing and the harbour will repay the city within ten years."'
		]);
		expect(asked.map((c) => c.answer)).toEqual(['Victor Salas']);
	});

	it('is left alone when the sentence before names two people or says nothing', () => {
		const two = quotesOf([
			...PEOPLE,
			'Victor Salas and Nadia Petrov spoke to reporters after the ceremony.',
			'"We borrowed nothing and the harbour will repay the city within ten years."'
		]);
		const none = quotesOf([
			...PEOPLE,
			'Victor Salas cut the ribbon in front of the new ticket hall on Monday.',
			'"We borrowed nothing and the harbour will repay the city within ten years."'
		]);
		expect([...two, ...none]).toEqual([]);
	});
});

describe('speakers the tagger files as something else', () => {
	it('takes a full name written once with a title before it', () => {
		const asked = quotesOf([
			...PEOPLE,
			'Dockers union president JB Marlowe backed the plan for the terminal.',
			'"The new cranes will double the cargo the port can handle in a single day," Marlowe said.'
		]);
		expect(asked.map((c) => c.answer)).toEqual(['JB Marlowe']);
	});

	it('takes a name after a long title', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"The terminal will carry two million passengers a year on the busiest routes," Secretary of State John Whitby said.'
		]);
		expect(asked.map((c) => c.answer)).toEqual(['John Whitby']);
	});
});

describe('what a quotation may hold to be asked', () => {
	it('takes an "it" or "there" that points at nothing', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"It is important to finish the terminal before the winter storms reach the coast," Okafor said.',
			'"There are more passengers on the coast than the old pier could ever handle," Salas said.'
		]);
		expect(asked.map((c) => c.answer)).toEqual(['Lena Okafor', 'Victor Salas']);
	});

	it('refuses a quotation inside it that is cut before it closes', () => {
		const cut = quotesOf([
			...PEOPLE,
			'"It is exciting to see so many people in Brindle step up and say, \'I am here," Okafor said.'
		]);
		expect(cut).toEqual([]);
		const whole = quotesOf([
			...PEOPLE,
			'"It is exciting to see so many people in Brindle step up and say \'I am here\'," Okafor said.'
		]);
		expect(whole.map((c) => c.answer)).toEqual(['Lena Okafor']);
	});

	it('refuses a guess ("I think ...")', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"I think we are going to know a lot more about the terminal in the course of the day," Okafor said.'
		]);
		expect(asked).toEqual([]);
	});

	it('offers as other speakers only people, never a name the text says one is "at"', () => {
		const asked = quotesOf([
			'Harbour master Lena Okafor opened the new ferry terminal in Brindle on Monday.',
			'Mayor Victor Salas and engineer Nadia Petrov joined her at the ceremony.',
			'Doctors at Johns Hopkins will run the clinic in the new terminal.',
			'"The terminal will carry two million passengers a year on the busiest routes," Okafor said.'
		]);
		expect(asked.length).toBeGreaterThan(0);
		for (const question of asked) expect(question.options ?? []).not.toContain('Johns Hopkins');
	});

	it('refuses words an editor cut or put in', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"The terminal will carry two million [passengers] a year on the busiest routes," Okafor said.',
			'"Every ferry on the coast will stop at Brindle by the summer . . . ," Salas said.'
		]);
		expect(asked).toEqual([]);
	});

	it('asks the first part of a quotation broken by its speaker', () => {
		const asked = quotesOf([
			...PEOPLE,
			'"The terminal will carry two million passengers a year on the busiest routes," Okafor said, adding: "More will follow."'
		]);
		expect(asked.map((c) => c.prompt)).toEqual([
			'Who said: "The terminal will carry two million passengers a year on the busiest routes"?'
		]);
	});
});

describe('a quotation that runs on into the next paragraph', () => {
	it('is said by the speaker the next paragraph names', () => {
		const asked = quotesOf(
			[
				...PEOPLE,
				'"The terminal will carry two million passengers a year on the busiest routes.',
				'"Every ferry on the coast will stop at Brindle by the end of the summer season," Okafor said.'
			],
			true
		);
		expect(asked.map((c) => [c.sourceSentence, c.answer])).toEqual([
			[3, 'Lena Okafor'],
			[4, 'Lena Okafor']
		]);
	});

	it('ends at the end of its paragraph when the next one opens with no quotation mark', () => {
		const found = passages(
			[
				'"Some think of the terminal as a ferry stop, and some of us see a new town centre.',
				'Union organiser Felix Brandt said that the harbour was busy.'
			],
			[0, 1]
		);
		expect(found.flatMap((p) => p.parts.map((part) => part.sentence))).not.toContain(1);
	});

	it('is said by the speaker of the sentence before it, paragraph after paragraph', () => {
		const asked = quotesOf(
			[
				...PEOPLE,
				'Victor Salas said the council had paid for the terminal without any new borrowing.',
				'"We borrowed nothing and the harbour will repay the city within ten years.',
				'"The ferries will bring more visitors to Brindle than the old pier ever did."'
			],
			true
		);
		expect(asked.map((c) => c.answer)).toEqual(['Victor Salas', 'Victor Salas']);
	});
});
