import { describe, expect, it } from 'vitest';
import { buildWorksheet } from './worksheet';
import { awkwardSet } from './test-set';

describe('worksheet', () => {
	it('numbers the questions and keeps the key apart', () => {
		const sheet = buildWorksheet(awkwardSet);
		expect(sheet.title).toBe(awkwardSet.title);
		expect(sheet.items.map((i) => [i.number, i.response])).toEqual([
			[1, 'circle'],
			[2, 'write'],
			[3, 'circle'],
			[4, 'write'],
			[5, 'write']
		]);
		expect(sheet.items[0]!.options.map((o) => `${o.label}. ${o.text}`)).toEqual([
			'A. South Korea',
			'B. North Korea',
			'C. China: PRC',
			'D. a ~ b = c'
		]);
		expect(sheet.items[2]!.options.map((o) => o.label)).toEqual(['T', 'F']);
		expect(sheet.answerKey.map((k) => k.answer)).toEqual([
			'B. North Korea',
			'3,000',
			'False',
			'3,000',
			'Mutual "aid" #1\\'
		]);
		expect(sheet.answerKey[1]!.alsoAccept).toEqual(['3000', 'three thousand']);
		expect(sheet.answerKey[0]!.explanation).toBe(awkwardSet.questions[0]!.explanation);
		// The questions themselves never carry the answer.
		expect(JSON.stringify(sheet.items)).not.toContain('three thousand');
	});

	it('picks and orders questions, and can leave explanations out', () => {
		const sheet = buildWorksheet(awkwardSet, {
			questionIds: ['q3', 'q1', 'missing'],
			explanations: false
		});
		expect(sheet.items.map((i) => i.prompt)).toEqual([
			'Seoul is north of Pyongyang.',
			'Who sent troops to {Russia}?'
		]);
		expect(sheet.answerKey.every((k) => k.explanation === undefined)).toBe(true);
	});
});
