import { describe, expect, it } from 'vitest';
import { documentFromFile } from './documents';

describe('documentFromFile', () => {
	it('reads title, source, url and date from front matter and ignores other keys', () => {
		const doc = documentFromFile(
			'tariffs.md',
			'---\ntitle: New tariffs\nauthor: Someone\nsource: A paper\nurl: https://example.org/a\ndate: 2024-05-01\n---\n\nBody text here.\n'
		);
		expect(doc.name).toBe('tariffs');
		expect(doc.input).toEqual({
			text: 'Body text here.',
			title: 'New tariffs',
			source: 'A paper',
			url: 'https://example.org/a',
			date: '2024-05-01'
		});
	});
	it('takes a .txt file whole, titled by its file name', () => {
		const doc = documentFromFile('storm-report.txt', '---\nnot: front matter\n---\nText.');
		expect(doc.input.title).toBe('storm-report');
		expect(doc.input.text).toBe('---\nnot: front matter\n---\nText.');
	});
	it('keeps a Markdown body without front matter', () => {
		expect(documentFromFile('a.md', 'Just text.').input).toEqual({
			text: 'Just text.',
			title: 'a'
		});
	});
});
