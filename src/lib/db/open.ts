import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, migrate, type FactdeckDB, type FactdeckSchema } from './schema';

export type DatabaseEventKind = 'blocked' | 'blocking' | 'terminated';

export interface DatabaseEvent {
	kind: DatabaseEventKind;
	/** A sentence to show as it is. */
	message: string;
}

export const DATABASE_MESSAGES: Readonly<Record<DatabaseEventKind, string>> = Object.freeze({
	// This tab holds an old version and has let go of the database so the other tab can upgrade.
	blocking: 'Factdeck was updated in another tab — reload this tab to keep studying.',
	// This tab wants to upgrade, but another tab still has the old version open.
	blocked: 'Factdeck is open in another tab with an older version — close or reload that tab.',
	terminated: 'The browser closed Factdeck’s storage unexpectedly — reload to keep studying.'
});

type Listener = (event: DatabaseEvent) => void;
const listeners = new Set<Listener>();

/** Subscribes to database events for the UI (e.g. a "reload" banner); returns the unsubscribe. */
export function onDatabaseEvent(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(kind: DatabaseEventKind): void {
	const event = { kind, message: DATABASE_MESSAGES[kind] };
	for (const listener of listeners) listener(event);
}

export interface OpenOptions {
	name?: string;
	/** Tests open older versions to build fixtures; the app always opens DB_VERSION. */
	version?: number;
}

/**
 * Opens (creating or upgrading) Factdeck's database. Never hangs on another tab silently: a tab
 * that blocks an upgrade closes its connection and reports 'blocking'; a tab that is blocked
 * reports 'blocked' and finishes opening once the other tab lets go.
 */
export async function openFactdeck({
	name = DB_NAME,
	version = DB_VERSION
}: OpenOptions = {}): Promise<FactdeckDB> {
	const db: FactdeckDB = await openDB<FactdeckSchema>(name, version, {
		upgrade(database, oldVersion, newVersion, transaction) {
			// Errors abort the upgrade transaction, which rejects openDB: nothing half-migrated.
			// That rejection reaches the caller; the transaction's own one would go unhandled.
			transaction.done.catch(() => {});
			void migrate(
				database as unknown as IDBPDatabase<unknown>,
				oldVersion,
				newVersion ?? version,
				transaction as never
			).catch((error: unknown) => {
				console.error('Database migration failed', error);
				transaction.abort();
			});
		},
		blocked() {
			emit('blocked');
		},
		blocking() {
			db.close();
			emit('blocking');
		},
		terminated() {
			emit('terminated');
		}
	});
	return db;
}
