import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/types';
import { csvField, questionSetToCsv, toCsv } from './csv';

describe('csv (RFC 4180)', () => {
	it('quotes only fields that need it, doubling quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\rhere')).toBe('"cr\rhere"');
		expect(csvField(undefined)).toBe('');
		expect(csvField(3.5)).toBe('3.5');
	});

	it('defuses spreadsheet formulas but keeps plain numbers', () => {
		expect(csvField('=1+1')).toBe("'=1+1");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('+cmd')).toBe("'+cmd");
		expect(csvField('-2+3')).toBe("'-2+3");
		expect(csvField('-5')).toBe('-5');
		expect(csvField('-11,000')).toBe('"-11,000"');
	});

	it('separates records with CRLF and ends with one', () => {
		expect(
			toCsv([
				['a', 'b'],
				['c', 'd']
			])
		).toBe('a,b\r\nc,d\r\n');
	});

	it('writes a set with one column per option', () => {
		const set: QuestionSet = {
			id: 's',
			title: 'T',
			generatorVersion: '1',
			sentences: ['S, with "quotes".'],
			questions: [
				{
					id: 'q1',
					type: 'mcq',
					prompt: 'Pick, one',
					answer: 'b',
					options: ['a', 'b', 'c', 'd'],
					sourceSentence: 0,
					explanation: 'S, with "quotes".',
					difficulty: 2,
					tags: ['x', 'y']
				},
				{
					id: 'q2',
					type: 'cloze',
					prompt: '_____ troops',
					answer: '3,000',
					accept: ['3000', 'three thousand'],
					sourceSentence: 0,
					explanation: 'S'
				}
			]
		};
		expect(questionSetToCsv(set)).toBe(
			'id,type,prompt,answer,option 1,option 2,option 3,option 4,accept,explanation,difficulty,tags\r\n' +
				'q1,mcq,"Pick, one",b,a,b,c,d,,"S, with ""quotes"".",2,x y\r\n' +
				'q2,cloze,_____ troops,"3,000",,,,,3000 | three thousand,S,,\r\n'
		);
	});
});
