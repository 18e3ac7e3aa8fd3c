import type { QuestionType } from '../../types';
import type { Fact } from '../facts/types';
import type { SentenceContext } from '../wh';

/** A question before ranking; `score` says how worth learning it is. */
export interface Candidate {
	type: QuestionType;
	prompt: string;
	answer: string;
	options?: string[];
	accept?: string[];
	sourceSentence: number;
	difficulty: number;
	tags: string[];
	score: number;
	/** The fact asked about, so one fact is not asked five times. */
	factKey: string;
}

export interface BuildContext {
	contexts: readonly SentenceContext[];
	facts: readonly Fact[];
	/** How many sentences of the document mention each lower-cased answer. */
	mentions: (text: string) => number;
}

/** One key per answer, whatever its kind: "The British Columbia Wildfire Service" is one fact. */
export function factKey(fact: Fact): string {
	return `${fact.sentence}:${fact.answer.toLowerCase().replace(/^the\s+/, '')}`;
}

/** Other spellings of a number that count as correct ("11,000" / "11000"). */
export function numberVariants(answer: string): string[] {
	const bare = answer.replace(/,/g, '');
	const grouped = bare.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return [...new Set([answer, bare, grouped])];
}
