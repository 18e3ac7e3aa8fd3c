export { questionSetToAnki } from './anki';
export { questionSetToQuizlet } from './quizlet';
export { escapeGift, questionSetToGift } from './gift';
export {
	importGift,
	MAX_GIFT_CHARS,
	type GiftImportOptions,
	type GiftImportOutcome
} from './gift-import';
export { csvField, csvRecord, questionSetToCsv, toCsv } from './csv';
export { questionSetToJson, SET_FILE_FORMAT, SET_FILE_VERSION, type SetFile } from './json';
export { importQuestionSetJson, MAX_JSON_CHARS, type JsonImportOptions } from './json-import';
export {
	buildWorksheet,
	type AnswerKeyEntry,
	type Worksheet,
	type WorksheetItem,
	type WorksheetOption,
	type WorksheetOptions
} from './worksheet';
export { cardFaces, optionLabel, type CardFaces } from './faces';
export {
	EXPORT_FORMATS,
	exportSet,
	importSetFile,
	type ExportFile,
	type ExportFormat,
	type SetFileImport
} from './files';
