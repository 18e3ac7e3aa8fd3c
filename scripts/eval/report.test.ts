import { describe, expect, it } from 'vitest';
import { longDocumentFigures } from './report';

function doc(words: number, questions: number) {
	return { words, metrics: { questions } } as Parameters<typeof longDocumentFigures>[0][number];
}

describe('longDocumentFigures', () => {
	it('takes the median and the least over documents of 600 words or more only', () => {
		expect(longDocumentFigures([doc(599, 1), doc(600, 12), doc(900, 20), doc(1200, 30)])).toEqual({
			count: 3,
			median: 20,
			least: 12
		});
		expect(longDocumentFigures([doc(700, 10), doc(800, 15)])).toEqual({
			count: 2,
			median: 12.5,
			least: 10
		});
		expect(longDocumentFigures([doc(300, 9)])).toBeNull();
	});
});
