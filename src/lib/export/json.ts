// The app's own file format: the set itself inside a small envelope that says what it is and
// which version of the format wrote it, so a future Factdeck can migrate and an older one can
// refuse clearly.
import type { QuestionSet } from '$lib/types';

export const SET_FILE_FORMAT = 'factdeck-set';
export const SET_FILE_VERSION = 1;

export interface SetFile {
	format: typeof SET_FILE_FORMAT;
	version: typeof SET_FILE_VERSION;
	set: QuestionSet;
}

export function questionSetToJson(set: QuestionSet): string {
	const file: SetFile = { format: SET_FILE_FORMAT, version: SET_FILE_VERSION, set };
	return JSON.stringify(file, null, 2) + '\n';
}
