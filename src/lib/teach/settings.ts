// The assignment form's fields, validated before a link is made.
import * as v from 'valibot';
import type { Assignment, AssignmentQuestion } from '$lib/types';

function isCalendarDate(iso: string): boolean {
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

export const AssignmentSettingsSchema = v.object({
	title: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('Give the assignment a title.'),
		v.maxLength(200, 'The title is too long (at most 200 characters).')
	),
	due: v.pipe(
		v.string(),
		v.trim(),
		v.check(
			(due) => due === '' || (/^\d{4}-\d{2}-\d{2}$/.test(due) && isCalendarDate(due)),
			'The due date must be a real date.'
		)
	),
	passMark: v.pipe(
		v.number('The pass mark must be a number.'),
		v.integer('The pass mark must be a whole number.'),
		v.minValue(0, 'The pass mark is between 0 and 100.'),
		v.maxValue(100, 'The pass mark is between 0 and 100.')
	),
	shuffle: v.boolean(),
	feedback: v.picklist(['during', 'end'])
});

export type AssignmentSettings = v.InferInput<typeof AssignmentSettingsSchema>;

/** The assignment, or each field's problem by name. */
export function buildAssignment(
	settings: AssignmentSettings,
	questions: AssignmentQuestion[],
	id: string,
	now: number
): { ok: true; value: Assignment } | { ok: false; errors: Partial<Record<string, string>> } {
	const parsed = v.safeParse(AssignmentSettingsSchema, settings);
	const errors: Partial<Record<string, string>> = {};
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const key = issue.path?.[0]?.key;
			if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
		}
	}
	if (questions.length === 0) errors.questions = 'Choose at least one question.';
	if (!parsed.success || questions.length === 0) return { ok: false, errors };
	const { title, due, passMark, shuffle, feedback } = parsed.output;
	return {
		ok: true,
		value: {
			id,
			title,
			...(due ? { due } : {}),
			passMark,
			shuffle,
			feedback,
			createdAt: now,
			questions
		}
	};
}
