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
	/**
	 * The set's date (YYYY-MM-DD), on questions whose fact can change (counts, prices, rates,
	 * rankings, office holders, "currently"): true as of this date, perhaps not later.
	 */
	asOf?: string;
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

/** A run of articles on one subject, followed over time (e.g. "North Korean troops in Russia"). */
export interface Story {
	/** Lower-case words joined by hyphens, from the title. */
	id: string;
	title: string;
}

export interface QuestionSet {
	id: string;
	title: string;
	source?: string;
	url?: string;
	date?: string;
	tags?: string[];
	/** The story this article belongs to; its facts are matched to the story's earlier articles. */
	story?: Story;
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
	story?: Story;
	questionCount: number;
	counts: QuestionCounts;
}

// ---- Study: cards, reviews, sessions, settings (lib/srs, lib/study, lib/db) ----

/** How a review was made; stored with every review. */
export const STUDY_MODES = ['flashcard', 'quiz', 'review', 'test', 'assignment'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];

/** ts-fsrs grades: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type ReviewRating = 1 | 2 | 3 | 4;

/** ts-fsrs card states: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardState = 0 | 1 | 2 | 3;

/** The FSRS memory state of one card; times are epoch milliseconds. */
export interface CardSchedule {
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardState;
	lastReview: number | null;
}

/** One studied question. Key: `${setId}:${questionId}`. */
export interface Card extends CardSchedule {
	id: string;
	setId: string;
	questionId: string;
	/** `${setId}#${sourceSentence}`: questions from the same sentence are siblings. */
	siblingKey: string;
	/**
	 * Not studied any more, history kept: the question left the set (regenerated), or the learner
	 * marked its fact outdated (`outdatedOn`).
	 */
	retired: boolean;
	addedAt: number;
	/** The learner's local day (YYYY-MM-DD) of the last "Still true" for a time-sensitive fact. */
	confirmedOn?: string;
	/** The learner's local day (YYYY-MM-DD) they marked the fact outdated; it stays retired. */
	outdatedOn?: string;
	/**
	 * A newer article of the story changed this fact: the card it names carries the schedule on
	 * and this one stays retired, with its reviews (the log stays under this card's id).
	 */
	supersededBy?: string;
	/** The older card whose schedule this one carried on; its reviews are this fact's history. */
	supersedes?: string;
	/** A newer article states the same fact: the named card is studied instead; this one stays retired. */
	sameAs?: string;
	/** What changed, shown with the card while `reps` is still `atReps` (its next review). */
	update?: FactUpdate;
}

/** "Updated: 11,000 (Feb 2025) → 14,000 (Jun 2025)". Dates are the articles' (YYYY-MM-DD). */
export interface FactUpdate {
	from: string;
	fromDate?: string;
	to: string;
	toDate?: string;
	atReps: number;
}

/** A story as stored on this device; built-in sets carry theirs in their JSON. */
export interface StoryRecord extends Story {
	createdAt: number;
}

/** One entry of the append-only review log. */
export interface Review {
	/** Autoincrement key, assigned by IndexedDB. */
	id: number;
	cardId: string;
	setId: string;
	rating: ReviewRating;
	/** What the student typed or picked; '' for self-rated flashcards. */
	answer: string;
	correct: boolean;
	mode: StudyMode;
	durationMs: number;
	reviewedAt: number;
	/** The card before this review, for undo; null for reviews migrated from schema v1. */
	before: CardSchedule | null;
	/** The card's due date after this review. */
	dueAfter: number;
}

/** One answer inside a session. */
export interface SessionAnswer {
	cardId: string;
	answer: string;
	correct: boolean;
	rating: ReviewRating;
	durationMs: number;
	answeredAt: number;
	/** The review log entry written for this answer, once stored. */
	reviewId?: number;
}

/** A card between learning steps (ts-fsrs): it comes back in the same session once due. */
export interface LearningCard {
	cardId: string;
	/** When its step is over (epoch ms). */
	due: number;
}

/** A resumable study session. */
export interface StudySession {
	id: string;
	mode: StudyMode;
	setId?: string;
	/** Card ids in the order they are shown; a card back from a learning step appears again. */
	queue: string[];
	/** Index of the card being shown; equals answers.length. */
	position: number;
	answers: SessionAnswer[];
	/** Cards waiting for their learning step, soonest first (absent in older sessions: none). */
	learning?: LearningCard[];
	startedAt: number;
	finishedAt?: number;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
	/** 0.70–0.97, default 0.90. */
	desiredRetention: number;
	/** New cards introduced per day, default 20. */
	newPerDay: number;
	theme: Theme;
	/** Time-sensitive facts older than this many months are flagged in study; 1–60, default 6. */
	staleAfterMonths: number;
}

/** The answer of a fallible operation on untrusted input: a value, or a message for a person. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** A question as an assignment link carries it: no set, so no `sourceSentence`. */
export interface AssignmentQuestion {
	id: string;
	type: QuestionType;
	prompt: string;
	answer: string;
	/** mcq only; one of them equals `answer`. */
	options?: string[];
	accept?: string[];
	/** Optional to keep links short; shown as feedback when present. */
	explanation?: string;
}

/** What a teacher sends to students, entirely inside a link (`/a#…`). */
export interface Assignment {
	/** Chosen by the caller: random in the app, fixed in tests. */
	id: string;
	title: string;
	/** ISO date (YYYY-MM-DD). */
	due?: string;
	/** Percentage (0–100) needed to pass. */
	passMark: number;
	shuffle: boolean;
	/** Show right/wrong after each question, or only at the end. */
	feedback: 'during' | 'end';
	/** Milliseconds since the epoch. */
	createdAt: number;
	questions: AssignmentQuestion[];
}

/** A student's answer to one question of an assignment. */
export interface QuestionAnswer {
	/** What the student gave; `''` when skipped. */
	answer: string;
	correct: boolean;
}

/** What a student sends back (`/teach/result#…`). Self-reported: nothing here is proof. */
export interface StudentResult {
	assignmentId: string;
	/** Trimmed, inner whitespace collapsed, at most 60 characters. */
	student: string;
	/** One per assignment question, in the assignment's order (not the shuffled order). */
	answers: QuestionAnswer[];
	timeMs: number;
	/** Milliseconds since the epoch. */
	finishedAt: number;
}
