import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/types';
import { setMetrics, totalMetrics } from './metrics';

function question(
	type: Question['type'],
	sourceSentence: number,
	prompt: string,
	answer = 'x'
): Question {
	return {
		id: `${type}${sourceSentence}${prompt.length}`,
		type,
		prompt,
		answer,
		sourceSentence,
		explanation: ''
	};
}

const sentences = [
	'The ship hit the bridge at night.',
	'It was   carrying 4,700 containers.',
	'Six workers died on the bridge.',
	'Too short.'
];

describe('setMetrics', () => {
	const m = setMetrics({
		sentences,
		questions: [
			question('truefalse', 0, 'The ship hit  the bridge at night.', 'true'),
			question('truefalse', 1, 'It was carrying 4,700 boxes.', 'true'),
			question('truefalse', 2, 'Nine workers died on the bridge.', 'false'),
			question('cloze', 2, '_____ workers died on the bridge.'),
			question('mcq', 3, 'What?')
		]
	});
	it('counts types, cloze and usable sentences with a question', () => {
		expect(m.questions).toBe(5);
		expect(m.types).toEqual({ mcq: 1, cloze: 1, truefalse: 3, numeric: 0, flashcard: 0 });
		expect(m.cloze).toBe(1);
		expect(m.usableSentences).toBe(3);
		expect(m.sentencesWithQuestion).toBe(3);
		expect(m.leadCovered).toEqual([true, true]);
	});
	it('calls a true statement verbatim when only whitespace differs from its sentence', () => {
		expect(m.trueStatements).toBe(2);
		expect(m.verbatimTrue).toBe(1);
		expect(m.falseStatements).toBe(1);
	});
	it('totals documents and counts documents whose lead has a question', () => {
		const none = setMetrics({ sentences, questions: [question('cloze', 1, '_____ containers.')] });
		const total = totalMetrics([m, none]);
		expect(total.documents).toBe(2);
		expect(total.questions).toBe(6);
		expect(total.types.cloze).toBe(2);
		expect(total.leadCovered).toEqual([1, 2]);
		expect(total.usableSentences).toBe(6);
	});
});
