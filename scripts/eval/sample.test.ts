import { describe, expect, it } from 'vitest';
import { blindMarkdown, drawBlind, sampleIndices } from './sample';

describe('sampleIndices', () => {
	it('gives the same distinct indices for the same seed, others for another seed', () => {
		const a = sampleIndices(200, 48, 1);
		expect(sampleIndices(200, 48, 1)).toEqual(a);
		expect(new Set(a).size).toBe(48);
		expect(a.every((i) => i >= 0 && i < 200)).toBe(true);
		expect(sampleIndices(200, 48, 2)).not.toEqual(a);
	});
	it('takes everything when asked for more than there is', () => {
		expect(sampleIndices(5, 48, 1).sort()).toEqual([0, 1, 2, 3, 4]);
		expect(sampleIndices(0, 3, 1)).toEqual([]);
	});
	it('is roughly uniform', () => {
		const hits = new Array<number>(10).fill(0);
		for (let seed = 0; seed < 2000; seed += 1)
			for (const i of sampleIndices(10, 3, seed)) hits[i]! += 1;
		// 600 expected per index.
		for (const h of hits) expect(h).toBeGreaterThan(500);
		for (const h of hits) expect(h).toBeLessThan(700);
	});
});

describe('blind sample', () => {
	const items = Array.from({ length: 30 }, (_, i) => ({
		document: i % 2 ? 'b.md' : 'a.md',
		type: ['mcq', 'truefalse', 'cloze'][i % 3] as string,
		prompt: `Prompt ${i}`,
		answer: i % 3 === 1 ? 'false' : `Answer ${i}`,
		options: i % 3 === 0 ? [`Answer ${i}`, 'X', 'Y', 'Z'] : undefined,
		sourceSentence: 1234,
		tags: ['secret-tag'],
		score: 0.987
	}));
	const drawn = drawBlind(items, 12, 7, 'Q');

	it('numbers items Q01… grouped by document', () => {
		expect(drawn.map((d) => d.id)).toEqual(
			Array.from({ length: 12 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`)
		);
		const docs = drawn.map((d) => d.item.document);
		expect(docs).toEqual([...docs].sort());
		expect(drawBlind(items, 12, 7, 'Q')).toEqual(drawn);
	});
	it('shows prompt, options and stated answer, and nothing about generation', () => {
		const md = blindMarkdown('Rate', drawn);
		expect(md).toContain('### Q01 · a.md');
		expect(md).not.toMatch(/1234|secret-tag|0\.987|score|sourceSentence/);
		for (const { item } of drawn) expect(md).toContain(item.prompt);
		if (drawn.some((d) => d.item.type === 'truefalse')) expect(md).toContain('Stated as: False');
		if (drawn.some((d) => d.item.type === 'mcq')) expect(md).toMatch(/ {2}A\. Answer \d+/);
	});
});
