// Figures of one generated set, and their totals over several sets.
import { QUESTION_TYPES, type QuestionSet, type QuestionType } from '../../src/lib/types';

export interface SetMetrics {
	questions: number;
	types: Record<QuestionType, number>;
	sentences: number;
	/** Sentences of at least USABLE_WORDS words: the ones a question could reasonably come from. */
	usableSentences: number;
	/** Usable sentences that at least one question comes from. */
	sentencesWithQuestion: number;
	/** Whether sentence 1 and sentence 2 of the text each have a question. */
	leadCovered: [boolean, boolean];
	trueStatements: number;
	/** True statements equal to their source sentence after whitespace normalisation. */
	verbatimTrue: number;
	falseStatements: number;
	cloze: number;
}

export const USABLE_WORDS = 5;

function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function setMetrics(set: Pick<QuestionSet, 'sentences' | 'questions'>): SetMetrics {
	const types = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<
		QuestionType,
		number
	>;
	for (const q of set.questions) types[q.type] += 1;
	const asked = new Set(set.questions.map((q) => q.sourceSentence));
	const usable = set.sentences
		.map((s, i) => ({ i, words: squash(s).split(' ').length }))
		.filter((s) => s.words >= USABLE_WORDS);
	const tf = set.questions.filter((q) => q.type === 'truefalse');
	const trues = tf.filter((q) => q.answer === 'true');
	return {
		questions: set.questions.length,
		types,
		sentences: set.sentences.length,
		usableSentences: usable.length,
		sentencesWithQuestion: usable.filter((s) => asked.has(s.i)).length,
		leadCovered: [asked.has(0), asked.has(1)],
		trueStatements: trues.length,
		verbatimTrue: trues.filter(
			(q) => squash(q.prompt) === squash(set.sentences[q.sourceSentence] ?? '')
		).length,
		falseStatements: tf.length - trues.length,
		cloze: types.cloze
	};
}

/** Totals across documents; `leadCovered` counts documents whose sentence 1 / 2 has a question. */
export interface TotalMetrics extends Omit<SetMetrics, 'leadCovered'> {
	documents: number;
	leadCovered: [number, number];
}

export function totalMetrics(all: readonly SetMetrics[]): TotalMetrics {
	const total: TotalMetrics = {
		documents: all.length,
		questions: 0,
		types: Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>,
		sentences: 0,
		usableSentences: 0,
		sentencesWithQuestion: 0,
		leadCovered: [0, 0],
		trueStatements: 0,
		verbatimTrue: 0,
		falseStatements: 0,
		cloze: 0
	};
	for (const m of all) {
		total.questions += m.questions;
		for (const t of QUESTION_TYPES) total.types[t] += m.types[t];
		total.sentences += m.sentences;
		total.usableSentences += m.usableSentences;
		total.sentencesWithQuestion += m.sentencesWithQuestion;
		total.leadCovered[0] += m.leadCovered[0] ? 1 : 0;
		total.leadCovered[1] += m.leadCovered[1] ? 1 : 0;
		total.trueStatements += m.trueStatements;
		total.verbatimTrue += m.verbatimTrue;
		total.falseStatements += m.falseStatements;
		total.cloze += m.cloze;
	}
	return total;
}

export function percent(part: number, whole: number): string {
	return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}
