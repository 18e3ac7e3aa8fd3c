import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordAnswer, undoLastAnswer, type AnswerInput } from './answers';
import { getCard, syncSetCards } from './cards';
import { CardNotFoundError, StorageFullError, UndoNotPossibleError } from './errors';
import { listReviews } from './reviews';
import { getSession } from './sessions';
import { storedCard, type FactdeckDB } from './schema';
import { freshDatabase, makeSet } from './testing';
import { openFactdeck } from './open';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { scheduleOf, scheduleReview } from '$lib/srs/scheduler';
import { startSession } from '$lib/study/session';

const NOW = Date.UTC(2026, 2, 1, 9);
let db: FactdeckDB;
beforeEach(async () => {
	db = await freshDatabase();
	await syncSetCards(db, makeSet('s', 4), NOW - 1000);
});
afterEach(() => {
	vi.restoreAllMocks();
	db.close();
});

function answer(cardId: string, overrides: Partial<AnswerInput> = {}): AnswerInput {
	return {
		cardId,
		rating: 3,
		answer: 'typed',
		correct: true,
		mode: 'quiz',
		durationMs: 4200,
		now: NOW,
		settings: DEFAULT_SETTINGS,
		...overrides
	};
}

describe('recordAnswer', () => {
	it('appends the review and reschedules the card together', async () => {
		const before = await getCard(db, 's:q1');
		const { review, card } = await recordAnswer(db, answer('s:q1'));
		expect(review).toMatchObject({
			id: 1,
			cardId: 's:q1',
			setId: 's',
			rating: 3,
			answer: 'typed',
			correct: true,
			mode: 'quiz',
			durationMs: 4200,
			reviewedAt: NOW,
			dueAfter: card.due
		});
		expect(review.before).toMatchObject({ state: 0, due: before!.due });
		expect(card.state).toBe(1);
		expect(card.due).toBeGreaterThan(NOW);
		expect(await getCard(db, 's:q1')).toEqual(card);
		expect(await listReviews(db)).toEqual([review]);
	});

	it('advances and stores the session in the same transaction', async () => {
		const session = startSession({ id: 'x', mode: 'quiz', queue: ['s:q1', 's:q2'], now: NOW });
		const recorded = await recordAnswer(db, answer('s:q1', { session }));
		expect(recorded.session).toMatchObject({ position: 1 });
		expect(recorded.session?.answers[0]).toMatchObject({ cardId: 's:q1', reviewId: 1 });
		expect(await getSession(db, 'x')).toEqual(recorded.session);
		await expect(recordAnswer(db, answer('s:q1', { session: recorded.session }))).rejects.toThrow(
			/not showing/
		);
	});

	it('refuses unknown cards and writes nothing', async () => {
		await expect(recordAnswer(db, answer('nope:q1'))).rejects.toBeInstanceOf(CardNotFoundError);
		expect(await listReviews(db)).toEqual([]);
	});

	it('loses nothing when two tabs answer at once', async () => {
		const otherTab = await openFactdeck();
		await Promise.all([
			recordAnswer(db, answer('s:q1')),
			recordAnswer(otherTab, answer('s:q1', { now: NOW + 1, rating: 1, correct: false })),
			recordAnswer(otherTab, answer('s:q2')),
			recordAnswer(db, answer('s:q3'))
		]);
		const reviews = await listReviews(db);
		expect(reviews).toHaveLength(4);
		expect(new Set(reviews.map((r) => r.id)).size).toBe(4);
		// The second answer to q1 scheduled from the first one's result.
		const q1 = reviews.filter((r) => r.cardId === 's:q1');
		expect(q1[1]!.before?.reps).toBe(1);
		expect((await getCard(db, 's:q1'))?.due).toBe(q1[1]!.dueAfter);
		otherTab.close();
	});

	it('schedules from the card as shown, or from the stored one if it changed since', async () => {
		const shown = (await getCard(db, 's:q1'))!;
		const scheduled = await recordAnswer(db, answer('s:q1', { shown }));
		expect(scheduled.card).toEqual(
			storedCard({ ...shown, ...scheduleReview(scheduleOf(shown), 3, NOW, DEFAULT_SETTINGS) })
		);
		// Another tab answers q2 after this screen showed it: the stored card counts.
		const stale = (await getCard(db, 's:q2'))!;
		await recordAnswer(db, answer('s:q2', { now: NOW + 1, rating: 1, correct: false }));
		const stored = (await getCard(db, 's:q2'))!;
		const { card, review } = await recordAnswer(db, answer('s:q2', { now: NOW + 2, shown: stale }));
		expect(review.before).toEqual(scheduleOf(stored));
		expect(card).toEqual(
			storedCard({ ...stored, ...scheduleReview(scheduleOf(stored), 3, NOW + 2, DEFAULT_SETTINGS) })
		);
	});

	it('turns a full disk into StorageFullError and keeps earlier data', async () => {
		await recordAnswer(db, answer('s:q1'));
		const cardBefore = await getCard(db, 's:q2');
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const failure = recordAnswer(db, answer('s:q2', { now: NOW + 5 }));
		await expect(failure).rejects.toBeInstanceOf(StorageFullError);
		await expect(failure).rejects.toThrow(
			'Storage is full: export a backup, then delete sets you no longer need or free space on the device.'
		);
		vi.restoreAllMocks();
		expect(await listReviews(db)).toHaveLength(1);
		expect(await getCard(db, 's:q2')).toEqual(cardBefore);
	});
});

describe('undoLastAnswer', () => {
	it('restores the card and removes the review', async () => {
		const original = await getCard(db, 's:q1');
		await recordAnswer(db, answer('s:q2'));
		await recordAnswer(db, answer('s:q1', { now: NOW + 10 }));
		const undone = await undoLastAnswer(db);
		expect(undone.review.cardId).toBe('s:q1');
		expect(await getCard(db, 's:q1')).toEqual(original);
		expect((await listReviews(db)).map((r) => r.cardId)).toEqual(['s:q2']);
	});

	it('the last answer closes its session in the same write, and undo opens it again', async () => {
		let session = startSession({ id: 'x', mode: 'quiz', queue: ['s:q1', 's:q2'], now: NOW });
		session = (await recordAnswer(db, answer('s:q1', { session }))).session!;
		expect(session.finishedAt).toBeUndefined();
		session = (await recordAnswer(db, answer('s:q2', { session, now: NOW + 5 }))).session!;
		expect(session.finishedAt).toBe(NOW + 5);
		expect(await getSession(db, 'x')).toEqual(session);
		const undone = await undoLastAnswer(db, { session });
		expect(undone.session.finishedAt).toBeUndefined();
		expect(await getSession(db, 'x')).toEqual(undone.session);
	});

	it('steps a session back in the same transaction', async () => {
		let session = startSession({ id: 'x', mode: 'review', queue: ['s:q1', 's:q3'], now: NOW });
		session = (await recordAnswer(db, answer('s:q1', { session }))).session!;
		const original = await getCard(db, 's:q3');
		session = (await recordAnswer(db, answer('s:q3', { session, now: NOW + 9 }))).session!;
		const undone = await undoLastAnswer(db, { session });
		expect(undone.session?.position).toBe(1);
		expect(await getSession(db, 'x')).toEqual(undone.session);
		expect(await getCard(db, 's:q3')).toEqual(original);
		await expect(
			undoLastAnswer(db, {
				session: startSession({ id: 'y', mode: 'review', queue: [], now: NOW })
			})
		).rejects.toBeInstanceOf(UndoNotPossibleError);
	});

	it('refuses to undo a review that a later review of the same card builds on', async () => {
		let session = startSession({ id: 'x', mode: 'review', queue: ['s:q1'], now: NOW });
		session = (await recordAnswer(db, answer('s:q1', { session }))).session!;
		await recordAnswer(db, answer('s:q1', { now: NOW + 60_000 }));
		await expect(undoLastAnswer(db, { session })).rejects.toBeInstanceOf(UndoNotPossibleError);
		expect(await listReviews(db)).toHaveLength(2);
	});

	it('has nothing to undo on an empty log', async () => {
		await expect(undoLastAnswer(db)).rejects.toBeInstanceOf(UndoNotPossibleError);
	});
});
