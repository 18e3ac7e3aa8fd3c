// How many results wait for a class inbox, in a module of its own: every page asks it at start,
// and it must not bring the outbox's schemas and the share code they use along (see outbox.ts).
import type { FactdeckDB } from './schema';

/** How many results wait (one count, so app start reads nothing more when none does). */
export function countOutbox(db: FactdeckDB): Promise<number> {
	return db.count('inboxOutbox');
}
