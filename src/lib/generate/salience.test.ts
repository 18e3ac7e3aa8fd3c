import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from './index';
import { answerInTitle, topicGiveaway } from './salience';

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

describe('an answer the title gives', () => {
	it('is read there, figures included', () => {
		expect(answerInTitle('3,000', 'Acme to cut 3,000 jobs')).toBe(true);
		expect(answerInTitle('Kevin Hale.', 'Demand broke the site, says Kevin Hale')).toBe(true);
		expect(answerInTitle('300', 'Acme to cut 3,000 jobs')).toBe(false);
	});

	it('is never the answer of a question in that set', () => {
		const set = generateQuestionSet({
			title: 'Harbour town buys six new ferries',
			text:
				'The harbour town of Brindle has bought six new ferries from a Norwegian yard for 40 million euros. ' +
				'The ferries will carry 1,200 passengers a day between Brindle and the island of Varne. ' +
				'Mayor Victor Salas said the old boats would be sold to a museum in Bergen.'
		});
		expect(set.questions.length).toBeGreaterThan(0);
		for (const q of set.questions.filter((q) => q.type !== 'truefalse'))
			expect(answerInTitle(q.answer, set.title), q.prompt).toBe(false);
	});
});
