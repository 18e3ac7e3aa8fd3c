import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from './index';
import { invariantViolations, readDocument, SEED_PATH } from './testing';

const seedText = readDocument(SEED_PATH).text;

// Time is measured by `npm run bench:generate`; here only the outcome counts.
function generate(text: string) {
	return { set: generateQuestionSet({ text }) };
}

describe('bad input', () => {
	it.each([
		['empty text', ''],
		['whitespace only', ' \n\t \r\n  '],
		['numbers only', '12 34 5,678 9.1 2024 3,000,000 42 7 7 7 7'],
		['emoji only', '🚀🔥😀 🎉🎉 👍🏽👍🏽 🇺🇦'],
		[
			'non-English text',
			'Северная Корея направила в Россию ещё 3000 военнослужащих. 北朝鮮はロシアに3000人の兵士を派遣した。'
		],
		['binary bytes', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 97) % 256))]
	])('%s: an empty set with a warning', (_name, text) => {
		const { set } = generate(text);
		expect(set.questions).toEqual([]);
		expect(set.warnings?.length).toBeGreaterThan(0);
	});

	it('HTML with a script: the script never reaches a question', () => {
		const html = `<html><head><script>alert("North Korea sent 9,999 troops")</script><style>p{}</style></head><body><p>${seedText.replace(/\n/g, '</p><p>')}</p></body></html>`;
		const { set } = generate(html);
		expect(set.questions.length).toBeGreaterThan(10);
		expect(JSON.stringify(set)).not.toMatch(/alert|9,999|<script|<p>/);
		expect(invariantViolations(set)).toEqual([]);
	});

	it('emoji inside prose does not break questions', () => {
		const { set } = generate(seedText.replace(/\. /g, '. 🚀 '));
		expect(set.questions.length).toBeGreaterThan(10);
		expect(invariantViolations(set)).toEqual([]);
	});

	it('one sentence of 20,000 words: no exception', () => {
		const words = seedText.replace(/[.!?]/g, '').split(/\s+/);
		const text = Array.from({ length: 20000 }, (_, i) => words[i % words.length]).join(' ') + '.';
		const { set } = generate(text);
		expect(invariantViolations(set)).toEqual([]);
	});

	it('2 MB of text: questions from a sample, with its warning, no exception', () => {
		const text = Array.from(
			{ length: Math.ceil(2_000_000 / seedText.length) },
			() => seedText
		).join('\n');
		const { set } = generate(text);
		expect(text.length).toBeGreaterThanOrEqual(2_000_000);
		expect(set.warnings?.join(' ')).toMatch(/even sample/);
		expect(set.questions.length).toBeGreaterThan(0);
		expect(invariantViolations(set)).toEqual([]);
	}, 120_000);

	it('non-string or missing fields do not throw', () => {
		expect(() => generateQuestionSet({} as never)).not.toThrow();
		expect(() => generateQuestionSet({ text: 42 } as never)).not.toThrow();
		expect(generateQuestionSet({ text: seedText }, { maxQuestions: 0 }).questions).toEqual([]);
		expect(generateQuestionSet({ text: seedText }, { maxQuestions: -5 }).questions).toEqual([]);
	});
});
