import { describe, expect, it } from 'vitest';
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
