import { describe, expect, it } from 'vitest';
import { suggestPublishedDate } from './published-date';

const TODAY = '2025-06-15';
const BODY =
	'North Korea has reportedly sent an additional 3,000 troops to Russia, according to officials. The deployment began in January 2024.';

describe('suggestPublishedDate', () => {
	it.each([
		['2025-03-03 — ' + BODY, '2025-03-03', '2025-03-03'],
		['March 3, 2025\n\n' + BODY, '2025-03-03', 'March 3, 2025'],
		['3 March 2025. ' + BODY, '2025-03-03', '3 March 2025'],
		['Mar. 3, 2025 — ' + BODY, '2025-03-03', 'Mar. 3, 2025'],
		['Sept 30 2024: ' + BODY, '2024-09-30', 'Sept 30 2024'],
		['KYIV, Feb 27 (Reuters) - ' + BODY, '2025-02-27', 'Feb 27'],
		['SEOUL, 27th February (AP) — ' + BODY, '2025-02-27', '27th February']
	])('reads the date an article opens with: %s', (text, date, phrase) => {
		expect(suggestPublishedDate(text, TODAY)).toEqual({ date, phrase });
	});

	it('prefers a "Published" line near the top over other dates', () => {
		const text = `Troops in Russia\nBy A. Writer\nUpdated: 12 June 2025\n\n${BODY}`;
		expect(suggestPublishedDate(text, TODAY)).toEqual({
			date: '2025-06-12',
			phrase: '12 June 2025'
		});
		expect(
			suggestPublishedDate(`Summit ends. ${'x '.repeat(200)}Published on May 2, 2025`, TODAY)
		).toEqual({ date: '2025-05-02', phrase: 'May 2, 2025' });
	});

	it('takes a dateline without a year as its latest day up to today', () => {
		expect(suggestPublishedDate('PARIS, Dec 30 (Reuters) - ' + BODY, TODAY).date).toBe(
			'2024-12-30'
		);
		expect(suggestPublishedDate('PARIS, June 15 (Reuters) - ' + BODY, TODAY).date).toBe(
			'2025-06-15'
		);
	});

	it('never suggests a day after today, nor a date that does not exist', () => {
		expect(suggestPublishedDate('July 4, 2025 — ' + BODY, TODAY)).toEqual({ date: TODAY });
		expect(suggestPublishedDate('2025-02-30 — ' + BODY, TODAY)).toEqual({ date: TODAY });
		expect(suggestPublishedDate('31 April 2025. ' + BODY, TODAY)).toEqual({ date: TODAY });
	});

	it('ignores dates the article reports further down: they are events, not its date', () => {
		const text = `${BODY} ${'More context follows here. '.repeat(10)}The pact was signed on 19 June 2024.`;
		expect(suggestPublishedDate(text, TODAY)).toEqual({ date: TODAY });
	});

	it('falls back to today for text without a date, and for empty text', () => {
		expect(suggestPublishedDate(BODY, TODAY)).toEqual({ date: TODAY });
		expect(suggestPublishedDate('', TODAY)).toEqual({ date: TODAY });
		// "May" the verb is not a month without a day beside it.
		expect(suggestPublishedDate('Russia may provide technology. ' + BODY, TODAY)).toEqual({
			date: TODAY
		});
	});
});
