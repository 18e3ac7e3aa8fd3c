import type {
	Card,
	CardSchedule,
	Review,
	ReviewRating,
	Settings,
	StudyMode,
	StudySession
} from '$lib/types';
import { sameSchedule, scheduleOf, scheduleReview } from '$lib/srs/scheduler';
import {
	answerCurrent,
	currentCardId,
	finishSession,
	isFinished,
	undoLast,
	withLastReviewId
} from '$lib/study/session';
import { CardNotFoundError, UndoNotPossibleError } from './errors';
import { committingTransaction, queued, writeTransaction } from './transaction';
import { countReviewInDays, writeDayCount } from './days';
import { putCard } from './cards';
import { storedCard, type FactdeckDB } from './schema';
import { dayKey } from '$lib/study/day';
import { markUndoneForSync } from './sync-log';

export interface AnswerInput {
	cardId: string;
	rating: ReviewRating;
	/** What was typed or picked; '' for self-rated flashcards. */
	answer: string;
	/** For flashcards: isPassingRating(rating). */
	correct: boolean;
	mode: StudyMode;
	durationMs: number;
	now: number;
	settings: Pick<Settings, 'desiredRetention'>;
	/**
	 * The session being studied, still showing this card. It is advanced past the answer and
	 * stored in the same transaction, so progress and the review log never disagree.
	 */
	session?: StudySession;
	/**
	 * The card as the screen shows it. Its new schedule is worked out while the stored card is
	 * read, and used when the stored card still has that schedule (another tab may have
	 * answered it since).
	 */
	shown?: CardSchedule;
}

export interface RecordedAnswer {
	review: Review;
	card: Card;
	session?: StudySession;
}

/**
 * What an answer makes of a card: its new schedule and the review to log (pure). `next` is that
 * schedule when already worked out from the same schedule, rating, time and settings.
 */
export function answeredCard(
	card: Card,
	input: AnswerInput,
	next?: CardSchedule
): { card: Card; review: Omit<Review, 'id'> } {
	const before = scheduleOf(card);
	const updated: Card = {
		...card,
		...(next ?? scheduleReview(before, input.rating, input.now, input.settings))
	};
	const review: Omit<Review, 'id'> = {
		cardId: card.id,
		setId: card.setId,
		rating: input.rating,
		answer: input.answer,
		correct: input.correct,
		mode: input.mode,
		durationMs: input.durationMs,
		reviewedAt: input.now,
		before,
		dueAfter: updated.due
	};
	return { card: updated, review };
}

/** The session advanced past an answer to its card, now scheduled as `card` (pure). */
export function answeredSession(
	session: StudySession,
	input: AnswerInput,
	card: Card
): StudySession {
	return answerCurrent(
		session,
		{
			answer: input.answer,
			correct: input.correct,
			rating: input.rating,
			durationMs: input.durationMs,
			answeredAt: input.now
		},
		card
	);
}

/**
 * Stores one answer: appends the review (with the card's prior state, for undo) and the card's
 * new FSRS schedule, in one strict-durability transaction. The card is read inside that
 * transaction, so two tabs answering at once each schedule from the other's latest state.
 * Resolves once it is on disk; issueAnswer resolves sooner, once it can no longer be lost.
 */
export async function recordAnswer(
	db: FactdeckDB,
	input: AnswerInput & { session: StudySession }
): Promise<RecordedAnswer & { session: StudySession }>;
export async function recordAnswer(db: FactdeckDB, input: AnswerInput): Promise<RecordedAnswer>;
export async function recordAnswer(db: FactdeckDB, input: AnswerInput): Promise<RecordedAnswer> {
	const { recorded, stored } = await issueAnswer(db, input);
	await stored;
	return recorded;
}

/** An answer whose writes are all queued and committed; `stored` settles when it is on disk. */
export interface IssuedAnswer<R> {
	recorded: R;
	stored: Promise<void>;
}

/**
 * recordAnswer for a screen that shows the next card at once: resolves as soon as every write
 * is queued and the commit requested, which the browser finishes even if the page is left, and
 * `stored` says when it is on disk or why it failed (then nothing of it was kept). Two round
 * trips: the card and its day's total are read together, then the card, the day and the review
 * are written together; the session, which keeps the review's id for undo, follows the review.
 */
export async function issueAnswer(
	db: FactdeckDB,
	input: AnswerInput & { session: StudySession }
): Promise<IssuedAnswer<RecordedAnswer & { session: StudySession }>>;
export async function issueAnswer(
	db: FactdeckDB,
	input: AnswerInput
): Promise<IssuedAnswer<RecordedAnswer>>;
export async function issueAnswer(
	db: FactdeckDB,
	input: AnswerInput
): Promise<IssuedAnswer<RecordedAnswer>> {
	const { session } = input;
	if (session && currentCardId(session) !== input.cardId) {
		throw new Error(`The session is not showing card ${input.cardId}`);
	}
	// Scheduling is pure and synchronous, so it may run inside the transaction.
	const { result, stored } = await committingTransaction(
		db,
		['cards', 'reviews', 'sessions', 'days'],
		async (tx) => {
			const cards = tx.objectStore('cards');
			const days = tx.objectStore('days');
			const reading = Promise.all([cards.get(input.cardId), days.get(dayKey(input.now))]);
			// Scheduling takes a few ms on a slow phone: done while the browser reads.
			const shown = input.shown && scheduleOf(input.shown);
			const expected = shown && scheduleReview(shown, input.rating, input.now, input.settings);
			const [card, day] = await reading;
			if (!card) throw new CardNotFoundError(input.cardId);
			const sameAsShown = shown !== undefined && sameSchedule(card, shown);
			const { card: answered, review: entry } = answeredCard(
				card,
				input,
				sameAsShown ? expected : undefined
			);
			// Queued together, not one after another's answer: each answer is a round trip to
			// the browser, and only the session needs one (the review's id). A failed write aborts
			// the transaction, which `stored` reports.
			queued(putCard(cards, answered));
			const updated = storedCard(answered);
			queued(writeDayCount(days, day, entry, card.state === 0, 1));
			// The store assigns the id (autoIncrement keyPath).
			const id = await tx.objectStore('reviews').add(entry as Review);
			const review: Review = { ...entry, id };
			if (!session) return { review, card: updated };
			const recorded = withLastReviewId(answeredSession(session, input, updated), id);
			// The last answer closes its session in the same write: the end needs none of its own.
			const advanced = isFinished(recorded) ? finishSession(recorded, input.now) : recorded;
			queued(tx.objectStore('sessions').put(advanced));
			return { review, card: updated, session: advanced };
		}
	);
	return { recorded: result, stored };
}

export interface UndoneAnswer {
	review: Review;
	/** The card as it was before the undone review. */
	card: Card;
	session?: StudySession;
}

/**
 * Takes back an answer in one transaction: the card gets its state from before the review and
 * the review leaves the log. With a session, its latest answer is undone and the session steps
 * back; without, the latest review in the whole log is. Only a card's latest review can be
 * undone (an earlier one would overwrite later progress). Throws UndoNotPossibleError otherwise.
 */
export async function undoLastAnswer(
	db: FactdeckDB,
	options: { session: StudySession }
): Promise<UndoneAnswer & { session: StudySession }>;
export async function undoLastAnswer(
	db: FactdeckDB,
	options?: { session?: StudySession }
): Promise<UndoneAnswer>;
export async function undoLastAnswer(
	db: FactdeckDB,
	{ session }: { session?: StudySession } = {}
): Promise<UndoneAnswer> {
	const stepBack = session ? undoLast(session) : null;
	if (session && !stepBack) throw new UndoNotPossibleError('Nothing to undo in this session');
	const reviewId = stepBack?.undone.reviewId;
	if (stepBack && reviewId === undefined) {
		throw new UndoNotPossibleError('This answer was not stored, so there is nothing to undo');
	}
	return writeTransaction(
		db,
		['cards', 'reviews', 'sessions', 'days', 'syncEvents'],
		async (tx) => {
			const reviews = tx.objectStore('reviews');
			const review =
				reviewId === undefined
					? (await reviews.openCursor(null, 'prev'))?.value
					: await reviews.get(reviewId);
			if (!review) throw new UndoNotPossibleError('That answer was already undone');
			if (!review.before)
				throw new UndoNotPossibleError('Answers from before version 2 cannot be undone');
			// Latest in time, as the schedule is replayed: with sync, a review from another device
			// may be stored after a later one made here.
			const forCard = await reviews.index('byCard').getAll(review.cardId);
			const later = forCard.some(
				(other) =>
					other.reviewedAt > review.reviewedAt ||
					(other.reviewedAt === review.reviewedAt && other.id > review.id)
			);
			if (later) {
				throw new UndoNotPossibleError('The card was reviewed again since; undo that first');
			}
			const cards = tx.objectStore('cards');
			const current = await cards.get(review.cardId);
			if (!current) throw new CardNotFoundError(review.cardId);
			const restored = await putCard(cards, { ...current, ...review.before });
			await reviews.delete(review.id);
			await countReviewInDays(tx.objectStore('days'), review, review.before.state === 0, -1);
			await markUndoneForSync(tx.objectStore('syncEvents'), review.id);
			if (!stepBack) return { review, card: restored };
			await tx.objectStore('sessions').put(stepBack.session);
			return { review, card: restored, session: stepBack.session };
		}
	);
}
