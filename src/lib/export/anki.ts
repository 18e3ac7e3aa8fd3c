// Anki's text import (File > Import, Anki 2.1.55+): tab-separated front, back and tags, with the
// header lines of Anki's manual ("File Headers") so Anki picks the settings itself. Columns are
// mapped by position (front to the note type's first field, back to its second), never by name:
// a `#columns:Front…` line would leave every card blank in an Anki whose Basic note type has
// translated field names. With `#html:false` the fields are plain text; a field
// holding a tab, a new line or a double quote is wrapped in double quotes with inner quotes
// doubled, which is how Anki's CSV-based reader keeps multi-line fields together.
import type { Question, QuestionSet } from '$lib/types';
import { cardFaces } from './faces';

function ankiField(text: string): string {
	return /[\t\n\r"]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Anki tags are space-separated and cannot contain spaces; `::` makes a hierarchy. */
function ankiTag(tag: string): string {
	return tag.trim().replace(/\s+/g, '_');
}

function tagsOf(set: QuestionSet, q: Question): string {
	const tags = ['factdeck', `factdeck::${set.id}`, q.type, ...(q.tags ?? [])].map(ankiTag);
	return [...new Set(tags.filter(Boolean))].join(' ');
}

/** Header lines hold one line each: strip what would break them. */
function headerValue(text: string): string {
	return text.replace(/[\t\r\n]+/g, ' ').trim();
}

export function questionSetToAnki(set: QuestionSet): string {
	const header = [
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		`#deck:${headerValue(set.title) || 'Factdeck'}`,
		'#tags column:3'
	];
	const notes = set.questions.map((q) => {
		const { front, back } = cardFaces(q);
		return [ankiField(front), ankiField(back), tagsOf(set, q)].join('\t');
	});
	return [...header, ...notes].join('\n') + '\n';
}
