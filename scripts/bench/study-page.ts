// The page side of `npm run bench:study`: bundled for the browser by scripts/bench-study.js (so it
// uses the app's own lib/db, lib/srs and lib/study), it puts fillBench and runBench on `window`
// and sets `window.benchReady` once they are there.
import {
	loadProgress,
	loadReviewQueue,
	openFactdeck,
	recordAnswer,
	saveCustomSet,
	syncSetCards,
	type FactdeckDB
} from '../../src/lib/db';
import { scheduleReview } from '../../src/lib/srs/scheduler';
import { currentCardId, startSession } from '../../src/lib/study/session';
import {
	dailyTotals,
	dueForecast,
	reviewsPerDay,
	streak,
	trueRetention
} from '../../src/lib/study/stats';
import { mastery } from '../../src/lib/study/counts';
import type {
	CardSchedule,
	Question,
	QuestionSet,
	Review,
	ReviewRating,
	Settings
} from '../../src/lib/types';

export interface FillOptions {
	cards: number;
	reviewsPerCard: number;
	/** Also store the sets as sets made on the device, so the built app can open them. */
	saveSets?: boolean;
}

export interface FillResult {
	fillMs: number;
	counts: { cards: number; reviews: number };
}

export interface BenchOptions {
	cards: number;
	reviewsPerCard: number;
	answers: number;
}

export interface BenchResult extends FillResult {
	queue: { median: number; max: number; size: number; due: number };
	answer: { n: number; p50: number; p95: number; max: number };
	progress: { median: number; max: number; breakdown: Record<string, number> };
	usageBytes: number | null;
}

declare global {
	interface Window {
		fillBench: (options: FillOptions) => Promise<FillResult>;
		runBench: (options: BenchOptions) => Promise<BenchResult>;
		benchReady: boolean;
	}
}

type RetentionSettings = Pick<Settings, 'desiredRetention'>;

const DAY = 86_400_000;

async function time<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
	const started = performance.now();
	const result = await fn();
	return [performance.now() - started, result];
}

function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

// A small deterministic generator, so every run fills the same data.
let seed = 42;
function random(): number {
	seed = (seed * 1664525 + 1013904223) >>> 0;
	return seed / 2 ** 32;
}
function randomRating(): ReviewRating {
	const r = random();
	return r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.9 ? 3 : 4;
}

function benchSet(index: number, questionCount: number): QuestionSet {
	const questions: Question[] = Array.from({ length: questionCount }, (_, i) => ({
		id: `q${i + 1}`,
		type: 'cloze',
		prompt: 'p',
		answer: 'a',
		sourceSentence: Math.floor(i / 2),
		explanation: 'e'
	}));
	return {
		id: `bench-${index}`,
		title: `Bench set ${index}`,
		generatorVersion: 'bench',
		sentences: ['a'],
		questions
	};
}

/** Fills the database: sets of 200 cards, a fifth of them new, the rest with a review history. */
async function fill(
	db: FactdeckDB,
	{ cards: cardCount, reviewsPerCard, saveSets = false }: FillOptions,
	now: number,
	settings: RetentionSettings
): Promise<FillResult> {
	const sets = Math.max(1, Math.round(cardCount / 200));
	const perSet = Math.ceil(cardCount / sets);
	const start = now - 180 * DAY;

	const fillStarted = performance.now();
	const allReviews: Review[] = [];
	for (let s = 0; s < sets; s++) {
		const set = benchSet(s, perSet);
		if (saveSets) await saveCustomSet(db, set);
		await syncSetCards(db, set, start);
		const tx = db.transaction(['cards', 'reviews'], 'readwrite');
		const writes: Promise<unknown>[] = [];
		for (const card of await tx.objectStore('cards').index('bySet').getAll(set.id)) {
			if (random() < 0.2) continue;
			let current = card;
			let t = start + random() * 20 * DAY;
			for (let r = 0; r < reviewsPerCard * 1.25 && t < now; r++) {
				const grade = randomRating();
				const before: CardSchedule = {
					due: current.due,
					stability: current.stability,
					difficulty: current.difficulty,
					elapsedDays: current.elapsedDays,
					scheduledDays: current.scheduledDays,
					learningSteps: current.learningSteps,
					reps: current.reps,
					lapses: current.lapses,
					state: current.state,
					lastReview: current.lastReview
				};
				current = { ...current, ...scheduleReview(before, grade, t, settings) };
				const review: Omit<Review, 'id'> = {
					cardId: card.id,
					setId: set.id,
					rating: grade,
					answer: 'a',
					correct: grade > 1,
					mode: 'review',
					durationMs: 3000,
					reviewedAt: Math.round(t),
					before,
					dueAfter: current.due
				};
				allReviews.push({ ...review, id: allReviews.length + 1 });
				// The store assigns the id (autoIncrement), as recordAnswer relies on.
				writes.push(tx.objectStore('reviews').add(review as Review));
				t = Math.max(t + 60_000, Math.min(current.due, t + (150 * DAY) / reviewsPerCard));
			}
			writes.push(tx.objectStore('cards').put(current));
		}
		await Promise.all(writes);
		await tx.done;
	}
	// The daily totals recordAnswer keeps up to date, written here for the bulk-filled log.
	const daysTx = db.transaction('days', 'readwrite');
	await Promise.all(dailyTotals(allReviews).map((total) => daysTx.store.put(total)));
	await daysTx.done;
	const fillMs = performance.now() - fillStarted;
	return { fillMs, counts: { cards: await db.count('cards'), reviews: await db.count('reviews') } };
}

async function fillBench(options: FillOptions): Promise<FillResult> {
	const db = await openFactdeck();
	try {
		return await fill(db, options, Date.now(), { desiredRetention: 0.9 });
	} finally {
		db.close();
	}
}

async function runBench({
	cards: cardCount,
	reviewsPerCard,
	answers
}: BenchOptions): Promise<BenchResult> {
	const settings: RetentionSettings = { desiredRetention: 0.9 };
	const now = Date.now();
	const db = await openFactdeck();
	const { fillMs, counts } = await fill(db, { cards: cardCount, reviewsPerCard }, now, settings);

	await loadReviewQueue(db, now); // warm-up
	const queueTimes: number[] = [];
	const timedQueue = async () => {
		const [ms, loaded] = await time(() => loadReviewQueue(db, now));
		queueTimes.push(ms);
		return loaded;
	};
	let queue = await timedQueue();
	for (let i = 1; i < 7; i++) queue = await timedQueue();

	let session = startSession({
		id: 'bench',
		mode: 'review',
		queue: queue.cards.slice(0, answers).map((c) => c.id),
		now
	});
	const answerTimes: number[] = [];
	let t = now;
	for (let cardId = currentCardId(session); cardId !== undefined;) {
		t += 5000;
		const answered = cardId;
		const [ms, next] = await time(async () => {
			const recorded = await recordAnswer(db, {
				cardId: answered,
				rating: 3,
				answer: 'a',
				correct: true,
				mode: 'review',
				durationMs: 5000,
				now: t,
				settings,
				session
			});
			session = recorded.session;
			return currentCardId(session); // the next card to show
		});
		answerTimes.push(ms);
		cardId = next;
	}

	await loadProgress(db, { now }); // warm-up
	const progressTimes: number[] = [];
	for (let i = 0; i < 3; i++) progressTimes.push((await time(() => loadProgress(db, { now })))[0]);

	// For comparison: the same statistics computed from the whole log (what schema v3 avoids).
	const [readReviews, reviews] = await time(() => db.getAll('reviews'));
	const [readCards, cards] = await time(() => db.getAll('cards'));
	const breakdown: Record<string, number> = { readReviews, readCards };
	const statistics: Record<string, () => unknown> = {
		reviewsPerDay: () => reviewsPerDay(reviews, { now, days: 182 }),
		dueForecast: () => dueForecast(cards, { now }),
		trueRetention: () => trueRetention(reviews),
		mastery: () => mastery(cards),
		streak: () => streak(reviews, now)
	};
	for (const [name, fn] of Object.entries(statistics)) breakdown[name] = (await time(fn))[0];

	const estimate = await navigator.storage.estimate();
	db.close();
	return {
		counts,
		fillMs,
		queue: {
			median: percentile(queueTimes, 0.5),
			max: Math.max(...queueTimes),
			size: queue.cards.length,
			due: queue.dueCount
		},
		answer: {
			n: answerTimes.length,
			p50: percentile(answerTimes, 0.5),
			p95: percentile(answerTimes, 0.95),
			max: Math.max(...answerTimes)
		},
		progress: {
			median: percentile(progressTimes, 0.5),
			max: Math.max(...progressTimes),
			breakdown
		},
		usageBytes: estimate.usage ?? null
	};
}

window.fillBench = fillBench;
window.runBench = runBench;
window.benchReady = true;
