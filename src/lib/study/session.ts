import type {
	Card,
	CardSchedule,
	LearningCard,
	SessionAnswer,
	StudyMode,
	StudySession
} from '$lib/types';
import { addDays } from './day';

// A study session as a pure state machine: every step returns a new session, so the screen can
// keep it in $state and the database can store it as it is.

/**
 * Modes that keep a card through its learning steps, as Anki does: answered Again or Hard while
 * learning (or Good on a new card), ts-fsrs gives it a step of minutes, and it comes back once
 * the step is over. A quiz or a test is one pass over its questions instead; a quiz ends with
 * "Retry missed", and what it missed comes back in review.
 */
const KEEPS_LEARNING: ReadonlySet<StudyMode> = new Set<StudyMode>(['flashcard', 'review']);

/** The cards waiting for their learning step, soonest first. */
export function learningCards(session: StudySession): readonly LearningCard[] {
	return session.learning ?? [];
}

export interface StartSessionInput {
	id: string;
	mode: StudyMode;
	setId?: string;
	queue: readonly string[];
	now: number;
}

export function startSession({ id, mode, setId, queue, now }: StartSessionInput): StudySession {
	const session: StudySession = {
		id,
		mode,
		queue: [...queue],
		position: 0,
		answers: [],
		startedAt: now
	};
	if (setId !== undefined) session.setId = setId;
	return session;
}

/** The card to show, or undefined when every card has been answered or is between steps. */
export function currentCardId(session: StudySession): string | undefined {
	return session.queue[session.position];
}

/** Every card answered and none waiting for a learning step. */
export function isFinished(session: StudySession): boolean {
	return session.position >= session.queue.length && learningCards(session).length === 0;
}

/** When the next card is due, while every card has been answered but some wait for their step. */
export function waitingUntil(session: StudySession): number | undefined {
	if (session.position < session.queue.length) return undefined;
	return learningCards(session)[0]?.due;
}

function withLearning(learning: readonly LearningCard[], card: LearningCard): LearningCard[] {
	// After every card due at the same time or sooner: O(n), and n is the cards in learning.
	let at = learning.length;
	while (at > 0 && (learning[at - 1] as LearningCard).due > card.due) at--;
	return [...learning.slice(0, at), card, ...learning.slice(at)];
}

/**
 * Records the answer to the current card and moves on. `after` is the card's schedule after the
 * answer: a card in (re)learning waits in the session for its step (flashcards and review).
 * Throws when nothing is left to answer.
 */
export function answerCurrent(
	session: StudySession,
	answer: Omit<SessionAnswer, 'cardId'>,
	after?: Pick<CardSchedule, 'state' | 'due'>
): StudySession {
	const cardId = currentCardId(session);
	if (cardId === undefined) throw new Error('The session has no card left to answer');
	const next: StudySession = {
		...session,
		position: session.position + 1,
		answers: [...session.answers, { ...answer, cardId }]
	};
	if (after && KEEPS_LEARNING.has(session.mode) && (after.state === 1 || after.state === 3)) {
		next.learning = withLearning(learningCards(session), { cardId, due: after.due });
	}
	return next;
}

/**
 * Brings a card whose learning step is over into the queue, to be shown next: the soonest due
 * whose sibling (a question on the same sentence) is neither the card just answered nor the
 * next one, so it gives nothing away. When every card has been answered, pass the first
 * waiting card's due time as `now` to bring it forward. With nothing else left to show, a card
 * comes back even beside its sibling (usually itself, after Again). O(n) for n cards in the queue.
 */
export function takeDueLearning(
	session: StudySession,
	now: number,
	siblingOf: (cardId: string) => string
): StudySession {
	const learning = learningCards(session);
	const first = learning[0];
	if (!first || first.due > now) return session;
	const { queue, position } = session;
	const previous = position > 0 ? queue[position - 1] : undefined;
	const following = queue[position];
	const near = new Set(
		[previous, following].flatMap((id) => (id === undefined ? [] : [siblingOf(id)]))
	);
	let pick = learning.findIndex((card) => card.due <= now && !near.has(siblingOf(card.cardId)));
	if (pick < 0) {
		if (following !== undefined) return session;
		pick = 0;
	}
	const card = learning[pick] as LearningCard;
	return {
		...session,
		queue: [...queue.slice(0, position), card.cardId, ...queue.slice(position)],
		learning: learning.filter((_, i) => i !== pick)
	};
}

/**
 * The session without a card it has not reached yet (a fact marked outdated is not asked);
 * answered cards stay, so the session's history is unchanged.
 */
export function skipCard(session: StudySession, cardId: string): StudySession {
	const ahead = session.queue.slice(session.position);
	const learning = learningCards(session);
	if (!ahead.includes(cardId) && !learning.some((card) => card.cardId === cardId)) return session;
	return {
		...session,
		queue: [...session.queue.slice(0, session.position), ...ahead.filter((id) => id !== cardId)],
		learning: learning.filter((card) => card.cardId !== cardId)
	};
}

/** Sets the stored review id of the latest answer (once the database has assigned it). */
export function withLastReviewId(session: StudySession, reviewId: number): StudySession {
	const last = session.answers.at(-1);
	if (!last) return session;
	return { ...session, answers: [...session.answers.slice(0, -1), { ...last, reviewId }] };
}

/** Steps back over the latest answer; null when there is nothing to undo. */
export function undoLast(
	session: StudySession
): { session: StudySession; undone: SessionAnswer } | null {
	const undone = session.answers.at(-1);
	if (!undone) return null;
	const position = session.position - 1;
	// The card is shown again: it no longer waits for the step the undone answer gave it, nor
	// comes back after it (a queue holds a card twice only when it came back from a step).
	const ahead = session.queue.slice(position + 1).filter((id) => id !== undone.cardId);
	// Undoing the final answer reopens a finished session.
	const reopened: StudySession = {
		...session,
		queue: [...session.queue.slice(0, position + 1), ...ahead],
		position,
		answers: session.answers.slice(0, -1)
	};
	if (session.learning) {
		reopened.learning = session.learning.filter((card) => card.cardId !== undone.cardId);
	}
	delete reopened.finishedAt;
	return { session: reopened, undone };
}

export interface SessionProgress {
	done: number;
	total: number;
	/** 0–1, for a progress bar. */
	fraction: number;
}

/** Answers given of answers to give: a card in learning counts once more, as Anki counts it. */
export function progress(session: StudySession): SessionProgress {
	const total = session.queue.length + learningCards(session).length;
	const done = Math.min(session.position, total);
	return { done, total, fraction: total === 0 ? 1 : done / total };
}

export function finishSession(session: StudySession, now: number): StudySession {
	return { ...session, finishedAt: now };
}

/** Whether a stored session can be picked up again. */
export function canResume(session: StudySession): boolean {
	return session.finishedAt === undefined && !isFinished(session);
}

/**
 * A stored session made safe to continue: position agrees with the answers, and cards not yet
 * answered that no longer exist (set regenerated, backup restored) are dropped from the queue.
 */
export function resumeSession(
	stored: StudySession,
	existingCardIds: ReadonlySet<string>
): StudySession {
	const answered = stored.answers.length;
	const rest = stored.queue.slice(answered).filter((id) => existingCardIds.has(id));
	const resumed: StudySession = {
		...stored,
		queue: [...stored.queue.slice(0, answered), ...rest],
		position: answered
	};
	if (stored.learning) {
		resumed.learning = stored.learning.filter((card) => existingCardIds.has(card.cardId));
	}
	return resumed;
}

/**
 * A resumed review brought up to date: what is left to answer becomes today's review queue
 * (what the home page counts), so cards due since it began, or since yesterday, join it. Cards
 * waiting here for a learning step stay in that wait rather than in the queue.
 */
export function withTodaysQueue(session: StudySession, todays: readonly string[]): StudySession {
	const learning = new Set(learningCards(session).map((card) => card.cardId));
	const rest = todays.filter((id) => !learning.has(id));
	return { ...session, queue: [...session.queue.slice(0, session.position), ...rest] };
}

export interface SessionSummary {
	answered: number;
	correct: number;
	/** correct / answered, or null when nothing was answered. */
	accuracy: number | null;
	/** Time spent answering (sum of answer durations), ms. */
	answeringMs: number;
	/** Wall-clock time from start to finish (or to the last answer), ms. */
	elapsedMs: number;
	/** When the earliest of the session's cards is due again, or null. */
	nextDue: number | null;
	/** The session's cards due again before the end of the day it ended (still learning). */
	dueToday: number;
}

export function summarize(
	session: StudySession,
	cardsById: ReadonlyMap<string, Pick<Card, 'due' | 'retired'>>
): SessionSummary {
	const answered = session.answers.length;
	const correct = session.answers.filter((a) => a.correct).length;
	const answeringMs = session.answers.reduce(
		(sum, a) => sum + (Number.isFinite(a.durationMs) ? Math.max(0, a.durationMs) : 0),
		0
	);
	const end = session.finishedAt ?? session.answers.at(-1)?.answeredAt ?? session.startedAt;
	const endOfDay = addDays(end, 1);
	let nextDue: number | null = null;
	const dueToday = new Set<string>();
	for (const answer of session.answers) {
		const card = cardsById.get(answer.cardId);
		if (!card || card.retired) continue;
		if (nextDue === null || card.due < nextDue) nextDue = card.due;
		if (card.due < endOfDay) dueToday.add(answer.cardId);
	}
	return {
		answered,
		correct,
		accuracy: answered === 0 ? null : correct / answered,
		answeringMs,
		elapsedMs: Math.max(0, end - session.startedAt),
		nextDue,
		dueToday: dueToday.size
	};
}
