import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import { recordAnswer, undoLastAnswer } from './answers';
import { putCard, recordFactCheck, syncSetCards } from './cards';
import { deleteCustomSet, restoreDeletedSet, saveCustomSetWithCards } from './customSets';
import { exportBackup, importBackup, parseBackup } from './backup';
import {
	loadHomeSummary,
	loadProgress,
	loadReviewQueue,
	loadStreak,
	loadTodayCounts
} from './queries';
import type { FactdeckDB } from './schema';
import { updateSettings } from './settings';
import { freshDatabase, makeSet } from './testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { mastery, masteryLevel } from '$lib/study/counts';
import { addDays } from '$lib/study/day';
import { dueForecast } from '$lib/study/stats';
import type { Card, ReviewRating } from '$lib/types';

const NOW = new Date(2026, 2, 10, 12).getTime();
const DAY = 86_400_000;
let db: FactdeckDB;

async function answer(cardId: string, now: number, rating: ReviewRating = 3) {
	return recordAnswer(db, {
		cardId,
		rating,
		answer: '',
		correct: rating > 1,
		mode: 'review',
		durationMs: 1000,
		now,
		settings: DEFAULT_SETTINGS
	});
}

beforeEach(async () => {
	db = await freshDatabase();
	await syncSetCards(db, makeSet('a', 6), NOW - 10 * DAY);
	await syncSetCards(db, makeSet('b', 6), NOW - 10 * DAY);
});

describe('loadReviewQueue', () => {
	it('limits new cards by what was introduced today and buries today’s siblings', async () => {
		await updateSettings(db, { newPerDay: 4 });
		// a:q1 and a:q2 share a sentence; answering a:q1 today buries a:q2.
		await answer('a:q1', NOW - 60 * 60_000, 4);
		const queue = await loadReviewQueue(db, NOW);
		expect(queue.today.newIntroducedToday).toBe(1);
		expect(queue.newCount).toBe(3);
		expect(queue.cards.map((c) => c.id)).not.toContain('a:q2');
		// Interleaved a, b, a, ...; a:q2 and b:q2 wait because a sibling was reviewed or queued.
		expect(queue.cards.map((c) => c.id)).toEqual(['b:q1', 'a:q3', 'b:q3']);
		expect(queue.settings.newPerDay).toBe(4);
	});
});

describe('loadReviewQueue limits', () => {
	it('reads only the most overdue cards beyond maxDue but still counts them all', async () => {
		for (const id of ['a:q1', 'a:q3', 'a:q5', 'b:q1', 'b:q3']) await answer(id, NOW - 9 * DAY, 4);
		const queue = await loadReviewQueue(db, NOW + 60 * DAY, { maxDue: 2, maxNew: 3 });
		expect(queue.dueCount).toBe(2);
		expect(queue.counts.due).toBe(5);
		expect(queue.newAvailable).toBe(7);
		const all = await loadReviewQueue(db, NOW + 60 * DAY);
		expect(all.counts.due).toBe(5);
		expect(all.cards.slice(0, 2)).toEqual(queue.cards.slice(0, 2));
	});
});

describe('loadStreak and loadHomeSummary', () => {
	it('count consecutive days and what is due', async () => {
		await answer('a:q1', NOW - 2 * DAY);
		await answer('a:q3', NOW - DAY);
		expect(await loadStreak(db, NOW)).toBe(2);
		await answer('a:q5', NOW);
		expect(await loadStreak(db, NOW)).toBe(3);
		const home = await loadHomeSummary(db, NOW + 1);
		expect(home.streak).toBe(3);
		expect(home.today).toMatchObject({ newUnseen: 9, studiedToday: 1, newStartedToday: 1 });
		expect(home.mastery.bySet.get('a')).toMatchObject({ total: 6, new: 3 });
	});
});

describe('loadProgress', () => {
	it('computes the progress page from the log', async () => {
		await answer('a:q1', NOW - 3 * DAY);
		await answer('a:q1', NOW - DAY, 1);
		await answer('b:q1', NOW - DAY);
		const progress = await loadProgress(db, { now: NOW, days: 7 });
		expect(progress.reviewsPerDay.map((d) => d.count)).toEqual([0, 0, 0, 1, 0, 2, 0]);
		expect(progress.retention).toEqual({ reviews: 1, passed: 0, rate: 0 });
		expect(progress.dueForecast).toHaveLength(30);
		// Both cards were left on a learning step yesterday, so both are due now: today's "due",
		// not the forecast's.
		expect(progress.dueForecast.reduce((s, d) => s + d.count, 0)).toBe(0);
		expect(progress.today).toEqual(await loadTodayCounts(db, NOW));
		expect(progress.today).toMatchObject({ due: 2, learning: 2 });
		expect(progress.totalReviews).toBe(3);
		expect(progress.streak).toBe(1);
	});
});

/** The figures counted through the level indexes are those the definitions give from every card. */
async function expectCountsOfEveryCard(now: number) {
	const cards = await db.getAll('cards');
	for (const card of cards) expect(card.level).toBe(masteryLevel(card) ?? null);
	const progress = await loadProgress(db, { now });
	expect(progress.mastery).toEqual(mastery(cards));
	expect(progress.dueForecast).toEqual(dueForecast(cards, { now, days: 30 }));
	expect((await loadHomeSummary(db, now)).mastery).toEqual(mastery(cards));
}

describe('levels and the due forecast, counted through indexes', () => {
	it('agree with the definitions after every kind of card write', async () => {
		await expectCountsOfEveryCard(NOW);
		for (const [i, id] of ['a:q1', 'a:q3', 'b:q1', 'b:q5'].entries())
			await answer(id, NOW - (9 - i) * DAY, 4);
		await answer('a:q1', NOW - DAY, 3);
		await expectCountsOfEveryCard(NOW);
		await answer('b:q5', NOW, 1);
		await undoLastAnswer(db);
		await expectCountsOfEveryCard(NOW);
		await recordFactCheck(db, 'b:q1', 'outdated', '2026-03-10');
		await expectCountsOfEveryCard(NOW);
		// Regenerated without q3, then with it again: retired, then restored.
		await saveCustomSetWithCards(
			db,
			{ ...makeSet('a', 6), questions: makeSet('a', 6).questions.filter((q) => q.id !== 'q3') },
			NOW
		);
		await expectCountsOfEveryCard(NOW);
		await saveCustomSetWithCards(db, makeSet('a', 6), NOW);
		await expectCountsOfEveryCard(NOW);
		const deleted = await deleteCustomSet(db, 'a');
		await expectCountsOfEveryCard(NOW);
		await restoreDeletedSet(db, deleted);
		await expectCountsOfEveryCard(NOW);
		const parsed = parseBackup(JSON.stringify(await exportBackup(db, NOW)));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.backup.cards.some((c) => 'level' in c)).toBe(false);
		await importBackup(db, parsed.backup);
		await expectCountsOfEveryCard(NOW);
		await expectCountsOfEveryCard(NOW + 20 * DAY);
	});

	it(
		'agree with the definitions on any cards, due times on the day boundaries included',
		fuzzBudget,
		async () => {
			const midnight = addDays(NOW, 0);
			const dueTimes = [
				NOW - DAY,
				NOW - 1,
				NOW,
				NOW + 1,
				addDays(NOW, 1) - 1,
				addDays(NOW, 1),
				addDays(NOW, 29) - 1,
				addDays(NOW, 30),
				addDays(NOW, 30) - 1,
				midnight
			];
			const card = fc.record({
				set: fc.constantFrom('a', 'b', 'c'),
				state: fc.constantFrom<Card['state']>(0, 1, 2, 3),
				stability: fc.constantFrom(0, 3, 20.99, 21, 90),
				due: fc.oneof(
					fc.constantFrom(...dueTimes),
					fc.integer({ min: NOW - 40 * DAY, max: NOW + 40 * DAY })
				),
				retired: fc.boolean()
			});
			await fc.assert(
				fc.asyncProperty(fc.array(card, { maxLength: 40 }), async (drawn) => {
					db.close();
					db = await freshDatabase();
					const tx = db.transaction('cards', 'readwrite');
					for (const [i, c] of drawn.entries()) {
						const id = `q${i}`;
						await putCard(tx.store, {
							id: `${c.set}:${id}`,
							setId: c.set,
							questionId: id,
							siblingKey: `${c.set}#${i}`,
							retired: c.retired,
							addedAt: NOW - 50 * DAY,
							due: c.due,
							stability: c.stability,
							difficulty: 5,
							elapsedDays: 0,
							scheduledDays: 0,
							learningSteps: 0,
							reps: c.state === 0 ? 0 : 1,
							lapses: 0,
							state: c.state,
							lastReview: c.state === 0 ? null : NOW - 50 * DAY
						});
					}
					await tx.done;
					await expectCountsOfEveryCard(NOW);
				}),
				fuzzRuns(60)
			);
		}
	);
});
