import type { QuestionType } from '$lib/types';

export const QUESTION_TYPE_LABELS: Record<QuestionType, { one: string; many: string }> = {
	mcq: { one: 'multiple choice', many: 'multiple choice' },
	cloze: { one: 'fill-in', many: 'fill-ins' },
	truefalse: { one: 'true/false', many: 'true/false' },
	numeric: { one: 'numeric', many: 'numeric' },
	flashcard: { one: 'flashcard', many: 'flashcards' }
};

export function countLabel(type: QuestionType, count: number): string {
	const label = QUESTION_TYPE_LABELS[type];
	return `${count} ${count === 1 ? label.one : label.many}`;
}

/** "2025-03-14" -> "14 March 2025"; undefined for a missing or malformed date. */
export function formatDate(iso: string | undefined): string | undefined {
	if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return undefined;
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(date);
}

/** "2025-02-27" -> "27 Feb 2025", the short form beside a question; undefined when malformed. */
export function formatShortDate(iso: string | undefined): string | undefined {
	if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) return undefined;
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	})
		.format(date)
		.replace('Sept', 'Sep');
}
