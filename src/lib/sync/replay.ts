import type { CardSchedule, Settings } from '$lib/types';
import { scheduleReview } from '$lib/srs/scheduler';
import { eventIdOf, type LoggedEvent, type ReviewEvent } from './events';

/** One review of the merged log with the schedule it found and the one it left. */
export interface ReplayedReview {
	eventId: string;
	event: ReviewEvent & { device: string };
	before: CardSchedule;
	after: CardSchedule;
}

export interface CardReplay {
	/** The card's schedule after every review still in the log (`start` when there is none). */
	schedule: CardSchedule;
	/** The reviews still in the log, in the order replayed. */
	reviews: ReplayedReview[];
}

export interface ReplayOptions {
	settings: Pick<Settings, 'desiredRetention'>;
	/** The schedule each card starts from: a card never studied, due when it was added. */
	start: (cardId: string) => CardSchedule;
	/**
	 * The cards whose reviews are this card's history, oldest first, ending with the card itself:
	 * a story's newer card carries on the schedule of the card it supersedes.
	 */
	history?: (cardId: string) => readonly string[];
}

/** The one order every device replays in: review time, then device, then sequence. */
function compareEvents(a: ReviewEvent & { device: string }, b: ReviewEvent & { device: string }) {
	if (a.reviewedAt !== b.reviewedAt) return a.reviewedAt - b.reviewedAt;
	if (a.device !== b.device) return a.device < b.device ? -1 : 1;
	return a.seq - b.seq;
}

/**
 * The review events that count: each id once (a copy differing from another under the same id is
 * settled by its JSON, so every device keeps the same one) and none that an undo takes back.
 */
export function effectiveReviews(
	events: Iterable<LoggedEvent>
): (ReviewEvent & { device: string })[] {
	const reviews = new Map<string, ReviewEvent & { device: string }>();
	const undone = new Set<string>();
	for (const event of events) {
		if (event.kind === 'undo') {
			undone.add(event.target);
			continue;
		}
		const id = eventIdOf(event.device, event.seq);
		const seen = reviews.get(id);
		if (!seen || JSON.stringify(event) < JSON.stringify(seen)) reviews.set(id, event);
	}
	for (const id of undone) reviews.delete(id);
	return [...reviews.values()].sort(compareEvents);
}

/**
 * Replays ts-fsrs (the app's own scheduler) over the merged log for the given cards. Pure and
 * deterministic: the same events, in any order and however often repeated, give the same
 * schedules, so every device holding the same events holds the same schedule.
 */
export function replayCards(
	events: Iterable<LoggedEvent>,
	cardIds: Iterable<string>,
	options: ReplayOptions
): Map<string, CardReplay> {
	const wanted = new Set(cardIds);
	const historyOf = options.history ?? ((cardId: string) => [cardId]);
	const sources = new Map<string, string[]>();
	for (const cardId of wanted) {
		for (const source of historyOf(cardId)) {
			const readers = sources.get(source) ?? [];
			readers.push(cardId);
			sources.set(source, readers);
		}
	}
	const out = new Map<string, CardReplay>();
	for (const cardId of wanted) {
		const schedule = options.start(historyOf(cardId)[0] ?? cardId);
		out.set(cardId, { schedule, reviews: [] });
	}
	for (const event of effectiveReviews(events)) {
		for (const cardId of sources.get(event.cardId) ?? []) {
			const replay = out.get(cardId);
			if (!replay) continue;
			const before = replay.schedule;
			const after = scheduleReview(before, event.rating, event.reviewedAt, options.settings);
			replay.schedule = after;
			replay.reviews.push({ eventId: eventIdOf(event.device, event.seq), event, before, after });
		}
	}
	return out;
}
