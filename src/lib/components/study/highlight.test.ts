import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlightParts', () => {
	it('marks the answer inside the sentence', () => {
		expect(highlightParts('They sent 3,000 troops.', ['3,000'])).toEqual([
			{ text: 'They sent ', mark: false },
			{ text: '3,000', mark: true },
			{ text: ' troops.', mark: false }
		]);
	});
	it('ignores case and a trailing full stop of the answer', () => {
		expect(highlightParts('The Joint Chiefs said so', ['the joint chiefs.'])).toEqual([
			{ text: 'The Joint Chiefs', mark: true },
			{ text: ' said so', mark: false }
		]);
	});
	it('tries accepted spellings in order', () => {
		expect(highlightParts('About 3000 left', ['3,000', '3000'])[1]).toEqual({
			text: '3000',
			mark: true
		});
	});
	it('keeps markup as plain text and leaves sentences without the answer whole', () => {
		const sentence = '<img src=x onerror=alert(1)> is text';
		expect(highlightParts(sentence, ['true'])).toEqual([{ text: sentence, mark: false }]);
		expect(highlightParts(sentence, ['<img'])[0]).toEqual({ text: '<img', mark: true });
	});
	it('ignores empty answers', () => {
		expect(highlightParts('abc', ['', '  '])).toEqual([{ text: 'abc', mark: false }]);
	});
});
