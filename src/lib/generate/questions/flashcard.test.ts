// "Who is X?" cards keep the word that dates a title: a former minister is not a minister.
// Sentences written for these tests in the shape of real failures.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { splitSentences } from '../sentences';
import { normaliseText } from '../text';
import { buildCandidates } from '.';

function cardBack(text: string, name: string): string | undefined {
	const analysis = analyse(splitSentences(normaliseText(text)), 2024);
	return buildCandidates(analysis).find(
		(c) => c.type === 'flashcard' && c.prompt === `Who is ${name}?`
	)?.answer;
}

describe('person cards', () => {
	it('keeps "former" in front of the title', () => {
		expect(
			cardBack(
				'The release of the banker was welcomed by former Danish Prime Minister Elena Varga on Sunday.',
				'Elena Varga'
			)
		).toMatch(/^Former Danish Prime Minister\b/);
	});

	it('makes no card of a role that does not say of what ("Chief executive")', () => {
		expect(
			cardBack(
				'Chief executive Dana Reyes said orders from European governments had fallen by a third.',
				'Dana Reyes'
			)
		).toBeUndefined();
		expect(
			cardBack(
				'The plan was welcomed by former Prime Minister Elena Varga on Sunday.',
				'Elena Varga'
			)
		).toBeUndefined();
		expect(
			cardBack('Union leader Tomas Pell said the members would stay out until May.', 'Tomas Pell')
		).toBeUndefined();
		// Said of what in the sentence: a card.
		expect(
			cardBack(
				'Orbitel chief executive Dana Reyes said orders from European governments had fallen by a third.',
				'Dana Reyes'
			)
		).toMatch(/^Orbitel chief executive\b/);
	});

	it('keeps "former" before a party and a title', () => {
		expect(
			cardBack(
				'A bill on care homes has been tabled by former Liberal leader Tomas Brandt this week.',
				'Tomas Brandt'
			)
		).toMatch(/^Former Liberal leader\b/);
	});

	it('leaves a current title as it is', () => {
		expect(
			cardBack(
				'The plan was backed by Danish Finance Minister Elena Varga on Sunday.',
				'Elena Varga'
			)
		).toMatch(/^Danish Finance Minister\b/);
		// A portfolio alone does not say of which country.
		expect(
			cardBack('The plan was backed by Finance Minister Elena Varga on Sunday.', 'Elena Varga')
		).toBeUndefined();
	});
});
