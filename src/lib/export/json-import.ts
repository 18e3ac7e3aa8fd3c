// Reads a set back from the app's own JSON (see json.ts), or a bare QuestionSet such as
// /sets/<id>.json, validating everything: the file comes from anywhere.
import * as v from 'valibot';
import { QUESTION_TYPES, type Outcome, type QuestionSet } from '$lib/types';
import { describeIssues } from '$lib/share/issues';
import { calendarDate } from '$lib/study/staleness';
import { SET_FILE_FORMAT, SET_FILE_VERSION } from './json';

export const MAX_JSON_CHARS = 5 * 1024 * 1024;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const QuestionSchema = v.pipe(
	v.object({
		id: nonEmpty(100),
		type: v.picklist(QUESTION_TYPES),
		prompt: nonEmpty(2000),
		answer: nonEmpty(2000),
		options: v.optional(v.pipe(v.array(text(500)), v.maxLength(10))),
		accept: v.optional(v.pipe(v.array(text(500)), v.maxLength(20))),
		sourceSentence: v.pipe(v.number(), v.integer(), v.minValue(0)),
		explanation: text(5000),
		difficulty: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3))),
		tags: v.optional(v.pipe(v.array(text(100)), v.maxLength(50))),
		asOf: v.optional(
			v.pipe(
				v.string(),
				v.check((day) => calendarDate(day) !== null, 'asOf must be a real date (YYYY-MM-DD)')
			)
		)
	}),
	v.check(
		(q) =>
			q.type !== 'mcq' || (!!q.options && q.options.length >= 2 && q.options.includes(q.answer)),
		'a multiple-choice question needs at least 2 options, one of them its answer'
	),
	v.check(
		(q) => q.type !== 'truefalse' || q.answer === 'true' || q.answer === 'false',
		'a true/false answer must be "true" or "false"'
	)
);

const SetSchema = v.pipe(
	v.object({
		id: nonEmpty(100),
		title: nonEmpty(300),
		source: v.optional(text(300)),
		url: v.optional(text(2000)),
		date: v.optional(text(40)),
		tags: v.optional(v.pipe(v.array(text(100)), v.maxLength(50))),
		generatorVersion: text(100),
		sentences: v.pipe(v.array(text(5000)), v.maxLength(10_000)),
		warnings: v.optional(v.array(text(1000))),
		questions: v.pipe(
			v.array(QuestionSchema),
			v.minLength(1, 'the set has no questions'),
			v.maxLength(2000)
		)
	}),
	v.check(
		(set) => set.questions.every((q) => q.sourceSentence < set.sentences.length),
		'a question points at a sentence the set does not have'
	),
	v.check(
		(set) => new Set(set.questions.map((q) => q.id)).size === set.questions.length,
		'two questions share an id'
	)
);

export interface JsonImportOptions {
	/** Give the imported set a new id, so it never replaces a built-in or existing set. */
	id?: string;
}

export function importQuestionSetJson(
	text: string,
	options: JsonImportOptions = {}
): Outcome<QuestionSet> {
	if (text.length > MAX_JSON_CHARS) {
		return { ok: false, error: 'The file is too large (over 5 MB) to be a question set.' };
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'This is not a JSON file (it cannot be read as JSON).' };
	}
	let candidate = data;
	if (typeof data === 'object' && data !== null && 'format' in data) {
		const file = data as { format?: unknown; version?: unknown; set?: unknown };
		if (file.format !== SET_FILE_FORMAT) {
			return { ok: false, error: 'This JSON file is not a Factdeck question set.' };
		}
		if (typeof file.version !== 'number' || file.version > SET_FILE_VERSION) {
			return {
				ok: false,
				error: `This set was saved by a newer Factdeck (format ${String(file.version)}) — update the app and try again.`
			};
		}
		candidate = file.set;
	}
	const parsed = v.safeParse(SetSchema, candidate);
	if (!parsed.success) {
		return {
			ok: false,
			error: `This question set is not valid (${describeIssues(parsed.issues)}).`
		};
	}
	const set = parsed.output as QuestionSet;
	return { ok: true, value: options.id ? { ...set, id: options.id } : set };
}
