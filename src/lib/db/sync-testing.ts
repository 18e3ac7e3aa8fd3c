// Test helpers for sync (not used by the app): a device is a database beside the others in one
// in-memory IndexedDB, with an in-memory replica, syncing with one server (src/lib/sync/testing).
import type { Review } from '$lib/types';
import { memoryReplica } from '$lib/sync/testing';
import { openFactdeck } from './open';
import type { FactdeckDB } from './schema';
import { syncWithServer } from './sync';

let devices = 0;

export interface SyncDevice {
	db: FactdeckDB;
	replica: ReturnType<typeof memoryReplica>;
	remote: string;
	sync: () => ReturnType<typeof syncWithServer>;
}

/** A new device syncing with `remote`, at `now` when given (else the clock's time). */
export async function syncDevice(remote: string, now?: number): Promise<SyncDevice> {
	const db = await openFactdeck({ name: `sync-device-${++devices}` });
	const replica = memoryReplica();
	return { db, replica, remote, sync: () => syncWithServer(db, replica, remote, now) };
}

/**
 * The review log as every device must agree on it: without local ids, in time order, and with
 * a first review's `before.due` left out (a new card is due from when this device added it).
 */
export async function reviewLog(db: FactdeckDB) {
	return (await db.getAll('reviews'))
		.map(({ id: _id, ...review }: Review) => ({
			...review,
			before: review.before?.state === 0 ? { ...review.before, due: 0 } : review.before
		}))
		.sort((a, b) => a.reviewedAt - b.reviewedAt || a.cardId.localeCompare(b.cardId));
}
