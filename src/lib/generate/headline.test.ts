import { describe, expect, it } from 'vitest';
import { isHeadline, liftHeadline } from './headline';
import { generateQuestionSet } from './index';

const LEAD =
	'The city council of Marlow approved a new 40-million-pound bridge on Tuesday, after two years of debate.';
const SECOND = 'The bridge will carry 12,000 vehicles a day when it opens in 2027.';

describe('headline', () => {
	it('reads a short first line without a full stop as a headline', () => {
		expect(isHeadline('Marlow council approves new river bridge')).toBe(true);
		expect(isHeadline('Why the bridge matters: a guide')).toBe(true);
		expect(isHeadline(LEAD)).toBe(false);
		expect(isHeadline('The council met on Tuesday.')).toBe(false);
		expect(isHeadline('"We will build it," she said.')).toBe(false);
		expect(isHeadline('2027')).toBe(false);
		expect(isHeadline('x'.repeat(121))).toBe(false);
	});

	it('lifts the headline above more text, and nothing else', () => {
		expect(liftHeadline(`Marlow approves bridge\n${LEAD}\n${SECOND}`)).toEqual({
			headline: 'Marlow approves bridge',
			body: `${LEAD}\n${SECOND}`
		});
		expect(liftHeadline(`${LEAD}\n${SECOND}`)).toEqual({ body: `${LEAD}\n${SECOND}` });
		expect(liftHeadline('Marlow approves bridge')).toEqual({ body: 'Marlow approves bridge' });
	});

	it('a pasted headline (plain or Markdown) is the title, not a sentence, and the lead is sentence 1', () => {
		for (const heading of ['Marlow approves bridge', '# Marlow approves bridge']) {
			const set = generateQuestionSet({ text: `${heading}\n\n${LEAD}\n\n${SECOND}` });
			expect(set.title).toBe('Marlow approves bridge');
			expect(set.sentences[0]).toBe(LEAD);
			expect(set.sentences).not.toContain('Marlow approves bridge');
		}
		const titled = generateQuestionSet({
			title: 'Bridge vote',
			text: `Marlow approves bridge\n${LEAD}`
		});
		expect(titled.title).toBe('Bridge vote');
		expect(titled.sentences).toEqual([LEAD]);
	});
});
