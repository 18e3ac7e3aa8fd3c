import type { ReplicaDb } from './replica';
import type { SyncServer } from './server';

/**
 * The sync replica in the browser: PouchDB over IndexedDB (its own database, beside Factdeck's).
 * Imported dynamically, so no page loads PouchDB until sync is switched on.
 */
export async function openBrowserReplica(name = 'factdeck-sync'): Promise<ReplicaDb> {
	const { default: PouchDB } = await import('pouchdb-browser');
	return new PouchDB(name);
}

/**
 * The server's database, reached with the account's user name and password (HTTP basic auth,
 * sent to this address only). It must exist: a learner's account may not create databases.
 */
export async function openServerDatabase(server: SyncServer): Promise<unknown> {
	const { default: PouchDB } = await import('pouchdb-browser');
	return new PouchDB(server.address, {
		auth: { username: server.username, password: server.password },
		skip_setup: true
	});
}
