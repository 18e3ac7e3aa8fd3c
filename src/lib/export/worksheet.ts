// A printable worksheet as plain data; the print page renders it (no HTML strings here, so
// nothing from an article can become markup). Questions are numbered from 1; the answer key is
// separate so it can go on its own page.
import type { Question, QuestionSet, QuestionType } from '$lib/types';
import { answerText } from '$lib/study/answer-text';
import { optionLabel } from './faces';

export interface WorksheetOption {
	label: string;
	text: string;
}

export interface WorksheetItem {
	number: number;
	type: QuestionType;
	/** Cloze prompts keep their `_____` gap. */
	prompt: string;
	/** mcq: its options; true/false: True and False; otherwise empty. */
	options: WorksheetOption[];
	/** How the student answers on paper. */
	response: 'circle' | 'write';
}

export interface AnswerKeyEntry {
	number: number;
	/** e.g. `B. Moscow`, `True`, `11,000`. */
	answer: string;
	/** Other accepted answers (cloze, numeric). */
	alsoAccept: string[];
	/** The source sentence, when asked for. */
	explanation?: string;
}

export interface Worksheet {
	title: string;
	source?: string;
	instructions: string;
	items: WorksheetItem[];
	answerKey: AnswerKeyEntry[];
}

export interface WorksheetOptions {
	/** Which questions, in this order; default every question of the set. */
	questionIds?: readonly string[];
	/** Put the source sentence under each key entry. Default true. */
	explanations?: boolean;
	title?: string;
}

function optionsOf(q: Question): WorksheetOption[] {
	if (q.type === 'mcq')
		return (q.options ?? []).map((text, i) => ({ label: optionLabel(i), text }));
	if (q.type === 'truefalse') {
		return [
			{ label: 'T', text: 'True' },
			{ label: 'F', text: 'False' }
		];
	}
	return [];
}

function keyAnswer(q: Question): string {
	const index = q.type === 'mcq' ? (q.options ?? []).indexOf(q.answer) : -1;
	return index >= 0 ? `${optionLabel(index)}. ${q.answer}` : answerText(q);
}

export function buildWorksheet(set: QuestionSet, options: WorksheetOptions = {}): Worksheet {
	const byId = new Map(set.questions.map((q) => [q.id, q]));
	const questions = options.questionIds
		? options.questionIds.flatMap((id) => byId.get(id) ?? [])
		: set.questions;
	const items = questions.map((q, i): WorksheetItem => {
		const choices = optionsOf(q);
		return {
			number: i + 1,
			type: q.type,
			prompt: q.prompt,
			options: choices,
			response: choices.length > 0 ? 'circle' : 'write'
		};
	});
	const withExplanations = options.explanations ?? true;
	const answerKey = questions.map((q, i): AnswerKeyEntry => ({
		number: i + 1,
		answer: keyAnswer(q),
		alsoAccept: q.accept ?? [],
		...(withExplanations && q.explanation ? { explanation: q.explanation } : {})
	}));
	return {
		title: options.title ?? set.title,
		...(set.source ? { source: set.source } : {}),
		instructions:
			'Circle the letter of the right answer, or write the answer on the line. True/false: circle T or F.',
		items,
		answerKey
	};
}
