// Regression tests for round 31: a question that moved the sentence's subject after its verb
// keeps no capital on "The", and a question that ends on "that claimed?" is refused. Sentences
// written for these tests in the shape of ones seen in real articles.
import { describe, expect, it } from 'vitest';
import { grammarProblem } from './gates/grammar';
import { movedSubject } from './polish';

describe('round 31', () => {
	it('writes "did the" where the subject moved after its verb', () => {
		expect(movedSubject('In which year did The Kelby-born sprinter win a place at Osk?')).toBe(
			'In which year did the Kelby-born sprinter win a place at Osk?'
		);
		expect(movedSubject('How much did The Harlow council spend on the bridge?')).toBe(
			'How much did the Harlow council spend on the bridge?'
		);
		// A name with "The" elsewhere in a question stays as written.
		expect(movedSubject('Which trophy did Kelby bring to The Open in 2019?')).toBe(
			'Which trophy did Kelby bring to The Open in 2019?'
		);
	});

	it('refuses a question whose claim was cut ("... a statement that claimed?")', () => {
		expect(
			grammarProblem(
				'What did the Harlow council publish in a statement on Sunday that claimed?',
				'question'
			)
		).toMatch(/claim/);
		expect(
			grammarProblem('What did the Harlow council publish in a statement on Sunday?', 'question')
		).toBeNull();
	});
});
