// The page side of `npm run bench:study`: bundled for the browser by scripts/bench-study.js (so it
// stores data as the app's own lib/db and lib/srs do), it puts fillBench on `window` and sets
// `window.benchReady` once it is there. What is measured is measured on the app's screens.
import {
	openFactdeck,
	putCard,
	saveCustomSet,
	syncSetCards,
	type FactdeckDB
} from '../../src/lib/db';
import { scheduleReview } from '../../src/lib/srs/scheduler';
import { dailyTotals } from '../../src/lib/study/stats';
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
}

export interface FillResult {
	fillMs: number;
	counts: { cards: number; reviews: number };
}

declare global {
	interface Window {
		fillBench: (options: FillOptions) => Promise<FillResult>;
		benchReady: boolean;
	}
}

type RetentionSettings = Pick<Settings, 'desiredRetention'>;

const DAY = 86_400_000;

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
	{ cards: cardCount, reviewsPerCard }: FillOptions,
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
		// Stored as sets made on the device, so the built app opens them like any other.
		await saveCustomSet(db, set);
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
			writes.push(putCard(tx.objectStore('cards'), current));
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

window.fillBench = fillBench;
window.benchReady = true;
