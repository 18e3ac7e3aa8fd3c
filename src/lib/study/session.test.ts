import { describe, expect, it } from 'vitest';
import {
	answerCurrent,
	canResume,
	currentCardId,
	finishSession,
	isFinished,
	progress,
	resumeSession,
	skipCard,
	startSession,
	summarize,
	undoLast,
	withLastReviewId
} from './session';

const T0 = 1_000_000;
const answer = (correct: boolean, durationMs = 2000, answeredAt = T0 + 5000) => ({
	answer: 'x',
	correct,
	rating: correct ? (3 as const) : (1 as const),
	durationMs,
	answeredAt
});

describe('study session', () => {
	it('walks a queue: answer, progress, undo, finish, summary', () => {
		let s = startSession({
			id: 's1',
			mode: 'quiz',
			setId: 'a',
			queue: ['c1', 'c2', 'c3'],
			now: T0
		});
		expect(currentCardId(s)).toBe('c1');
		expect(progress(s)).toEqual({ done: 0, total: 3, fraction: 0 });

		s = answerCurrent(s, answer(true));
		s = withLastReviewId(s, 41);
		s = answerCurrent(s, answer(false));
		expect(currentCardId(s)).toBe('c3');
		expect(progress(s).done).toBe(2);
		expect(s.answers[0]).toMatchObject({ cardId: 'c1', reviewId: 41 });

		const undone = undoLast(s);
		expect(undone?.undone.cardId).toBe('c2');
		s = undone!.session;
		expect(currentCardId(s)).toBe('c2');
		expect(s.answers).toHaveLength(1);

		s = answerCurrent(s, answer(true, 3000));
		s = answerCurrent(s, answer(true, 1000, T0 + 60_000));
		expect(isFinished(s)).toBe(true);
		expect(() => answerCurrent(s, answer(true))).toThrow();
		s = finishSession(s, T0 + 90_000);
		expect(canResume(s)).toBe(false);

		const cards = new Map([
			['c1', { due: T0 + 86_400_000, retired: false }],
			['c2', { due: T0 + 600_000, retired: false }],
			['c3', { due: T0 + 60_000, retired: true }]
		]);
		expect(summarize(s, cards)).toEqual({
			answered: 3,
			correct: 3,
			accuracy: 1,
			answeringMs: 6000,
			elapsedMs: 90_000,
			nextDue: T0 + 600_000
		});
	});

	it('has nothing to undo at the start and reopens a finished session on undo', () => {
		const s = startSession({ id: 's', mode: 'test', queue: ['c1'], now: T0 });
		expect(undoLast(s)).toBeNull();
		const done = finishSession(answerCurrent(s, answer(true)), T0 + 1);
		const back = undoLast(done)!.session;
		expect(back.finishedAt).toBeUndefined();
		expect(canResume(back)).toBe(true);
	});

	it('resumes a stored session, dropping unanswered cards that no longer exist', () => {
		let s = startSession({ id: 's', mode: 'review', queue: ['c1', 'c2', 'c3', 'c4'], now: T0 });
		s = answerCurrent(s, answer(true));
		const stored = { ...s, position: 3 }; // a corrupted position is repaired from the answers
		const resumed = resumeSession(stored, new Set(['c1', 'c3', 'c4']));
		expect(resumed.queue).toEqual(['c1', 'c3', 'c4']);
		expect(resumed.position).toBe(1);
		expect(currentCardId(resumed)).toBe('c3');
	});

	it('summarizes an empty session without dividing by zero', () => {
		const s = startSession({ id: 's', mode: 'review', queue: [], now: T0 });
		expect(progress(s).fraction).toBe(1);
		expect(summarize(s, new Map())).toMatchObject({ answered: 0, accuracy: null, nextDue: null });
	});
});

describe('skipCard', () => {
	it('drops a card not reached yet and keeps what was answered', () => {
		let session = startSession({ id: 's', mode: 'review', queue: ['a', 'b', 'c', 'b'], now: T0 });
		session = answerCurrent(session, answer(true));
		const skipped = skipCard(session, 'b');
		expect(skipped.queue).toEqual(['a', 'c']);
		expect(skipped.answers).toEqual(session.answers);
		expect(currentCardId(skipped)).toBe('c');
		// An answered card is history: skipping it changes nothing.
		expect(skipCard(session, 'a')).toBe(session);
		expect(isFinished(skipCard(skipCard(session, 'b'), 'c'))).toBe(true);
	});
});
