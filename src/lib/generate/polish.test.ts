// Repairs before the gates, on text written for these tests.
import { describe, expect, it } from 'vitest';
import type { Candidate } from './questions/candidate';
import { polisher, wholeNames } from './polish';

function candidate(type: Candidate['type'], prompt: string, answer: string): Candidate {
	return {
		type,
		prompt,
		answer,
		sourceSentence: 0,
		difficulty: 2,
		tags: [],
		score: 1,
		factKey: 'k'
	};
}

describe('wholeNames', () => {
	it('maps a half of a double-barrelled name the text never uses alone', () => {
		const text = 'Supervisor Ana Pryce-Holden voted no. Pryce-Holden said the plan was rushed.';
		expect(wholeNames(text)).toEqual(
			new Map([
				['Pryce', 'Pryce-Holden'],
				['Holden', 'Pryce-Holden']
			])
		);
	});

	it('leaves a half the text also uses alone, or that two names share', () => {
		expect(wholeNames('Ana Pryce-Holden met Tom Holden.').has('Holden')).toBe(false);
		expect(wholeNames('Ana Pryce-Holden met Ben Lowe-Holden.').has('Holden')).toBe(false);
	});
});

describe('polisher', () => {
	const text = 'Supervisor Ana Pryce-Holden voted no. Pryce-Holden said the plan was rushed.';

	it('gives a person the whole name the article uses', () => {
		const polish = polisher(text);
		const out = polish(candidate('mcq', 'Who said the plan was rushed?', 'Holden'));
		expect(out.answer).toBe('Pryce-Holden');
		const card = polish(candidate('flashcard', 'Who is Ana Holden?', 'Supervisor.'));
		expect(card.prompt).toBe('Who is Ana Pryce-Holden?');
		// A name already whole is left as it is.
		const whole = candidate('flashcard', 'Who is Ana Pryce-Holden?', 'Supervisor.');
		expect(polish(whole)).toBe(whole);
	});

	it('drops a leading connective from a statement or a cloze, not from a question', () => {
		const polish = polisher('Nothing here.');
		expect(
			polish(candidate('truefalse', 'Therefore, the mill will close in May.', 'true')).prompt
		).toBe('The mill will close in May.');
		expect(
			polish(candidate('cloze', 'As a result, _____ will close in May.', 'Kell Mill')).prompt
		).toBe('_____ will close in May.');
		expect(
			polish(candidate('truefalse', 'Otherwise, the mill will close in May.', 'true')).prompt
		).toBe('Otherwise, the mill will close in May.');
	});
});

describe('full names in questions written anew', () => {
	const people = new Map([
		['Straw', 'Jack Straw'],
		['Hyland', 'Bones Hyland']
	]);
	const polish = polisher('', people);

	it('writes the full name for a surname or a title and surname', () => {
		expect(
			polish(candidate('flashcard', 'Where did Mr Straw tell activists about trust?', 'Blackburn.'))
				.prompt
		).toBe('Where did Jack Straw tell activists about trust?');
		expect(polish(candidate('mcq', 'How many points did Hyland score?', '16')).prompt).toBe(
			'How many points did Bones Hyland score?'
		);
	});

	it('names the person in a statement too, once', () => {
		expect(
			polish(candidate('truefalse', 'Hyland scored 16 points and Hyland led the bench.', 'true'))
				.prompt
		).toBe('Bones Hyland scored 16 points and Hyland led the bench.');
	});

	it('leaves a word that is a title, not the person ("the King of Spain")', () => {
		const kings = polisher('', new Map([['King', 'Kevin King']]));
		expect(kings(candidate('mcq', 'Who met the King of Spain in May?', 'Ana Ruiz')).prompt).toBe(
			'Who met the King of Spain in May?'
		);
	});

	it('leaves a full name and a cloze as they are', () => {
		expect(polish(candidate('mcq', 'How many points did Bones Hyland score?', '16')).prompt).toBe(
			'How many points did Bones Hyland score?'
		);
		expect(polish(candidate('cloze', 'Hyland scored _____ points.', '16')).prompt).toBe(
			'Hyland scored _____ points.'
		);
	});
});

describe('an opening conjunction', () => {
	it('comes off a cloze (which is then a cut of its sentence) and a statement', () => {
		const polish = polisher('');
		const cut = polish(candidate('cloze', 'And _____ of Harlow voters said no.', '87%'));
		expect(cut.prompt).toBe('_____ of Harlow voters said no.');
		expect(cut.tags).toContain('trimmed');
		expect(
			polish(candidate('truefalse', 'But Orbitel kept its Swindon plant.', 'true')).prompt
		).toBe('Orbitel kept its Swindon plant.');
	});
});
