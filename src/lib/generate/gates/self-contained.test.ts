// Gates for questions that lean on the article, and for its boilerplate: one case per shape the
// raters called vague or trivial, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { gateReason, type GateCandidate } from '.';

function question(prompt: string, answer = '2019', type = 'mcq'): GateCandidate {
	return { type, prompt, answer, tags: ['year'] };
}
function statement(prompt: string, tags: string[] = ['quantity']): GateCandidate {
	return { type: 'truefalse', prompt, answer: 'true', tags };
}
function cloze(prompt: string, answer: string, tags: string[] = ['quantity']): GateCandidate {
	return { type: 'cloze', prompt, answer, tags };
}

describe('a question about "the" something only the build-up of the story identifies', () => {
	it('refuses "the real spark", "the legal campaign" when the question names nothing', () => {
		expect(gateReason(question('In which year did the real spark come?'))).toMatch(/vague/);
		expect(
			gateReason(
				question('In which year did the legal campaign against the water authority begin?')
			)
		).toMatch(/vague/);
		expect(gateReason(question('When did the main dispute start?'))).toMatch(/vague/);
	});

	it('keeps the same shapes when a name says which', () => {
		expect(
			gateReason(question('In which year did the legal campaign against Tane Water begin?'))
		).toBeNull();
		// A concrete thing is left to the set's title: "the ferry", "the bridge".
		expect(gateReason(question('In which year did the ferry sink?'))).toBeNull();
	});
});

describe('a count of what happened, with no name, place or year', () => {
	it('refuses "Two ships have arrived ..." as a statement and as a cloze', () => {
		expect(
			gateReason(statement('Two ships have arrived with sandbags and drinking water.'))
		).toMatch(/vague/);
		expect(
			gateReason(cloze('_____ ships have arrived with sandbags and drinking water.', 'Two'))
		).toMatch(/vague/);
	});

	it('keeps it when the statement says where or when', () => {
		expect(
			gateReason(statement('Two ships have arrived in Brockley with sandbags and drinking water.'))
		).toBeNull();
		expect(
			gateReason(statement('Two ships have arrived with sandbags and drinking water since 2021.'))
		).toBeNull();
	});
});

describe('boilerplate and details', () => {
	it('refuses an outlet describing itself', () => {
		expect(
			gateReason({
				type: 'flashcard',
				prompt: 'What is KPN?',
				answer: 'An editorially independent program of the Harlow Health Trust.',
				tags: ['definition']
			})
		).toMatch(/trivia/);
		expect(
			gateReason(
				statement('Tane Wire is a nonprofit news service covering the river towns.', ['org'])
			)
		).toMatch(/trivia/);
	});

	it('refuses the year of the data a study used', () => {
		expect(
			gateReason(
				cloze('The Harlow flood survey was based on _____ data from the Tane Trust.', '2009', [
					'year'
				])
			)
		).toMatch(/trivia/);
		expect(
			gateReason(cloze('The Harlow survey found that _____ homes were at risk.', '900'))
		).toBeNull();
	});

	it('refuses a former membership', () => {
		expect(
			gateReason({
				type: 'flashcard',
				prompt: 'Who is Mark Olsen?',
				answer: 'A former member of the Transport Committee.',
				tags: ['definition']
			})
		).toMatch(/trivia/);
		expect(
			gateReason(
				cloze('Mark Olsen is a former member of the _____.', 'Transport Committee', ['org'])
			)
		).toMatch(/trivia/);
	});

	it('refuses a blank on the speaker of a trailing "points out"', () => {
		expect(
			gateReason(
				cloze('The campaign against Tane Water began in 2021, _____ points out.', 'Mr Hadi', [
					'person'
				])
			)
		).toMatch(/trivia/);
	});
});

describe('grammar the gates must not refuse', () => {
	it('accepts "How many <things> does <subject> <verb>?"', () => {
		expect(
			gateReason({
				type: 'mcq',
				prompt: "How many villages does Harlow County's emergency order cover?",
				answer: '14',
				tags: ['quantity']
			})
		).toBeNull();
		expect(
			gateReason({
				type: 'mcq',
				prompt: 'How many telecentres uses the network?',
				answer: '14',
				tags: ['quantity']
			})
		).toMatch(/ungrammatical/);
	});
});

describe('shares, changes and epithets that lean on the sentence before', () => {
	it('refuses a share of nobody named and a change from nothing named', () => {
		expect(
			gateReason(cloze('Some _____ said the council had broken its promises.', '87%'))
		).toMatch(/vague/);
		expect(gateReason(statement('Harlow County saw a 36% increase.'))).toMatch(/vague/);
		expect(
			gateReason(statement('Harlow County saw a 36% increase on the floods of 2019.'))
		).toBeNull();
		expect(
			gateReason(
				cloze('Some _____ of Harlow voters said the council had broken its promises.', '87%')
			)
		).toBeNull();
	});

	it('refuses a company called by an epithet ("the American engineering giant")', () => {
		expect(
			gateReason(
				statement(
					'The order is crucial for the American engineering giant, whose sales fell in 2023.'
				)
			)
		).toMatch(/vague/);
	});

	it('refuses a month with no year after "As of"', () => {
		expect(gateReason(statement('As of October, Orbitel had a fleet of 70 satellites.'))).toMatch(
			/vague/
		);
	});

	it('refuses a blank on a speaker introduced by a title with "of" ("Chief of Police _____ said")', () => {
		expect(
			gateReason(
				cloze(
					'Chief of Police _____ said the rescue of one worker gave hope to the families.',
					'Anna Berg',
					['person']
				)
			)
		).toMatch(/trivia/);
	});
});

describe('a letter or speech the statement does not identify', () => {
	it('refuses "issued the letter just prior to ..."', () => {
		expect(
			gateReason(
				statement('Dana Reyes issued the letter just prior to the Orbitel annual meeting.', [
					'person'
				])
			)
		).toMatch(/vague/);
		expect(
			gateReason(statement('Dana Reyes issued a letter to Orbitel staff in May 2023.', ['person']))
		).toBeNull();
	});
});

describe('a county the text never names', () => {
	it('refuses "an update from the county" and keeps "Harlow County ... the county"', () => {
		expect(
			gateReason(statement('Officials confirmed two deaths after an update from the county.'))
		).toMatch(/vague/);
		expect(
			gateReason(question('How many homes in the county were flooded?', '900', 'numeric'))
		).toMatch(/vague/);
		expect(
			gateReason(
				statement('Harlow County officials confirmed two deaths after an update from the county.')
			)
		).toBeNull();
		expect(
			gateReason(statement('Officials confirmed two deaths in the county of Harlow.'))
		).toBeNull();
	});
});

describe('a subject named only by its kind, with a verb in -s', () => {
	it('refuses "The union wants ..." and keeps "The Brenna dockers\' union wants ..."', () => {
		expect(
			gateReason(cloze('The union wants a 9% raise, while the port has offered _____.', '5%'))
		).toMatch(/vague/);
		expect(
			gateReason(cloze("The Brenna dockers' union wants a 9% raise over _____ years.", 'two'))
		).toBeNull();
	});
});

describe('scene-setting', () => {
	it('refuses a statue or a mural that only sets the scene', () => {
		expect(
			gateReason(
				cloze(
					'The statue of a child holding a glass of water stands outside _____.',
					'Harlow City Hall',
					['place']
				)
			)
		).toMatch(/trivia/);
		expect(
			gateReason(statement('A bronze statue of the founder stood in Harlow Square until 1990.'))
		).toMatch(/trivia/);
		expect(
			gateReason(statement('Harlow council voted to remove the statue of its founder in 2020.'))
		).toBeNull();
	});
});
