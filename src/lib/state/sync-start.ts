import { database } from './database.svelte';

/**
 * At app start, after the page is interactive: when sync is on, loads it and starts syncing.
 * While sync is off only one small read runs; the sync code (and PouchDB) is never loaded.
 */
export async function startSyncIfOn(): Promise<void> {
	const db = await database.open();
	const { isSyncOn } = await import('$lib/db/sync-on');
	if (!(await isSyncOn(db))) return;
	const { deviceSync } = await import('./sync.svelte');
	await deviceSync.start();
}
