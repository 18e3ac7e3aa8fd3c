import { describe, expect, it } from 'vitest';
import {
	answerCurrent,
	canResume,
	currentCardId,
	finishSession,
	isFinished,
	learningCards,
	progress,
	resumeSession,
	skipCard,
	startSession,
	summarize,
	takeDueLearning,
	undoLast,
	waitingUntil,
	withLastReviewId,
	withTodaysQueue
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
			nextDue: T0 + 600_000,
			dueToday: 1
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

	it("brings a resumed review up to today's queue, leaving learning cards in their wait", () => {
		let s = startSession({ id: 's', mode: 'review', queue: ['c1', 'c2', 'c3'], now: T0 });
		s = answerCurrent(s, answer(true));
		s = answerCurrent(s, answer(false), { state: 3, due: T0 + 60_000 });
		const today = withTodaysQueue(s, ['c5', 'c2', 'c3', 'c4']);
		expect(today.queue).toEqual(['c1', 'c2', 'c5', 'c3', 'c4']);
		expect(today.position).toBe(2);
		expect(currentCardId(today)).toBe('c5');
		expect(learningCards(today)).toEqual([{ cardId: 'c2', due: T0 + 60_000 }]);
		expect(progress(today)).toMatchObject({ done: 2, total: 6 });
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

describe('learning steps in a session', () => {
	const MINUTE = 60_000;
	const learning = (due: number) => ({ state: 1 as const, due });
	const review = (due: number) => ({ state: 2 as const, due });
	// Cards named '<sentence>.<n>': siblings share the part before the dot.
	const sentenceOf = (cardId: string) => cardId.split('.')[0] as string;

	it('keeps a card answered Again and brings it back once its step is over', () => {
		let s = startSession({ id: 's', mode: 'flashcard', queue: ['a.1', 'b.1', 'c.1'], now: T0 });
		s = answerCurrent(s, answer(false), learning(T0 + MINUTE));
		expect(learningCards(s)).toEqual([{ cardId: 'a.1', due: T0 + MINUTE }]);
		expect(progress(s)).toMatchObject({ done: 1, total: 4 });
		// Not yet due: the queue goes on.
		s = takeDueLearning(s, T0 + 30_000, sentenceOf);
		expect(currentCardId(s)).toBe('b.1');
		s = answerCurrent(s, answer(true), review(T0 + 3 * 86_400_000));
		// Due: shown next, ahead of the rest of the queue.
		s = takeDueLearning(s, T0 + MINUTE, sentenceOf);
		expect(currentCardId(s)).toBe('a.1');
		expect(learningCards(s)).toEqual([]);
		expect(s.queue).toEqual(['a.1', 'b.1', 'a.1', 'c.1']);
		s = answerCurrent(s, answer(true), review(T0 + 86_400_000));
		s = answerCurrent(s, answer(true), review(T0 + 86_400_000));
		expect(isFinished(s)).toBe(true);
	});

	it('waits for a step when nothing else is left, and can bring the card forward', () => {
		let s = startSession({ id: 's', mode: 'review', queue: ['a.1'], now: T0 });
		s = answerCurrent(s, answer(false), learning(T0 + 10 * MINUTE));
		expect(isFinished(s)).toBe(false);
		expect(currentCardId(s)).toBeUndefined();
		expect(waitingUntil(s)).toBe(T0 + 10 * MINUTE);
		expect(takeDueLearning(s, T0 + MINUTE, sentenceOf)).toBe(s);
		const forward = takeDueLearning(s, waitingUntil(s) as number, sentenceOf);
		expect(currentCardId(forward)).toBe('a.1');
		expect(waitingUntil(forward)).toBeUndefined();
	});

	it('keeps cards in the order their steps end', () => {
		let s = startSession({ id: 's', mode: 'flashcard', queue: ['a.1', 'b.1', 'c.1'], now: T0 });
		s = answerCurrent(s, answer(false), learning(T0 + 10 * MINUTE));
		s = answerCurrent(s, answer(false), learning(T0 + MINUTE));
		s = answerCurrent(s, answer(false), learning(T0 + 10 * MINUTE));
		expect(learningCards(s).map((c) => c.cardId)).toEqual(['b.1', 'a.1', 'c.1']);
	});

	it('does not bring a card back beside its sibling while other cards are left', () => {
		let s = startSession({
			id: 's',
			mode: 'flashcard',
			queue: ['a.1', 'b.1', 'a.2', 'c.1'],
			now: T0
		});
		s = answerCurrent(s, answer(false), learning(T0 + MINUTE));
		s = answerCurrent(s, answer(true), review(T0 + 86_400_000));
		// a.1 is due, but a.2 (same sentence) is next: a.1 waits.
		expect(takeDueLearning(s, T0 + 2 * MINUTE, sentenceOf)).toBe(s);
		s = answerCurrent(s, answer(true), review(T0 + 86_400_000));
		// Right after a.2 it would give a.2's sentence away too: still waiting.
		expect(takeDueLearning(s, T0 + 2 * MINUTE, sentenceOf)).toBe(s);
		s = answerCurrent(s, answer(true), review(T0 + 86_400_000));
		s = takeDueLearning(s, T0 + 2 * MINUTE, sentenceOf);
		expect(s.queue).toEqual(['a.1', 'b.1', 'a.2', 'c.1', 'a.1']);
	});

	it('passes over a quiz and a test once: their cards do not come back in the session', () => {
		for (const mode of ['quiz', 'test'] as const) {
			const s = answerCurrent(
				startSession({ id: 's', mode, queue: ['a.1'], now: T0 }),
				answer(false),
				learning(T0 + MINUTE)
			);
			expect(learningCards(s)).toEqual([]);
			expect(isFinished(s)).toBe(true);
		}
	});

	it('undoes an answer that sent a card to a step, also after it came back', () => {
		let s = startSession({ id: 's', mode: 'flashcard', queue: ['a.1', 'b.1'], now: T0 });
		s = answerCurrent(s, answer(false), learning(T0 + MINUTE));
		const waiting = undoLast(s)!.session;
		expect(learningCards(waiting)).toEqual([]);
		expect(waiting.queue).toEqual(['a.1', 'b.1']);
		expect(currentCardId(waiting)).toBe('a.1');

		s = answerCurrent(s, answer(true), review(T0 + 86_400_000));
		s = takeDueLearning(s, T0 + MINUTE, sentenceOf);
		s = answerCurrent(s, answer(false), learning(T0 + 2 * MINUTE));
		// Undo the second answer to a.1: it is shown again, and waits for nothing.
		const back = undoLast(s)!.session;
		expect(back.queue).toEqual(['a.1', 'b.1', 'a.1']);
		expect(currentCardId(back)).toBe('a.1');
		expect(learningCards(back)).toEqual([]);
		// Undo b.1, then the first a.1: the copy that came back from the step goes too.
		const first = undoLast(undoLast(back)!.session)!.session;
		expect(first.queue).toEqual(['a.1', 'b.1']);
		expect(currentCardId(first)).toBe('a.1');
	});

	it('resumes a session with cards in learning, dropping those that no longer exist', () => {
		let s = startSession({ id: 's', mode: 'review', queue: ['a.1', 'b.1'], now: T0 });
		s = answerCurrent(s, answer(false), learning(T0 + MINUTE));
		s = answerCurrent(s, answer(false), learning(T0 + 2 * MINUTE));
		expect(canResume(s)).toBe(true);
		const resumed = resumeSession(s, new Set(['b.1']));
		expect(learningCards(resumed)).toEqual([{ cardId: 'b.1', due: T0 + 2 * MINUTE }]);
		expect(canResume(resumeSession(s, new Set()))).toBe(false);
		expect(learningCards(skipCard(s, 'a.1')).map((c) => c.cardId)).toEqual(['b.1']);
	});

	it('brings a card back in a 10,000-card queue, never right after itself', () => {
		const queue = Array.from({ length: 10_000 }, (_, i) => `s${i}.1`);
		let s = startSession({ id: 's', mode: 'review', queue, now: T0 });
		s = answerCurrent(s, answer(false), learning(T0 + MINUTE));
		expect(takeDueLearning(s, T0 + MINUTE, sentenceOf)).toBe(s);
		s = answerCurrent(s, answer(true), review(T0 + 86_400_000));
		s = takeDueLearning(s, T0 + MINUTE, sentenceOf);
		expect(currentCardId(s)).toBe('s0.1');
		expect(progress(s)).toMatchObject({ done: 2, total: 10_001 });
	});
});
