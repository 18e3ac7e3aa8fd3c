import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import fc from 'fast-check';
import type { Question, QuestionType } from '$lib/types';
import { normalizeAnswer } from './normalize';
import {
	gradeAnswer,
	gradeChoice,
	gradeNumericAnswer,
	gradeTrueFalse,
	gradeTypedAnswer
} from './grade';

function q(type: QuestionType, answer: string, extra: Partial<Question> = {}): Question {
	return {
		id: 'q1',
		type,
		prompt: 'p',
		answer,
		sourceSentence: 0,
		explanation: 'e',
		...extra
	};
}

describe('normalizeAnswer', () => {
	it('folds case, punctuation, whitespace and Unicode compatibility forms', () => {
		expect(normalizeAnswer('  North   KOREA! ')).toBe('north korea');
		expect(normalizeAnswer('Ｐｙｏｎｇｙａｎｇ')).toBe('pyongyang');
		expect(normalizeAnswer('Kim Jong-un')).toBe(normalizeAnswer('kim jong un'));
		expect(normalizeAnswer('The Kremlin')).toBe('kremlin');
		expect(normalizeAnswer('Kyïv')).toBe('kyiv');
		expect(normalizeAnswer('ZÜRICH')).toBe('zurich');
		expect(normalizeAnswer('Kim’s army')).toBe(normalizeAnswer('kims army'));
		expect(normalizeAnswer('किताब')).not.toBe(normalizeAnswer('कतब'));
		expect(normalizeAnswer('서울')).toBe('서울');
	});

	it('reads thousands separators and number words', () => {
		expect(normalizeAnswer('11,000')).toBe('11000');
		expect(normalizeAnswer('11\u00a0000')).toBe('11000');
		expect(normalizeAnswer('three thousand')).toBe('3000');
		expect(normalizeAnswer('eleven')).toBe('11');
		expect(normalizeAnswer('twenty-one')).toBe('21');
		expect(normalizeAnswer('one hundred and five')).toBe('105');
		expect(normalizeAnswer('1.5 million')).toBe('1500000');
		expect(normalizeAnswer('two thousand three hundred')).toBe('2300');
		expect(normalizeAnswer('3.5')).toBe('3.5');
	});
});

describe('gradeTypedAnswer', () => {
	it('accepts the answer in any normalized form and accept variants', () => {
		const question = q('cloze', '11,000', { accept: ['eleven thousand soldiers'] });
		expect(gradeTypedAnswer(question, '11000')).toBe(true);
		expect(gradeTypedAnswer(question, 'Eleven Thousand')).toBe(true);
		expect(gradeTypedAnswer(question, 'eleven thousand soldiers')).toBe(true);
		expect(gradeTypedAnswer(question, '12,000')).toBe(false);
		expect(gradeTypedAnswer(question, '')).toBe(false);
		expect(gradeTypedAnswer(question, '   ')).toBe(false);
		expect(gradeTypedAnswer(q('cloze', 'three thousand'), '3,000')).toBe(true);
		expect(gradeTypedAnswer(q('cloze', 'Kursk'), 'kursk.')).toBe(true);
		expect(gradeTypedAnswer(q('cloze', 'Kursk'), 'Kursk region')).toBe(false);
	});

	it('accepts a long flashcard back typed in full', () => {
		const back = 'The Danube flows through ten countries, more than any other river. '.repeat(10);
		expect(gradeTypedAnswer(q('flashcard', back), back.toUpperCase())).toBe(true);
	});

	it('grades wrong, before normalising, an input longer than any right answer could be', () => {
		const question = q('cloze', 'Kursk');
		expect(gradeTypedAnswer(question, 'Kursk '.repeat(200_000))).toBe(false);
		// Padding normalises away, so only the length cap can make this one wrong.
		expect(gradeTypedAnswer(question, `Kursk${' '.repeat(20)}`)).toBe(true);
		expect(gradeTypedAnswer(question, `Kursk${' '.repeat(5 * 4 + 64)}`)).toBe(false);
	});

	it('never throws on any string in any script', fuzzBudget, () => {
		const question = q('cloze', 'Seoul', { accept: ['서울'] });
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
				expect(typeof gradeTypedAnswer(question, input)).toBe('boolean');
				expect(typeof gradeNumericAnswer(question, input)).toBe('boolean');
			}),
			fuzzRuns(300)
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
				expect(typeof gradeTypedAnswer(question, input)).toBe('boolean');
			}),
			fuzzRuns(200)
		);
		expect(gradeTypedAnswer(question, '서울')).toBe(true);
		expect(gradeTypedAnswer(question, '\ud800')).toBe(false);
	});
});

describe('gradeNumericAnswer', () => {
	const question = q('numeric', '4,000');
	it('tolerates words around the number', () => {
		expect(gradeNumericAnswer(question, 'about 4000')).toBe(true);
		expect(gradeNumericAnswer(question, '4,000 troops')).toBe(true);
		expect(gradeNumericAnswer(question, 'four thousand')).toBe(true);
		expect(gradeNumericAnswer(question, '~4000')).toBe(true);
		expect(gradeNumericAnswer(question, '4001')).toBe(false);
		expect(gradeNumericAnswer(question, 'between 3000 and 4000')).toBe(false);
		expect(gradeNumericAnswer(question, 'no idea')).toBe(false);
	});
	it('uses accept variants and scale words', () => {
		expect(gradeNumericAnswer(q('numeric', '1.5 million'), '1,500,000')).toBe(true);
		expect(gradeNumericAnswer(q('numeric', '40%'), '40 percent')).toBe(true);
		expect(gradeNumericAnswer(q('numeric', '1945', { accept: ['1946'] }), '1946')).toBe(true);
	});
});

describe('choices', () => {
	const mcq = q('mcq', 'Russia', { options: ['Ukraine', 'Russia', 'China', 'Belarus'] });
	it('grades mcq by text or index', () => {
		expect(gradeChoice(mcq, 'Russia')).toBe(true);
		expect(gradeChoice(mcq, 1)).toBe(true);
		expect(gradeChoice(mcq, 0)).toBe(false);
		expect(gradeChoice(mcq, 9)).toBe(false);
	});
	it('grades true/false', () => {
		const tf = q('truefalse', 'false');
		expect(gradeTrueFalse(tf, false)).toBe(true);
		expect(gradeTrueFalse(tf, 'False')).toBe(true);
		expect(gradeTrueFalse(tf, 'true')).toBe(false);
		expect(gradeTrueFalse(tf, 'maybe')).toBe(false);
	});
	it('dispatches on question type', () => {
		expect(gradeAnswer(mcq, 1)).toBe(true);
		expect(gradeAnswer(q('truefalse', 'true'), true)).toBe(true);
		expect(gradeAnswer(q('numeric', '11,000'), 'about 11000')).toBe(true);
		expect(gradeAnswer(q('cloze', 'Kursk'), 'kursk')).toBe(true);
	});
});
