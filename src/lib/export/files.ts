// One entry point per direction for the pages: which formats exist, a set as a downloadable
// file, and a chosen file read back into a set.
import type { QuestionSet } from '$lib/types';
import { questionSetToAnki } from './anki';
import { questionSetToCsv } from './csv';
import { questionSetToGift } from './gift';
import { importGift } from './gift-import';
import { questionSetToJson } from './json';
import { importQuestionSetJson } from './json-import';
import { questionSetToQuizlet } from './quizlet';

export const EXPORT_FORMATS = [
	{ id: 'anki', label: 'Anki (text import)', extension: 'txt', mimeType: 'text/plain' },
	{ id: 'quizlet', label: 'Quizlet (import text)', extension: 'txt', mimeType: 'text/plain' },
	{ id: 'gift', label: 'Moodle (GIFT)', extension: 'gift.txt', mimeType: 'text/plain' },
	{ id: 'csv', label: 'Spreadsheet (CSV)', extension: 'csv', mimeType: 'text/csv' },
	{ id: 'json', label: 'Factdeck (JSON)', extension: 'json', mimeType: 'application/json' }
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

const WRITERS: Record<ExportFormat, (set: QuestionSet) => string> = {
	anki: questionSetToAnki,
	quizlet: questionSetToQuizlet,
	gift: questionSetToGift,
	csv: questionSetToCsv,
	json: questionSetToJson
};

export interface ExportFile {
	filename: string;
	mimeType: string;
	text: string;
}

/** A file name safe on every system, from the set's id. */
function baseName(set: QuestionSet): string {
	return (
		set.id
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'factdeck-set'
	);
}

export function exportSet(set: QuestionSet, format: ExportFormat): ExportFile {
	const info = EXPORT_FORMATS.find((f) => f.id === format) ?? EXPORT_FORMATS[0];
	const suffix = format === 'anki' || format === 'quizlet' ? `-${format}` : '';
	return {
		filename: `${baseName(set)}${suffix}.${info.extension}`,
		mimeType: `${info.mimeType};charset=utf-8`,
		text: WRITERS[format](set)
	};
}

export type SetFileImport =
	{ ok: true; value: QuestionSet; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Reads a chosen file: `.json` as Factdeck JSON, anything else as GIFT (Moodle saves `.txt` and
 * `.gift`). The new set gets `id`, so it never replaces an existing one.
 */
export function importSetFile(fileName: string, text: string, id: string): SetFileImport {
	if (/\.json$/i.test(fileName) || /^\s*\{/.test(text)) {
		const outcome = importQuestionSetJson(text, { id });
		return outcome.ok
			? { ok: true, value: outcome.value, warnings: [] }
			: { ok: false, errors: [outcome.error] };
	}
	const title = fileName.replace(/\.(gift\.txt|gift|txt)$/i, '').trim();
	return importGift(text, { id, ...(title ? { fallbackTitle: title } : {}) });
}
