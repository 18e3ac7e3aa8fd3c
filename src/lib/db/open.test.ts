import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DATABASE_MESSAGES, onDatabaseEvent, openFactdeck, type DatabaseEvent } from './open';
import { DB_NAME, DB_VERSION } from './schema';
import { resetIndexedDB } from './testing';
import { loadFixture } from './fixtures/load';

let unsubscribe: (() => void) | undefined;
afterEach(() => unsubscribe?.());

describe('openFactdeck with other tabs', () => {
	it('lets go of an old connection when another tab upgrades, and says why', async () => {
		resetIndexedDB();
		await loadFixture(DB_NAME, { version: 1, stores: {} });
		const events: DatabaseEvent[] = [];
		unsubscribe = onDatabaseEvent((e) => events.push(e));
		const oldTab = await openFactdeck({ version: 1 });
		const newTab = await openFactdeck();
		expect(newTab.version).toBe(DB_VERSION);
		expect(events.map((e) => e.kind)).toEqual(['blocking']);
		expect(events[0]?.message).toBe(
			'Factdeck was updated in another tab — reload this tab to keep studying.'
		);
		// The old tab's connection is closed: using it fails instead of hanging.
		expect(() => oldTab.transaction('cards')).toThrow();
		newTab.close();
	});

	it('reports blocked while a tab that does not let go holds the old version', async () => {
		resetIndexedDB();
		await loadFixture(DB_NAME, { version: 1, stores: {} });
		// An old tab without a `blocking` handler: it keeps its connection open.
		const stubborn = await openDB(DB_NAME, 1);
		const listener = vi.fn();
		unsubscribe = onDatabaseEvent(listener);
		const opening = openFactdeck();
		await vi.waitFor(() =>
			expect(listener).toHaveBeenCalledWith({ kind: 'blocked', message: DATABASE_MESSAGES.blocked })
		);
		stubborn.close();
		// Once the other tab lets go, the upgrade proceeds.
		const db = await opening;
		expect(db.version).toBe(DB_VERSION);
		db.close();
	});
});
