// Local reviews that may already travel as events: a backup restored on a device that syncs, or
// a device with a history of its own that starts syncing. Each is recognised by what it records,
// so it is tied to its event instead of going out a second time under a new id.
import type { Review } from '$lib/types';
import { eventIdOf, type ReviewEvent } from '$lib/sync/events';
import { readLog, type ReplicaDb } from '$lib/sync/replica';
import { withSeqs } from '$lib/sync/seq-ranges';
import { ensureSyncState } from './sync-log';
import { SYNC_STATE_KEY, type FactdeckDB } from './schema';
import { writeTransaction } from './transaction';

type Recorded = Pick<
	ReviewEvent,
	'cardId' | 'setId' | 'rating' | 'answer' | 'correct' | 'mode' | 'durationMs' | 'reviewedAt'
>;

/** What a review records: the same review has the same key in the log and in a backup. */
function recordedKey(review: Recorded): string {
	return JSON.stringify([
		review.cardId,
		review.setId,
		review.rating,
		review.answer,
		review.correct,
		review.mode,
		review.durationMs,
		review.reviewedAt
	]);
}

/** Whether the local reviews are to be recognised among the synced log's before anything goes out. */
export async function needsRelink(db: FactdeckDB): Promise<boolean> {
	const state = await ensureSyncState(db);
	return state.relink === true && (await db.count('reviews')) > 0;
}

/**
 * Ties each local review not yet exchanged to the replica's event recording the same review, if
 * there is one, each event at most once; the rest go out as new events with the next export.
 * Run it on a freshly pulled replica. Returns how many were recognised.
 */
export async function recogniseReviews(db: FactdeckDB, replica: ReplicaDb): Promise<number> {
	const state = await ensureSyncState(db);
	if (!state.relink) return 0;
	const range = IDBKeyRange.lowerBound(state.exportedThrough, true);
	const tx = db.transaction(['reviews', 'syncEvents']);
	const reviews = await tx.objectStore('reviews').getAll(range);
	const exchanged = new Set(
		(await tx.objectStore('syncEvents').index('byReview').getAll(range)).map((r) => r.reviewId)
	);
	await tx.done;
	const unlinked: Review[] = reviews.filter((review) => !exchanged.has(review.id));
	const matches: { reviewId: number; device: string; seq: number }[] = [];
	if (unlinked.length > 0) {
		const byRecord = new Map<string, { device: string; seq: number }[]>();
		for (const event of (await readLog(replica)).events) {
			if (event.kind !== 'review') continue;
			const key = recordedKey(event);
			const same = byRecord.get(key);
			if (same) same.push(event);
			else byRecord.set(key, [event]);
		}
		for (const review of unlinked) {
			const event = byRecord.get(recordedKey(review))?.shift();
			if (event) matches.push({ reviewId: review.id, device: event.device, seq: event.seq });
		}
	}
	return writeTransaction(db, ['syncEvents', 'syncState'], async (tx) => {
		const log = tx.objectStore('syncEvents');
		const seqs = new Map<string, number[]>();
		let recognised = 0;
		for (const { reviewId, device, seq } of matches) {
			const eventId = eventIdOf(device, seq);
			if (await log.get(eventId)) continue;
			await log.put({ eventId, reviewId });
			const list = seqs.get(device);
			if (list) list.push(seq);
			else seqs.set(device, [seq]);
			recognised++;
		}
		const current = (await tx.objectStore('syncState').get(SYNC_STATE_KEY)) ?? state;
		const known = { ...current.known };
		for (const [device, list] of seqs) known[device] = withSeqs(known[device] ?? [], list);
		const next = { ...current, known };
		delete next.relink;
		await tx.objectStore('syncState').put(next, SYNC_STATE_KEY);
		return recognised;
	});
}
