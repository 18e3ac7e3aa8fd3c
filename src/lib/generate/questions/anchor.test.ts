import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { splitSentences } from '../sentences';
import { normaliseText } from '../text';
import { anchoredInPlace } from './anchor';
import type { Candidate } from './candidate';

const question = (prompt: string, answer: string): Candidate => ({
	type: 'mcq',
	prompt,
	answer,
	options: [answer, 'Three', 'Four', 'Six'],
	sourceSentence: 0,
	difficulty: 2,
	tags: ['quantity'],
	score: 1,
	factKey: 'quantity|0|0'
});

function anchor(text: string, candidate: Candidate): string {
	const analysis = analyse(splitSentences(normaliseText(text)), 2024);
	return anchoredInPlace(candidate, analysis.sentences[0]?.text, analysis.facts).prompt;
}

describe('anchoredInPlace', () => {
	it('gives a question that names no event the one place its sentence gives', () => {
		const text =
			'Two hikers were found dead and at least 10 were hurt after rangers in Cornwall received a call about a rockfall.';
		expect(anchor(text, question('How many hikers were found dead?', 'Two'))).toBe(
			'How many hikers were found dead in Cornwall?'
		);
	});

	it('leaves it alone when the place is the answer, or when two places compete', () => {
		expect(
			anchor(
				'One hiker was taken to hospital after a fall in Cornwall.',
				question('Where was one hiker taken to hospital after a fall?', 'Cornwall')
			)
		).toBe('Where was one hiker taken to hospital after a fall?');
		expect(
			anchor(
				'Two hikers from Leeds were found dead after rangers in Cornwall searched the cliffs.',
				question('How many hikers were found dead?', 'Two')
			)
		).toBe('How many hikers were found dead?');
	});
});
