import { describe, expect, it } from 'vitest';
import { checkText, readDocumentFile, validateDocument } from './document';

const ARTICLE =
	'The river Thames flows through London. It is 346 kilometres long and reaches the North Sea.';

describe('checkText', () => {
	it('refuses empty, huge, binary and all-markup text with a clear message', () => {
		expect(checkText('   \n ')).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
		expect(checkText('a'.repeat(5_000_000))).toEqual({
			ok: false,
			error: expect.stringMatching(/too long/)
		});
		expect(checkText('PK\u0003\u0004\u0000\u0000binary')).toEqual({
			ok: false,
			error: expect.stringMatching(/not text/)
		});
		expect(checkText('<div><span></span><img src=x onerror=alert(1)></div>')).toEqual({
			ok: false,
			error: expect.stringMatching(/all markup/)
		});
		expect(checkText('Too short.')).toEqual({ ok: false, error: expect.stringMatching(/short/) });
	});

	it('accepts an article, trimmed', () => {
		expect(checkText(`  ${ARTICLE}\n`)).toEqual({ ok: true, value: ARTICLE });
	});
});

describe('validateDocument', () => {
	it('reports each bad field by name', () => {
		const outcome = validateDocument(
			'',
			{
				title: ' ',
				source: '',
				url: 'javascript:alert(1)',
				date: '2025-02-30'
			},
			'2025-06-15'
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(Object.keys(outcome.errors).sort()).toEqual(['date', 'text', 'title', 'url']);
	});

	it('drops empty optional fields', () => {
		const outcome = validateDocument(
			ARTICLE,
			{ title: ' Thames ', source: '', url: '', date: '2025-06-15' },
			'2025-06-15'
		);
		expect(outcome).toEqual({
			ok: true,
			value: { text: ARTICLE, title: 'Thames', date: '2025-06-15' }
		});
	});

	it.each([
		['', /Give the date the article was published/],
		['2025-06-16', /in the future.*\(2025-06-15\)/],
		['3000-01-01', /in the future/],
		['yesterday', /real date in the form YYYY-MM-DD/],
		['2025-02-29', /real date/],
		['2025-6-1', /real date/]
	])('refuses the date %j with a clear message', (date, message) => {
		const outcome = validateDocument(
			ARTICLE,
			{ title: 'T', source: '', url: '', date },
			'2025-06-15'
		);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.errors.date).toMatch(message);
	});

	it('accepts today and any real past date', () => {
		for (const date of ['2025-06-15', '2024-02-29', '1999-12-31'])
			expect(
				validateDocument(ARTICLE, { title: 'T', source: '', url: '', date }, '2025-06-15').ok
			).toBe(true);
	});
});

describe('readDocumentFile', () => {
	it('reads Markdown front matter', async () => {
		const md = `---\ntitle: Rivers\nurl: https://example.org/rivers\ndate: 2025-01-02\n---\n${ARTICLE}`;
		expect(await readDocumentFile('rivers.md', md)).toEqual({
			ok: true,
			value: {
				text: ARTICLE,
				title: 'Rivers',
				url: 'https://example.org/rivers',
				date: '2025-01-02'
			}
		});
	});

	it('reads text files and refuses other files (HTML goes to arrivalFromFile)', async () => {
		expect(await readDocumentFile('a.txt', '  text \n')).toEqual({
			ok: true,
			value: { text: 'text' }
		});
		expect((await readDocumentFile('a.html', '<p>x</p>')).ok).toBe(false);
		expect((await readDocumentFile('a.pdf', '%PDF')).ok).toBe(false);
		expect((await readDocumentFile('a.txt', 'x\u0000y')).ok).toBe(false);
		expect((await readDocumentFile('bad.md', '---\ntitle: [\n---\ntext')).ok).toBe(false);
	});
});
