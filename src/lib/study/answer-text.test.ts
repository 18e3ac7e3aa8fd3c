import { describe, expect, it } from 'vitest';
import { answerText } from './answer-text';

describe('answerText', () => {
	it('says True or False for a true/false question, whatever the stored case', () => {
		expect(answerText({ type: 'truefalse', answer: 'true' })).toBe('True');
		expect(answerText({ type: 'truefalse', answer: ' TRUE ' })).toBe('True');
		expect(answerText({ type: 'truefalse', answer: 'false' })).toBe('False');
	});

	it('leaves every other answer as it is', () => {
		expect(answerText({ type: 'cloze', answer: 'true' })).toBe('true');
		expect(answerText({ type: 'numeric', answer: '3,000' })).toBe('3,000');
	});
});
