// Whether this device syncs, with which server, and how the last sync went: fields of the one
// sync state record (schema.ts), so sync needs no store of its own.
import type { SyncServer } from '$lib/sync/server';
import { SYNC_STATE_KEY, type FactdeckDB } from './schema';
import { updateSyncState } from './sync-log';

export interface SyncStatus {
	/** The server while sync is on. */
	server?: SyncServer;
	lastSyncedAt?: number;
	lastError?: string;
	lastErrorAt?: number;
	/** Reviews, undos and copies that have not reached the server yet. */
	waiting: number;
}

/** The sync status as the settings screen shows it; reading it starts nothing. */
export async function readSyncStatus(db: FactdeckDB): Promise<SyncStatus> {
	const tx = db.transaction(['syncState', 'reviews', 'syncEvents']);
	const state = await tx.objectStore('syncState').get(SYNC_STATE_KEY);
	const after = IDBKeyRange.lowerBound(state?.exportedThrough ?? 0, true);
	const reviews = await tx.objectStore('reviews').count(after);
	const pulled = await tx.objectStore('syncEvents').index('byReview').count(after);
	const undos = await tx.objectStore('syncEvents').index('byPendingUndo').count();
	await tx.done;
	return {
		server: state?.server,
		lastSyncedAt: state?.lastSyncedAt,
		lastError: state?.lastError,
		lastErrorAt: state?.lastErrorAt,
		waiting: reviews - pulled + undos + (state?.unsent ?? 0)
	};
}

/** Sync on, with this server (the password is kept on this device, for this server only). */
export async function turnSyncOn(db: FactdeckDB, server: SyncServer): Promise<void> {
	await updateSyncState(db, (state) => ({
		...state,
		server,
		lastError: undefined,
		lastErrorAt: undefined
	}));
}

/** Sync off: the server and password are forgotten; what was synced stays on this device. */
export async function turnSyncOff(db: FactdeckDB): Promise<void> {
	await updateSyncState(db, (state) => {
		const off = { ...state, lastError: undefined, lastErrorAt: undefined };
		delete off.server;
		return off;
	});
}

/** How a sync ended: its time when it went through, or the error in plain words. */
export async function recordSyncOutcome(
	db: FactdeckDB,
	outcome: { syncedAt: number } | { error: string; at: number }
): Promise<void> {
	await updateSyncState(db, (state) =>
		'error' in outcome
			? { ...state, lastError: outcome.error, lastErrorAt: outcome.at }
			: { ...state, lastSyncedAt: outcome.syncedAt, lastError: undefined, lastErrorAt: undefined }
	);
}
