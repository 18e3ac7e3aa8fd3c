import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import fc from 'fast-check';
import type { Review, ReviewRating } from '$lib/types';
import { recordAnswer, undoLastAnswer } from './answers';
import { exportBackup, importBackup, parseBackup } from './backup';
import { syncSetCards } from './cards';
import { UndoNotPossibleError } from './errors';
import { openFactdeck } from './open';
import type { FactdeckDB, StoredCard } from './schema';
import { freshDatabase, makeSet, resetIndexedDB } from './testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { currentCardId, startSession } from '$lib/study/session';
import { loadResumableSession, saveSession } from './sessions';
import type { StudySession } from '$lib/types';
import { dailyTotals } from '$lib/study/stats';
import { masteryLevel } from '$lib/study/counts';

type Command =
	| { kind: 'answer'; card: number; rating: ReviewRating; minutesLater: number }
	| { kind: 'undo' }
	| { kind: 'reload' }
	| { kind: 'exportImport' };

const command: fc.Arbitrary<Command> = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record({
			kind: fc.constant('answer' as const),
			card: fc.integer({ min: 0, max: 5 }),
			rating: fc.constantFrom<ReviewRating>(1, 2, 3, 4),
			minutesLater: fc.integer({ min: 0, max: 60 * 24 * 40 })
		})
	},
	{ weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'exportImport' as const }) }
);

const START = Date.UTC(2026, 0, 1, 8);

/**
 * Every card's schedule agrees with its latest review; unreviewed cards are untouched; the level
 * stored for the indexes is the card's own.
 */
function checkConsistent(cards: StoredCard[], reviews: Review[]): void {
	const latest = new Map<string, Review>();
	for (const review of reviews) latest.set(review.cardId, review);
	for (const card of cards) {
		expect(card.level).toBe(masteryLevel(card) ?? null);
		const last = latest.get(card.id);
		if (last) {
			expect(card.due).toBe(last.dueAfter);
			expect(card.lastReview).toBe(last.reviewedAt);
		} else {
			expect(card.state).toBe(0);
			expect(card.due).toBe(card.addedAt);
			expect(card.reps).toBe(0);
		}
	}
}

describe('review history under random answer/undo/reload/export/import', fuzzBudget, () => {
	it('never loses or duplicates a review and keeps due dates consistent', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(command, { maxLength: 30 }), async (commands) => {
				let db: FactdeckDB = await freshDatabase();
				await syncSetCards(db, makeSet('s', 6), START);
				const expected: Review[] = [];
				let now = START;
				try {
					for (const step of commands) {
						switch (step.kind) {
							case 'answer': {
								now += step.minutesLater * 60_000;
								const { review } = await recordAnswer(db, {
									cardId: `s:q${step.card + 1}`,
									rating: step.rating,
									answer: String(step.rating),
									correct: step.rating > 1,
									mode: 'review',
									durationMs: 1000,
									now,
									settings: DEFAULT_SETTINGS
								});
								expect(expected.some((r) => r.id === review.id)).toBe(false);
								expected.push(review);
								break;
							}
							case 'undo': {
								if (expected.length === 0) {
									await expect(undoLastAnswer(db)).rejects.toBeInstanceOf(UndoNotPossibleError);
								} else {
									const { review } = await undoLastAnswer(db);
									expect(review).toEqual(expected.pop());
								}
								break;
							}
							case 'reload':
								db.close();
								db = await openFactdeck();
								break;
							case 'exportImport': {
								const text = JSON.stringify(await exportBackup(db, now));
								db.close();
								resetIndexedDB();
								db = await openFactdeck();
								const parsed = parseBackup(text);
								if (!parsed.ok) throw new Error(parsed.message);
								await importBackup(db, parsed.backup);
								break;
							}
						}
						const reviews = await db.getAll('reviews');
						expect(reviews).toEqual(expected);
						checkConsistent(await db.getAll('cards'), reviews);
						expect(await db.getAll('days')).toEqual(dailyTotals(reviews));
					}
				} finally {
					db.close();
				}
			}),
			fuzzRuns(100)
		);
	});

	it('keeps a session, its stored copy and the log in step through answer/undo/reload', async () => {
		type SessionCommand = 'answer' | 'undo' | 'reload';
		const ids = Array.from({ length: 6 }, (_, i) => `s:q${i + 1}`);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.constantFrom<SessionCommand>('answer', 'answer', 'undo', 'reload'), {
					maxLength: 30
				}),
				fc.constantFrom<ReviewRating>(1, 2, 3, 4),
				async (commands, rating) => {
					let db: FactdeckDB = await freshDatabase();
					await syncSetCards(db, makeSet('s', 6), START);
					let session: StudySession = startSession({
						id: 'p',
						mode: 'quiz',
						queue: ids,
						now: START
					});
					await saveSession(db, session);
					let now = START;
					try {
						for (const step of commands) {
							if (step === 'answer') {
								const cardId = currentCardId(session);
								if (cardId === undefined) continue;
								now += 30_000;
								session = (
									await recordAnswer(db, {
										cardId,
										rating,
										answer: '',
										correct: rating > 1,
										mode: 'quiz',
										durationMs: 30_000,
										now,
										settings: DEFAULT_SETTINGS,
										session
									})
								).session!;
							} else if (step === 'undo') {
								if (session.answers.length === 0) {
									await expect(undoLastAnswer(db, { session })).rejects.toBeInstanceOf(
										UndoNotPossibleError
									);
								} else {
									session = (await undoLastAnswer(db, { session })).session!;
								}
							} else {
								db.close();
								db = await openFactdeck();
								const resumed = await loadResumableSession(db, 'p');
								if (resumed) expect(resumed).toEqual(session);
								else expect(currentCardId(session)).toBeUndefined();
							}
							const reviews = await db.getAll('reviews');
							expect(reviews.map((r) => r.id)).toEqual(session.answers.map((a) => a.reviewId));
							expect(reviews.map((r) => r.cardId)).toEqual(session.answers.map((a) => a.cardId));
							checkConsistent(await db.getAll('cards'), reviews);
							if (session.answers.length > 0)
								expect(await db.get('sessions', 'p')).toEqual(session);
						}
					} finally {
						db.close();
					}
				}
			),
			fuzzRuns(60)
		);
	});
});
