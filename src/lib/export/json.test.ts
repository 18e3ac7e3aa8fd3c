import { describe, expect, it } from 'vitest';
import { questionSetToJson } from './json';
import { importQuestionSetJson } from './json-import';
import { awkwardSet } from './test-set';

describe('Factdeck JSON', () => {
	it('round-trips a set, tagged with its format and version', () => {
		const json = questionSetToJson(awkwardSet);
		expect(JSON.parse(json)).toMatchObject({ format: 'factdeck-set', version: 1 });
		expect(importQuestionSetJson(json)).toEqual({ ok: true, value: awkwardSet });
	});

	it('keeps asOf on time-sensitive questions and refuses one that is no date', () => {
		const dated = {
			...awkwardSet,
			date: '2025-02-27',
			questions: awkwardSet.questions.map((q, i) => (i === 0 ? { ...q, asOf: '2025-02-27' } : q))
		};
		expect(importQuestionSetJson(questionSetToJson(dated))).toEqual({ ok: true, value: dated });
		const bad = { ...dated, questions: [{ ...dated.questions[0]!, asOf: '27/02/2025' }] };
		expect(importQuestionSetJson(JSON.stringify(bad))).toEqual({
			ok: false,
			error: expect.stringMatching(/asOf must be a real date/)
		});
	});

	it('gives the imported set a new id on request, and reads a bare set', () => {
		const outcome = importQuestionSetJson(JSON.stringify(awkwardSet), { id: 'custom-1' });
		expect(outcome.ok && outcome.value.id).toBe('custom-1');
	});

	it('refuses files from a newer Factdeck, other JSON, and broken sets with a clear message', () => {
		const newer = JSON.stringify({ format: 'factdeck-set', version: 2, set: awkwardSet });
		expect(importQuestionSetJson(newer)).toEqual({
			ok: false,
			error: expect.stringMatching(/newer Factdeck.*update the app/)
		});
		expect(importQuestionSetJson('{"format":"other"}')).toEqual({
			ok: false,
			error: 'This JSON file is not a Factdeck question set.'
		});
		expect(importQuestionSetJson('not json')).toEqual({
			ok: false,
			error: expect.stringMatching(/not a JSON file/)
		});
		const badAnswer = {
			...awkwardSet,
			questions: [{ ...awkwardSet.questions[0]!, answer: 'Japan' }]
		};
		expect(importQuestionSetJson(JSON.stringify(badAnswer))).toEqual({
			ok: false,
			error: expect.stringMatching(/one of them its answer/)
		});
		const badSentence = {
			...awkwardSet,
			questions: [{ ...awkwardSet.questions[0]!, sourceSentence: 9 }]
		};
		expect(importQuestionSetJson(JSON.stringify(badSentence))).toEqual({
			ok: false,
			error: expect.stringMatching(/sentence the set does not have/)
		});
		expect(importQuestionSetJson('x'.repeat(6 * 1024 * 1024))).toEqual({
			ok: false,
			error: expect.stringMatching(/too large/)
		});
	});
});
