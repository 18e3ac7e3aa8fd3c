// The shared vocabulary of Factdeck. Core modules, components and routes all speak these types.

export const QUESTION_TYPES = ['mcq', 'cloze', 'truefalse', 'numeric', 'flashcard'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** One generated (or hand-written) question, always tied to the sentence it came from. */
export interface Question {
	/** Stable while the document is unchanged; progress is keyed on it. */
	id: string;
	type: QuestionType;
	/** The question, the cloze sentence with `_____`, the true/false statement, or a card's front. */
	prompt: string;
	/** The correct answer; `"true"`/`"false"` for truefalse; a card's back for flashcards. */
	answer: string;
	/** mcq only: exactly 4 options, one of which equals `answer`. */
	options?: string[];
	/** cloze and numeric: other spellings that count as correct. */
	accept?: string[];
	/** Index into the set's `sentences`. */
	sourceSentence: number;
	/** The source sentence, shown as feedback. */
	explanation: string;
	/** 1 (easy) to 3 (hard). */
	difficulty?: number;
	tags?: string[];
}

export interface DocumentInput {
	text: string;
	title?: string;
	source?: string;
	url?: string;
	/** ISO date (YYYY-MM-DD) the document was published. */
	date?: string;
}

export interface GenerateOptions {
	maxQuestions?: number;
}

export interface QuestionSet {
	id: string;
	title: string;
	source?: string;
	url?: string;
	date?: string;
	tags?: string[];
	generatorVersion: string;
	sentences: string[];
	warnings?: string[];
	questions: Question[];
}

export type QuestionCounts = Record<QuestionType, number>;

/** One line of `/sets.json`: what the library needs without loading every set. */
export interface SetSummary {
	id: string;
	title: string;
	source?: string;
	url?: string;
	date?: string;
	tags?: string[];
	questionCount: number;
	counts: QuestionCounts;
}
