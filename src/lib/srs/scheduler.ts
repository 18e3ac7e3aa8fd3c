import { createEmptyCard, fsrs, type Card as FsrsCard, type FSRS, type Grade } from 'ts-fsrs';
import type { CardSchedule, CardState, ReviewRating, Settings } from '$lib/types';
import { clampRetention } from './settings';
import { formatInterval } from './interval';

// One scheduler per retention value: building one validates parameters, so reuse it.
const schedulers = new Map<number, FSRS>();

/** ts-fsrs with fuzz on (cards added together spread out) and its default learning steps. */
export function schedulerFor(settings: Pick<Settings, 'desiredRetention'>): FSRS {
	const retention = clampRetention(settings.desiredRetention);
	let scheduler = schedulers.get(retention);
	if (!scheduler) {
		scheduler = fsrs({ request_retention: retention, enable_fuzz: true });
		schedulers.set(retention, scheduler);
	}
	return scheduler;
}

function toFsrs(schedule: CardSchedule): FsrsCard {
	return {
		due: new Date(schedule.due),
		stability: schedule.stability,
		difficulty: schedule.difficulty,
		elapsed_days: schedule.elapsedDays,
		scheduled_days: schedule.scheduledDays,
		learning_steps: schedule.learningSteps,
		reps: schedule.reps,
		lapses: schedule.lapses,
		state: schedule.state,
		last_review: schedule.lastReview === null ? undefined : new Date(schedule.lastReview)
	};
}

function fromFsrs(card: FsrsCard): CardSchedule {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as CardState,
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

/** The schedule of a card never studied, due at `now`. */
export function newSchedule(now: number): CardSchedule {
	return fromFsrs(createEmptyCard(new Date(now)));
}

/** Only the schedule fields of a card (drops id, setId, ...), e.g. to keep as undo state. */
export function scheduleOf(card: CardSchedule): CardSchedule {
	return {
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsedDays,
		scheduledDays: card.scheduledDays,
		learningSteps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.lastReview
	};
}

/** Whether two schedules are the same, field by field. */
export function sameSchedule(a: CardSchedule, b: CardSchedule): boolean {
	return (Object.keys(scheduleOf(a)) as (keyof CardSchedule)[]).every((key) => a[key] === b[key]);
}

/** The card's schedule after being rated at `now`. */
export function scheduleReview(
	card: CardSchedule,
	rating: ReviewRating,
	now: number,
	settings: Pick<Settings, 'desiredRetention'>
): CardSchedule {
	return fromFsrs(schedulerFor(settings).next(toFsrs(card), new Date(now), rating as Grade).card);
}

export interface IntervalPreview {
	due: number;
	/** Time until due, as a button label: "10m", "1d", "1.2mo". */
	label: string;
}

/** What each of Again/Hard/Good/Easy would schedule, for the flashcard buttons. */
export function nextIntervals(
	card: CardSchedule,
	now: number,
	settings: Pick<Settings, 'desiredRetention'>
): Record<ReviewRating, IntervalPreview> {
	const preview = schedulerFor(settings).repeat(toFsrs(card), new Date(now));
	const entry = (rating: ReviewRating): IntervalPreview => {
		const due = preview[rating as Grade].card.due.getTime();
		return { due, label: formatInterval(due - now) };
	};
	return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}

/** How likely the card is remembered at `now` (0–1); 0 for a card never studied. */
export function retrievability(
	card: CardSchedule,
	now: number,
	settings: Pick<Settings, 'desiredRetention'>
): number {
	if (card.state === 0) return 0;
	return schedulerFor(settings).get_retrievability(toFsrs(card), new Date(now), false);
}
