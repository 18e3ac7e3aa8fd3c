import type { Card, SessionAnswer, StudyMode, StudySession } from '$lib/types';

// A study session as a pure state machine: every step returns a new session, so the screen can
// keep it in $state and the database can store it as it is.

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

/** The card to show, or undefined when every card has been answered. */
export function currentCardId(session: StudySession): string | undefined {
	return session.queue[session.position];
}

export function isFinished(session: StudySession): boolean {
	return session.position >= session.queue.length;
}

/** Records the answer to the current card and moves on. Throws when nothing is left to answer. */
export function answerCurrent(
	session: StudySession,
	answer: Omit<SessionAnswer, 'cardId'>
): StudySession {
	const cardId = currentCardId(session);
	if (cardId === undefined) throw new Error('The session has no card left to answer');
	return {
		...session,
		position: session.position + 1,
		answers: [...session.answers, { ...answer, cardId }]
	};
}

/**
 * The session without a card it has not reached yet (a fact marked outdated is not asked);
 * answered cards stay, so the session's history is unchanged.
 */
export function skipCard(session: StudySession, cardId: string): StudySession {
	const ahead = session.queue.slice(session.position);
	if (!ahead.includes(cardId)) return session;
	return {
		...session,
		queue: [...session.queue.slice(0, session.position), ...ahead.filter((id) => id !== cardId)]
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
	// Undoing the final answer reopens a finished session.
	const reopened: StudySession = {
		...session,
		position: session.position - 1,
		answers: session.answers.slice(0, -1)
	};
	delete reopened.finishedAt;
	return { session: reopened, undone };
}

export interface SessionProgress {
	done: number;
	total: number;
	/** 0–1, for a progress bar. */
	fraction: number;
}

export function progress(session: StudySession): SessionProgress {
	const total = session.queue.length;
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
	return { ...stored, queue: [...stored.queue.slice(0, answered), ...rest], position: answered };
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
	let nextDue: number | null = null;
	for (const answer of session.answers) {
		const card = cardsById.get(answer.cardId);
		if (card && !card.retired && (nextDue === null || card.due < nextDue)) nextDue = card.due;
	}
	return {
		answered,
		correct,
		accuracy: answered === 0 ? null : correct / answered,
		answeringMs,
		elapsedMs: Math.max(0, end - session.startedAt),
		nextDue
	};
}
