import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from './index';
import { topicGiveaway } from './salience';

describe('topicGiveaway and the title', () => {
	it('gives away a name the title gives, or a country by its adjective, but not a figure', () => {
		const salience = { sentence: [], topics: [], titled: [] };
		expect(topicGiveaway('Ann Berg', 'Ann Berg to lead Oslo club', salience)).toBe(true);
		expect(topicGiveaway('Spain', 'What the Spanish papers said', salience)).toBe(true);
		expect(topicGiveaway('3,000', 'Acme to cut 3,000 jobs', salience)).toBe(false);
		// A title that gives the surname gives the name.
		expect(topicGiveaway('Ann Berg', 'Berg keeps Oslo in the race', salience)).toBe(true);
		expect(topicGiveaway('Ann Berg', 'Oslo stays in the race', salience)).toBe(false);
		expect(topicGiveaway('Oslo', 'What the Spanish papers said', salience)).toBe(false);
	});
});

describe('topicGiveaway and a shorter form', () => {
	const none = { sentence: [], topics: [], titled: [] };

	it('gives away a name the title calls by one of its words', () => {
		const title = 'Webb telescope spots water around a distant star';
		expect(topicGiveaway('James Webb Space Telescope', title, none)).toBe(true);
		expect(topicGiveaway('Hubble Space Telescope', title, none)).toBe(false);
		// "Space" and "Telescope" name nothing by themselves.
		expect(topicGiveaway('Hubble Space Telescope', 'Space telescope finds water', none)).toBe(
			false
		);
		// A word the text writes in lower case is no name: "farmers" is not "Farmers Union".
		expect(topicGiveaway('Coastal Farmers Union', 'Web reaches farmers in Peru', none)).toBe(true);
		const common = { ...none, common: new Set(['farmers']) };
		expect(topicGiveaway('Coastal Farmers Union', 'Web reaches farmers in Peru', common)).toBe(
			false
		);
		// A role is not a name: "Senate Ethics Committee Chairman." under a Senate Ethics title.
		expect(
			topicGiveaway('Senate Ethics Committee Chairman.', 'Senate Ethics Committee admonishes', none)
		).toBe(false);
	});

	it('gives away a name whose short form is the main subject of the text', () => {
		const webb = { sentence: [], topics: ['webb', 'nasa'], titled: [] };
		expect(topicGiveaway('James Webb Space Telescope', 'Water found near star', webb)).toBe(true);
		// A person the text calls by surname is learnt by that name.
		const paganini = { sentence: [], topics: ['paganini'], titled: [] };
		expect(topicGiveaway('Lucas Paganini', 'Plumes of a moon', paganini)).toBe(false);
	});
});

describe('a name the title gives', () => {
	it('is never the answer of a question or a card in that set', () => {
		const set = generateQuestionSet({
			title: 'New ferries will double traffic, says mayor Victor Salas',
			text:
				'The harbour town of Brindle has bought six new ferries from a Norwegian yard for 40 million euros. ' +
				'Engineer Nadia Petrov and union organiser Felix Brandt inspected the ferries in Bergen. ' +
				'"The new ferries will double the traffic between Brindle and the island of Varne," Mayor Victor Salas said.'
		});
		expect(set.questions.length).toBeGreaterThan(0);
		for (const q of set.questions.filter((q) => q.type !== 'truefalse'))
			expect(q.answer, q.prompt).not.toMatch(/Victor Salas/);
	});
});
