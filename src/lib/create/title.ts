// A title for a pasted article, suggested so the teacher never faces a blank, required field:
// the headline when the text starts with one, otherwise the start of the first sentence.

import type { Outcome } from '$lib/types';
import { isHeadline } from '$lib/generate/headline';

/** Titles are at most 200 characters; a suggestion stays well inside that. */
const MAX_SENTENCE_START = 80;

/** '' when the text has nothing to suggest from. */
export function suggestTitle(text: string): string {
	const lines = text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const first = lines[0];
	if (first === undefined) return '';
	// Markdown headings and emphasis, and quotes around a whole headline, are not part of it.
	const line = first
		.replace(/^#{1,6}\s+/, '')
		.replace(/^(\*\*|__)(.+)\1$/, '$2')
		.replace(/\s+/g, ' ')
		.trim();
	// A short first line above more text is a headline, as the generator reads it.
	if (lines.length > 1 && isHeadline(line)) return line;
	const sentence = /^.+?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
	const words = sentence.replace(/[.!?]$/, '');
	if (words.length <= MAX_SENTENCE_START) return words;
	const cut = words.slice(0, MAX_SENTENCE_START);
	const space = cut.lastIndexOf(' ');
	return `${(space > MAX_SENTENCE_START / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A set's title as typed (renaming, or the create form): trimmed, not empty, at most 200 characters. */
export function checkSetTitle(title: string): Outcome<string> {
	const trimmed = title.trim();
	if (trimmed === '') return { ok: false, error: 'Give the set a title.' };
	if (trimmed.length > 200)
		return { ok: false, error: 'The title is too long (at most 200 characters).' };
	return { ok: true, value: trimmed };
}
