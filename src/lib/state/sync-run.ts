// The heavy half of sync — PouchDB and the bridge — loaded only when a sync runs (sync.svelte.ts
// imports this module dynamically), so no page ships it while sync is off.
import type { FactdeckDB } from '$lib/db';
import { syncWithServer } from '$lib/db/sync';
import { keepSetVersion, listSetConflicts, type SetConflict } from '$lib/db/sync-conflicts';
import { openBrowserReplica, openServerDatabase } from '$lib/sync/browser-replica';
import type { ReplicaDb } from '$lib/sync/replica';
import type { SyncServer } from '$lib/sync/server';

let replica: Promise<ReplicaDb> | undefined;
let remote: { key: string; db: Promise<unknown> } | undefined;

function openReplica(): Promise<ReplicaDb> {
	replica ??= openBrowserReplica();
	return replica;
}

/** One sync with the server: this device's changes out, the other devices' in. */
export async function runSync(db: FactdeckDB, server: SyncServer): Promise<void> {
	const key = JSON.stringify(server);
	if (remote?.key !== key) remote = { key, db: openServerDatabase(server) };
	await syncWithServer(db, await openReplica(), await remote.db);
}

/** The sets edited on two devices, as this device's replica holds them. */
export async function setConflicts(): Promise<SetConflict[]> {
	return listSetConflicts(await openReplica());
}

/** Keeps one version of a set; it reaches every device with the next sync. */
export async function keepSet(setId: string, rev: string): Promise<void> {
	await keepSetVersion(await openReplica(), setId, rev);
}
