import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportSet, importSetFile } from './files';
import { awkwardSet } from './test-set';

describe('export files', () => {
	it('names each file after the set and gives it a type', () => {
		expect(EXPORT_FORMATS.map((f) => exportSet(awkwardSet, f.id).filename)).toEqual([
			'troops-anki.txt',
			'troops-quizlet.txt',
			'troops.gift.txt',
			'troops.csv',
			'troops.json'
		]);
		expect(exportSet(awkwardSet, 'csv').mimeType).toBe('text/csv;charset=utf-8');
	});

	it('reads GIFT and JSON files back into a new set', () => {
		const json = importSetFile('troops.json', exportSet(awkwardSet, 'json').text, 'new-1');
		expect(json).toMatchObject({ ok: true, value: { id: 'new-1', title: awkwardSet.title } });
		const gift = importSetFile('troops.gift.txt', exportSet(awkwardSet, 'gift').text, 'new-2');
		expect(gift).toMatchObject({ ok: true, value: { id: 'new-2', title: awkwardSet.title } });
		const plain = importSetFile('Week 3 quiz.txt', '::A::One {=1}', 'new-3');
		expect(plain).toMatchObject({ ok: true, value: { title: 'Week 3 quiz' } });
		expect(gift.ok && gift.value.questions).toHaveLength(4);
		expect(importSetFile('bad.gift', '::A::x {=a', 'n')).toEqual({
			ok: false,
			errors: ['line 1: missing closing }']
		});
		expect(importSetFile('bad.json', '{', 'n')).toEqual({
			ok: false,
			errors: [expect.stringMatching(/not a JSON file/)]
		});
	});
});
