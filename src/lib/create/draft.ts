// The create page's unsaved work, kept as it is typed so that closing the browser loses
// nothing: the article and its fields, the story chosen, and the questions being curated.
import type { Question, QuestionSet } from '$lib/types';
import type { DocumentForm } from './shared-document';

export interface CreateDraft {
	/** NEW_SET_DRAFT, or editDraftId(set id) for the edit of a saved set. */
	id: string;
	savedAt: number;
	/** The form as typed: the article and its title, source, URL and date (YYYY-MM-DD or ''). */
	document: DocumentForm;
	/** The story picker: '' (none), an existing story's id, or the new story's marker with its name. */
	story: { selected: string; title: string };
	/** While curating: the set (its sentences and metadata) and its questions, in order. */
	curation?: { set: QuestionSet; questions: Question[] };
}

/** The one draft of a new set. */
export const NEW_SET_DRAFT = 'new';

/** The draft of edits to a saved set: one per set, apart from the new set's. */
export function editDraftId(setId: string): string {
	return `edit:${setId}`;
}

export function emptyDocument(): DocumentForm {
	return { text: '', fields: { title: '', source: '', url: '', date: '' } };
}

/** Nothing worth keeping: no text, no fields typed, nothing being curated. */
export function isEmptyDraft(draft: Pick<CreateDraft, 'document' | 'curation'>): boolean {
	const { text, fields } = draft.document;
	const typed = [text, fields.title, fields.source, fields.url];
	return !draft.curation && typed.every((field) => field.trim() === '');
}
