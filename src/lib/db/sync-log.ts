import type { IDBPObjectStore } from 'idb';
import { newDeviceId } from '$lib/sync/events';
import {
	SYNC_STATE_KEY,
	type FactdeckDB,
	type FactdeckSchema,
	type StoreName,
	type SyncState
} from './schema';
import { writeTransaction } from './transaction';

type SyncEventsStore = IDBPObjectStore<
	FactdeckSchema,
	ArrayLike<StoreName>,
	'syncEvents',
	'readwrite'
>;

/**
 * Inside the caller's transaction: a review that left the local log by undo is to be undone on
 * every device too, if it was ever exchanged (the next export sends the undo event).
 */
export async function markUndoneForSync(events: SyncEventsStore, reviewId: number): Promise<void> {
	const record = await events.index('byReview').get(reviewId);
	if (record) await events.put({ ...record, pendingUndo: 1 });
}

export function getSyncState(db: FactdeckDB): Promise<SyncState | undefined> {
	return db.get('syncState', SYNC_STATE_KEY);
}

/** This device's sync state, made (with a new device id) the first time sync runs. */
export async function ensureSyncState(
	db: FactdeckDB,
	random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)
): Promise<SyncState> {
	return writeTransaction(db, ['syncState'], async (tx) => {
		const stored = await tx.store.get(SYNC_STATE_KEY);
		if (stored) return stored;
		const state = newSyncState(random);
		await tx.store.put(state, SYNC_STATE_KEY);
		return state;
	});
}

/** A device's sync state before its first sync, with a new device id. */
export function newSyncState(
	random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)
): SyncState {
	return {
		deviceId: newDeviceId(random),
		nextSeq: 0,
		exportedThrough: 0,
		known: {},
		changesSeq: 0,
		setVersions: {}
	};
}

/** Changes this device's sync state in one transaction (made first if sync never ran). */
export async function updateSyncState(
	db: FactdeckDB,
	change: (state: SyncState) => SyncState
): Promise<SyncState> {
	const state = await ensureSyncState(db);
	return writeTransaction(db, ['syncState'], async (tx) => {
		const next = change((await tx.store.get(SYNC_STATE_KEY)) ?? state);
		await tx.store.put(next, SYNC_STATE_KEY);
		return next;
	});
}

/**
 * After a backup replaced the app's data: what was exchanged is forgotten, so the next sync
 * recognises the backup's reviews among the synced events, sends the rest as new events, brings
 * back every event the backup lacks and replays every card. The device id and its sequence
 * numbers stay, so no event id is ever used twice. A device that never synced gets a state too:
 * the backup's reviews may well be on the server already.
 */
export function restartExchange(state: SyncState = newSyncState()): SyncState {
	const restarted: SyncState = {
		...state,
		exportedThrough: 0,
		known: {},
		changesSeq: 0,
		setVersions: {},
		setRevs: {},
		relink: true
	};
	delete restarted.settingsVersion;
	delete restarted.replayedRetention;
	return restarted;
}
