import { describe, expect, it } from 'vitest';
import { editDraftId, emptyDocument, isEmptyDraft, NEW_SET_DRAFT } from './draft';

describe('drafts', () => {
	it('has one id for the new set and one per edited set, never the same', () => {
		expect(editDraftId('new')).not.toBe(NEW_SET_DRAFT);
		expect(editDraftId('rivers')).toBe('edit:rivers');
	});

	it('is empty until something is typed or curated; the date alone does not count', () => {
		const document = emptyDocument();
		expect(isEmptyDraft({ document })).toBe(true);
		document.fields.date = '2025-01-01';
		document.text = '  \n';
		expect(isEmptyDraft({ document })).toBe(true);
		expect(isEmptyDraft({ document: { ...document, text: 'A' } })).toBe(false);
		expect(
			isEmptyDraft({ document: { ...document, fields: { ...document.fields, source: 'AP' } } })
		).toBe(false);
		const set = { id: 's', title: 'S', generatorVersion: 't', sentences: [], questions: [] };
		expect(isEmptyDraft({ document, curation: { set, questions: [] } })).toBe(false);
	});
});
