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
