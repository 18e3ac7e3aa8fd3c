import type { ReplicaDb } from './replica';

/**
 * The sync replica in the browser: PouchDB over IndexedDB (its own database, beside Factdeck's).
 * Imported dynamically, so no page loads PouchDB until sync is switched on.
 */
export async function openBrowserReplica(name = 'factdeck-sync'): Promise<ReplicaDb> {
	const { default: PouchDB } = await import('pouchdb-browser');
	return new PouchDB(name);
}
