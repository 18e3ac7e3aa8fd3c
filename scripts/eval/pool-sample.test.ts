import { describe, expect, it } from 'vitest';
import { poolItems, poolSample, type ExplainedDocument } from './pool-sample';

function explanation(n: number, featureNames = ['salience', 'length']): ExplainedDocument {
	return {
		featureNames,
		sentences: Array.from({ length: n }, (_, index) => ({
			index,
			candidates: [
				{
					type: 'cloze',
					prompt: `S${index} _____.`,
					answer: 'A',
					features: [index, 1],
					chosen: true
				},
				{
					type: 'mcq',
					prompt: `What ${index}?`,
					answer: 'B',
					options: ['A', 'B', 'C', 'D'],
					features: [index, 2],
					chosen: false,
					dropped: 'duplicate'
				}
			]
		}))
	};
}

describe('pool', () => {
	it('keeps every candidate, chosen or dropped', () => {
		const { items, featureNames } = poolItems([
			{ document: 'a.md', explanation: explanation(3) },
			{ document: 'b.txt', explanation: explanation(2) }
		]);
		expect(featureNames).toEqual(['salience', 'length']);
		expect(items).toHaveLength(10);
		expect(items.filter((i) => i.dropped === 'duplicate')).toHaveLength(5);
	});
	it('refuses documents whose feature names differ', () => {
		expect(() =>
			poolItems([
				{ document: 'a.md', explanation: explanation(1) },
				{ document: 'b.md', explanation: explanation(1, ['other', 'length']) }
			])
		).toThrow(/feature names/);
	});
	it('writes a key with features and a blind sheet without them', () => {
		const { total, blind, key } = poolSample(
			[{ document: 'a.md', explanation: explanation(20) }],
			6,
			3
		);
		expect(total).toBe(40);
		expect(Object.keys(key.items)).toEqual(['P01', 'P02', 'P03', 'P04', 'P05', 'P06']);
		expect(key.featureNames).toEqual(['salience', 'length']);
		expect(key.items.P01?.features).toHaveLength(2);
		expect(blind).not.toMatch(/duplicate|salience|chosen/);
		expect(poolSample([{ document: 'a.md', explanation: explanation(20) }], 6, 3).key).toEqual(key);
	});
	it('draws only from candidates that reached selection when asked', () => {
		const doc: ExplainedDocument = {
			featureNames: ['x'],
			sentences: [
				{
					index: 0,
					candidates: [
						{ type: 'cloze', prompt: 'A _____.', answer: 'a', features: [1], chosen: true },
						{
							type: 'mcq',
							prompt: 'B?',
							answer: 'b',
							features: [2],
							chosen: false,
							dropped: 'cap: cloze share'
						},
						{
							type: 'mcq',
							prompt: 'C?',
							answer: 'c',
							features: [3],
							chosen: false,
							dropped: 'gate: vague: relative time'
						},
						{
							type: 'mcq',
							prompt: 'D?',
							answer: 'd',
							features: [4],
							chosen: false,
							dropped: 'filter: answer in prompt'
						},
						{
							type: 'mcq',
							prompt: 'E?',
							answer: 'e',
							features: [5],
							chosen: false,
							dropped: 'topic giveaway: "E" is a topic of the document'
						}
					]
				}
			]
		};
		const all = poolSample([{ document: 'a.md', explanation: doc }], 10, 1);
		const selection = poolSample([{ document: 'a.md', explanation: doc }], 10, 1, 'selection');
		expect(all.total).toBe(5);
		expect(selection.total).toBe(2);
		expect(
			Object.values(selection.key.items)
				.map((i) => i.answer)
				.sort()
		).toEqual(['a', 'b']);
	});
});
