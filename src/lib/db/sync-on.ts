// Whether sync is on, in a module of its own: every page asks it at start, and it must not bring
// the rest of sync's storage code along (see sync-setup.ts).
import { SYNC_STATE_KEY, type FactdeckDB } from './schema';

/** Whether sync is on: one read, for the app's start. */
export async function isSyncOn(db: FactdeckDB): Promise<boolean> {
	return (await db.get('syncState', SYNC_STATE_KEY))?.server !== undefined;
}
