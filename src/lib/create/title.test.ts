import { describe, expect, it } from 'vitest';
import { checkSetTitle, suggestTitle } from './title';

describe('suggestTitle', () => {
	it('takes a headline above the article', () => {
		expect(suggestTitle('\n  North Korea sends 3,000 more troops  \n\nThe troops arrived.')).toBe(
			'North Korea sends 3,000 more troops'
		);
	});

	it('drops Markdown heading marks and bold around the headline', () => {
		expect(suggestTitle('# Rivers of Europe\nThe Danube is long.')).toBe('Rivers of Europe');
		expect(suggestTitle('**Rivers of Europe**\nThe Danube is long.')).toBe('Rivers of Europe');
	});

	it('uses the first sentence when the text starts with prose', () => {
		expect(suggestTitle('The Danube is 2,850 km long. It flows east.')).toBe(
			'The Danube is 2,850 km long'
		);
		// A first line that ends like a sentence is prose, not a headline.
		expect(suggestTitle('The Danube flows east.\nIt is long.')).toBe('The Danube flows east');
	});

	it('cuts a long first sentence at a word and marks the cut', () => {
		const long =
			'Officials in the capital said on Tuesday that the long-delayed bridge across the river would finally open next spring after years of disputes.';
		const title = suggestTitle(long);
		expect(title.endsWith('…')).toBe(true);
		expect(title.length).toBeLessThanOrEqual(81);
		expect(long.startsWith(title.slice(0, -1))).toBe(true);
		expect(title.slice(0, -1).endsWith(' ')).toBe(false);
	});

	it('suggests nothing for empty text', () => {
		expect(suggestTitle('')).toBe('');
		expect(suggestTitle(' \n\t\n ')).toBe('');
	});
});

describe('checkSetTitle', () => {
	it('trims a title and refuses an empty or overlong one', () => {
		expect(checkSetTitle('  Rivers  ')).toEqual({ ok: true, value: 'Rivers' });
		expect(checkSetTitle(' \n ')).toEqual({ ok: false, error: 'Give the set a title.' });
		expect(checkSetTitle('x'.repeat(201))).toEqual({
			ok: false,
			error: 'The title is too long (at most 200 characters).'
		});
	});
});
