import type { Settings } from '$lib/types';
import { normalizeSettings } from '$lib/srs/settings';
import { SETTINGS_KEY, type FactdeckDB } from './schema';
import { writeTransaction } from './transaction';

/** The stored settings, with defaults for anything missing or out of range. */
export async function getSettings(db: FactdeckDB): Promise<Settings> {
	return normalizeSettings(await db.get('settings', SETTINGS_KEY));
}

/** Changes some settings (clamped to their allowed ranges) and returns all of them. */
export async function updateSettings(
	db: FactdeckDB,
	changes: Partial<Settings>
): Promise<Settings> {
	return writeTransaction(db, ['settings'], async (tx) => {
		const current = normalizeSettings(await tx.store.get(SETTINGS_KEY));
		const next = normalizeSettings({ ...current, ...changes });
		await tx.store.put(next, SETTINGS_KEY);
		return next;
	});
}
