import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_MESSAGES, getSettings } from '$lib/db';
import { resetIndexedDB } from '$lib/db/testing';
import { DB_NAME, DB_VERSION } from '$lib/db/schema';
import { Database } from './database.svelte';

beforeEach(() => resetIndexedDB());

describe('database', () => {
	it('opens one connection and hands it to every caller', async () => {
		const database = new Database();
		const [a, b] = await Promise.all([database.open(), database.open()]);
		expect(a).toBe(b);
		expect(await getSettings(a)).toBeDefined();
		expect(database.problem).toBeUndefined();
	});

	it('says to reload when another tab upgrades the database', async () => {
		const database = new Database();
		await database.open();
		// Another tab with a newer app version opens the database at a higher version.
		const newer = indexedDB.open(DB_NAME, DB_VERSION + 1);
		await new Promise((resolve) => (newer.onsuccess = resolve));
		newer.result.close();
		expect(database.problem).toBe(DATABASE_MESSAGES.blocking);
	});

	it('tries again after a failed open', async () => {
		const database = new Database();
		const real = indexedDB;
		globalThis.indexedDB = {
			open: () => {
				throw new DOMException('refused', 'SecurityError');
			}
		} as unknown as IDBFactory;
		await expect(database.open()).rejects.toThrow('refused');
		globalThis.indexedDB = real;
		expect(await database.open()).toBeDefined();
	});
});
