import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newSchedule, scheduleReview } from '$lib/srs/scheduler';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { ReviewRating } from '$lib/types';
import { eventIdOf, type LoggedEvent, type ReviewEvent } from './events';
import { effectiveReviews, replayCards } from './replay';

const settings = { desiredRetention: 0.9 };
const start = () => newSchedule(0);
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

function review(
	device: string,
	seq: number,
	cardId: string,
	rating: ReviewRating,
	reviewedAt: number
): LoggedEvent {
	const event: ReviewEvent = {
		kind: 'review',
		seq,
		cardId,
		setId: 's',
		rating,
		answer: '',
		correct: rating > 1,
		mode: 'review',
		durationMs: 3000,
		reviewedAt
	};
	return { ...event, device };
}

function shuffled<T>(items: readonly T[], order: readonly number[]): T[] {
	const keyed = items.map((item, i) => ({ item, key: order[i % order.length] ?? 0, i }));
	return keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((entry) => entry.item);
}

describe('replayCards', () => {
	it('gives what the app schedules one answer at a time', () => {
		const log = [
			review('aaaaaaaa', 0, 'c1', 3, T0),
			review('aaaaaaaa', 1, 'c1', 1, T0 + DAY),
			review('bbbbbbbb', 0, 'c1', 4, T0 + 3 * DAY)
		];
		let expected = newSchedule(0);
		for (const event of log)
			if (event.kind === 'review')
				expected = scheduleReview(expected, event.rating, event.reviewedAt, settings);
		const replay = replayCards(log, ['c1'], { settings, start }).get('c1');
		expect(replay?.schedule).toEqual(expected);
		expect(replay?.reviews.map((r) => r.eventId)).toEqual([
			'aaaaaaaa:0',
			'aaaaaaaa:1',
			'bbbbbbbb:0'
		]);
		expect(replay?.reviews[1]?.before).toEqual(replay?.reviews[0]?.after);
	});

	it('leaves out a review an undo takes back, from any device', () => {
		const kept = [review('aaaaaaaa', 0, 'c1', 3, T0), review('bbbbbbbb', 0, 'c1', 3, T0 + 2 * DAY)];
		const undone = review('aaaaaaaa', 1, 'c1', 1, T0 + DAY);
		const undo: LoggedEvent = {
			kind: 'undo',
			seq: 0,
			target: eventIdOf('aaaaaaaa', 1),
			undoneAt: T0 + DAY,
			device: 'cccccccc'
		};
		const withUndo = replayCards([...kept, undone, undo], ['c1'], { settings, start });
		const without = replayCards(kept, ['c1'], { settings, start });
		expect(withUndo.get('c1')).toEqual(without.get('c1'));
		// Before the undo arrives the review counts.
		expect(
			replayCards([...kept, undone], ['c1'], { settings, start }).get('c1')?.schedule
		).not.toEqual(without.get('c1')?.schedule);
	});

	it('starts a card from the schedule it was given when nothing is left of its log', () => {
		const undo: LoggedEvent = {
			kind: 'undo',
			seq: 1,
			target: 'aaaaaaaa:0',
			undoneAt: T0,
			device: 'aaaaaaaa'
		};
		const replay = replayCards([review('aaaaaaaa', 0, 'c1', 3, T0), undo], ['c1'], {
			settings,
			start: () => newSchedule(T0 - DAY)
		});
		expect(replay.get('c1')).toEqual({ schedule: newSchedule(T0 - DAY), reviews: [] });
	});

	it("carries a superseded card's history into the card that took over its fact", () => {
		const log = [
			review('aaaaaaaa', 0, 'old', 3, T0),
			review('aaaaaaaa', 1, 'new', 3, T0 + 4 * DAY)
		];
		const history = (id: string) => (id === 'new' ? ['old', 'new'] : [id]);
		const replay = replayCards(log, ['new'], { settings, start, history }).get('new');
		const expected = scheduleReview(
			scheduleReview(newSchedule(0), 3, T0, settings),
			3,
			T0 + 4 * DAY,
			settings
		);
		expect(replay?.schedule).toEqual(expected);
	});

	it('keeps one copy of an event that arrives twice', () => {
		const event = review('aaaaaaaa', 0, 'c1', 3, T0);
		expect(effectiveReviews([event, { ...event }])).toHaveLength(1);
	});

	it('replays any interleaving and any order of merges to the same schedule', fuzzBudget, () => {
		const arbLog = fc
			.array(
				fc.record({
					device: fc.constantFrom('aaaaaaaa', 'bbbbbbbb', 'cccccccc'),
					card: fc.constantFrom('c1', 'c2', 'c3'),
					rating: fc.constantFrom<ReviewRating>(1, 2, 3, 4),
					// Few distinct times, so that ties between devices happen.
					minute: fc.integer({ min: 0, max: 40 }),
					undo: fc.boolean()
				}),
				{ minLength: 1, maxLength: 40 }
			)
			.map((entries) => {
				const seqs = new Map<string, number>();
				const events: LoggedEvent[] = [];
				for (const entry of entries) {
					const seq = seqs.get(entry.device) ?? 0;
					seqs.set(entry.device, seq + 1);
					const at = T0 + entry.minute * 37 * 60_000 * 17;
					events.push(review(entry.device, seq, entry.card, entry.rating, at));
					if (entry.undo) {
						const undoSeq = seq + 1;
						seqs.set(entry.device, undoSeq + 1);
						events.push({
							kind: 'undo',
							seq: undoSeq,
							target: eventIdOf(entry.device, seq),
							undoneAt: at,
							device: entry.device
						});
					}
				}
				return events;
			});
		fc.assert(
			fc.property(
				arbLog,
				fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
				fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 60 }),
				(log, order, split) => {
					const cards = ['c1', 'c2', 'c3'];
					const reference = replayCards(log, cards, { settings, start });
					// Each device's events reach a replica in pieces, merged in any order, some twice.
					const pieces: LoggedEvent[][] = [[], [], []];
					log.forEach((event, i) => pieces[split[i % split.length] ?? 0]?.push(event));
					const merged = shuffled(
						[...pieces[2]!, ...pieces[0]!, ...pieces[1]!, ...pieces[0]!],
						order
					);
					expect(replayCards(merged, cards, { settings, start })).toEqual(reference);
				}
			),
			fuzzRuns(300)
		);
	});
});
