import type { Card, Review } from '$lib/types';
import { startOfDay } from './day';

// What every number about a learner's cards means. The home page, the review page and the
// progress page all count through these definitions, so their figures agree.

type Scheduled = Pick<Card, 'state' | 'due' | 'retired'>;

/** New: never studied (FSRS state New) and still in use. */
export function isNew(card: Pick<Card, 'state' | 'retired'>): boolean {
	return !card.retired && card.state === 0;
}

/** Learning: studied, still on its short learning steps or relearning after a lapse. */
export function isLearning(card: Pick<Card, 'state' | 'retired'>): boolean {
	return !card.retired && (card.state === 1 || card.state === 3);
}

/** Due: studied before, still in use, and its next review time has come. */
export function isDue(card: Scheduled, now: number): boolean {
	return !card.retired && card.state !== 0 && card.due <= now;
}

/** Today: from the last local midnight up to now (a review stamped later is not yet counted). */
export function isToday(ms: number, now: number): boolean {
	return ms >= startOfDay(now) && ms <= now;
}

/** A review started a new card: the card was New just before it. */
export function startedNewCard(review: Pick<Review, 'before'>): boolean {
	return review.before?.state === 0;
}

/** New cards the daily limit still allows today, after those already started today. */
export function newLeftToday(newPerDay: number, newStartedToday: number): number {
	return Math.max(0, Math.floor(newPerDay) - Math.max(0, newStartedToday));
}

export interface StudiedToday {
	/** Different cards answered today (a card rated Again three times counts once). */
	cards: number;
	/** Every answer given today. */
	answers: number;
	/** New cards started today: what counts against the daily limit. */
	newStarted: number;
}

/** What was studied today, from the review log (any mode: review, flashcards, quiz, test). */
export function studiedToday(
	reviews: Iterable<Pick<Review, 'cardId' | 'reviewedAt' | 'before'>>,
	now: number
): StudiedToday {
	const cards = new Set<string>();
	let answers = 0;
	let newStarted = 0;
	for (const review of reviews) {
		if (!isToday(review.reviewedAt, now)) continue;
		answers++;
		cards.add(review.cardId);
		if (startedNewCard(review)) newStarted++;
	}
	return { cards: cards.size, answers, newStarted };
}

/** Today's figures, the same on every screen. */
export interface TodayCounts {
	/** Due cards today's review shows: due now, less those buried behind a sibling. */
	due: number;
	/** Of `due`, the cards in learning or relearning. */
	learning: number;
	/** New cards today's review will start: what the daily limit leaves, if that many are free. */
	newToday: number;
	/** The daily limit on new cards (Settings). */
	newPerDay: number;
	/** New cards started today, in any mode; they count against the limit. */
	newStartedToday: number;
	/** New cards never studied, in the whole library. */
	newUnseen: number;
	/** Different cards answered today. */
	studiedToday: number;
	/** Due now but held back today, because a sibling question was reviewed or comes first. */
	buried: number;
}

export interface TodayCountsInput {
	/** Today's review queue: its due cards first, then its new cards. */
	queue: { cards: readonly Pick<Card, 'state' | 'retired'>[]; dueCount: number; newCount: number };
	/** Due cards among those read for the queue. */
	dueRead: number;
	/** Every due card, when a large backlog was read only in part (it is studied in rounds). */
	dueTotal?: number;
	newPerDay: number;
	newUnseen: number;
	studied: StudiedToday;
}

/** Puts today's figures together; "to study" on every screen is `due + newToday`. */
export function todayCounts(input: TodayCountsInput): TodayCounts {
	const { queue, studied, dueRead } = input;
	const notRead = Math.max(0, (input.dueTotal ?? dueRead) - dueRead);
	return {
		due: queue.dueCount + notRead,
		learning: queue.cards.slice(0, queue.dueCount).filter(isLearning).length,
		newToday: queue.newCount,
		newPerDay: Math.floor(input.newPerDay),
		newStartedToday: studied.newStarted,
		newUnseen: input.newUnseen,
		studiedToday: studied.cards,
		buried: dueRead - queue.dueCount
	};
}

// ---- Mastery: where each card stands, as Quizlet shows it (new, learning, familiar, mastered).

/**
 * Stability (days) from which a card counts as mastered: FSRS expects it to be remembered three
 * weeks unseen.
 */
export const MASTERY_STABILITY_DAYS = 21;

export type MasteryLevel = 'new' | 'learning' | 'familiar' | 'mastered';

export const MASTERY_LEVELS: readonly MasteryLevel[] = ['new', 'learning', 'familiar', 'mastered'];

/**
 * New: never studied. Learning: on learning or relearning steps. Familiar: in review, stability
 * under 21 days. Mastered: in review with stability of 21 days or more. Retired cards have none.
 */
export function masteryLevel(
	card: Pick<Card, 'state' | 'stability' | 'retired'>
): MasteryLevel | undefined {
	if (card.retired) return undefined;
	if (card.state === 0) return 'new';
	if (card.state !== 2) return 'learning';
	return card.stability >= MASTERY_STABILITY_DAYS ? 'mastered' : 'familiar';
}

export type LevelCounts = Record<MasteryLevel, number> & { total: number };

function emptyLevels(): LevelCounts {
	return { new: 0, learning: 0, familiar: 0, mastered: 0, total: 0 };
}

export interface Mastery {
	/** Every set's cards together. */
	overall: LevelCounts;
	bySet: Map<string, LevelCounts>;
}

/** How many cards of one set stand at one level. */
export interface LevelCount {
	setId: string;
	level: MasteryLevel;
	count: number;
}

/**
 * Mastery from counts per set and level (the database counts them through an index); a set
 * with no card in use is left out, as `mastery` leaves it out.
 */
export function masteryFromCounts(counts: Iterable<LevelCount>): Mastery {
	const overall = emptyLevels();
	const bySet = new Map<string, LevelCounts>();
	for (const { setId, level, count } of counts) {
		if (count <= 0) continue;
		let entry = bySet.get(setId);
		if (!entry) bySet.set(setId, (entry = emptyLevels()));
		entry[level] += count;
		entry.total += count;
		overall[level] += count;
		overall.total += count;
	}
	return { overall, bySet };
}

/** How many cards stand at each level, per set and overall (retired cards left out). */
export function mastery(
	cards: Iterable<Pick<Card, 'setId' | 'state' | 'stability' | 'retired'>>
): Mastery {
	const counts: LevelCount[] = [];
	for (const card of cards) {
		const level = masteryLevel(card);
		if (level) counts.push({ setId: card.setId, level, count: 1 });
	}
	return masteryFromCounts(counts);
}
