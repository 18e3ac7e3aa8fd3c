// Regression tests for round 16: statements too short to stand alone, cards whose person is a
// name run on into the words after it, an answer that is an abbreviation cut from its name,
// "Who said that ...?" answered by no one named, a connective left at the end of a question,
// and one "Who said ...?" per speaker in a set. Sentences written for these tests in the shape
// of the cases seen on held-out articles.
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '.';
import { analyse, mentionCount } from './analyse';
import { flashcardFromFact } from './questions/flashcard';
import { filterReason } from './filters';
import { gateReason } from './gates';
import type { Candidate } from './questions/candidate';

function candidate(fields: Partial<Candidate> & Pick<Candidate, 'type' | 'prompt' | 'answer'>) {
	return {
		sourceSentence: 3,
		difficulty: 2,
		tags: ['quantity'],
		score: 1,
		factKey: 'x',
		...fields
	} as Candidate;
}

describe('a statement too short to stand alone', () => {
	it('is refused outside the lead', () => {
		const short = candidate({
			type: 'truefalse',
			prompt: 'Harlow shares rose 2.1 percent.',
			answer: 'true'
		});
		expect(filterReason(short)).toBe('filter: too short to stand alone');
		const placed = candidate({
			type: 'truefalse',
			prompt: 'Harlow Motors shares rose 2.1 percent in London on the day the plant closed.',
			answer: 'true'
		});
		expect(filterReason(placed)).toBeNull();
	});

	it('stands in the lead, which leans on nothing before it', () => {
		const lead = candidate({
			type: 'truefalse',
			prompt: 'Harlow shares rose 2.1 percent.',
			answer: 'true',
			sourceSentence: 0
		});
		expect(filterReason(lead)).toBeNull();
	});
});

describe('questions for who said something', () => {
	it('refuses "Who said that ...?" when the answer names no one', () => {
		for (const answer of ['Survivors.', 'Harlow officials.', 'Detailed Kelby data.']) {
			expect(
				gateReason(
					candidate({
						type: 'flashcard',
						prompt: 'Who said that overcrowding caused the ferry to capsize?',
						answer,
						tags: ['source']
					})
				)
			).toBe('trivia: speaker nobody named');
		}
	});

	it('keeps it when the answer is a person, a named body or an acronym', () => {
		const asks = (answer: string, tags: string[]) =>
			gateReason(
				candidate({
					type: 'flashcard',
					prompt: 'Who said that overcrowding caused the ferry to capsize?',
					answer,
					tags
				})
			);
		expect(asks('Coastguard chief Ann Hill.', ['source'])).toBeNull();
		expect(asks('The NTSB.', ['source'])).toBeNull();
		expect(asks('Costello.', ['person'])).toBeNull();
	});

	it('asks "Who said ...?" once per speaker in a set', () => {
		const text = [
			'Harbour master Lena Okafor opened the new ferry terminal in Brindle on Monday.',
			'"The terminal will carry two million passengers a year on the busiest routes," Okafor said.',
			'Mayor Victor Salas and engineer Nadia Petrov joined her at the ceremony with Felix Brandt.',
			'"Every ferry on the coast will stop at Brindle by the end of the summer season," Okafor said.'
		].join('\n\n');
		const set = generateQuestionSet({ text, title: 'Harbour plans', date: '2024-03-02' } as never);
		const asked = set.questions.filter((q) => q.prompt.startsWith('Who said:'));
		expect(asked).toHaveLength(1);
	});
});

describe('broken cards and questions', () => {
	it('refuses an answer that is an abbreviation cut from its name', () => {
		expect(
			gateReason(
				candidate({
					type: 'flashcard',
					prompt: 'Where did the refugees see their doctors?',
					answer: 'St.',
					tags: ['place']
				})
			)
		).toBe('ungrammatical: answer is an abbreviation cut from its name');
	});

	it('refuses a connective left at the end of a question', () => {
		expect(
			gateReason(
				candidate({
					type: 'flashcard',
					prompt:
						'Why did 16 percent of the children on the list have a serious injury in contrast?',
					answer: 'Because of their seizures.',
					tags: ['cause']
				})
			)
		).toBe('ungrammatical: a connective left at the end');
	});

	it('makes no "Who is ...?" card of a name run on into a verb', () => {
		const analysis = analyse(
			['Harlow Stores chief executive Jill Soltau opened the new store in Kelby on Friday.'],
			2024
		);
		const build = {
			contexts: analysis.contexts,
			facts: analysis.facts,
			mentions: (text: string) => mentionCount(analysis, text)
		};
		const person = analysis.facts.find((f) => f.kind === 'person');
		if (!person) throw new Error('no person');
		expect(flashcardFromFact(person, build)?.prompt).toBe('Who is Jill Soltau?');
		const runOn = { ...person, answer: 'Jill Soltau said bankruptcy' };
		expect(flashcardFromFact(runOn, build)).toBeNull();
	});
});
