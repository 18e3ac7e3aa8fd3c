import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageState } from './storage.svelte';

afterEach(() => vi.unstubAllGlobals());

function browserStorage(persisted: boolean, grant: boolean) {
	const storage = {
		persisted: vi.fn(async () => persisted),
		persist: vi.fn(async () => (persisted = grant)),
		estimate: vi.fn(async () => ({ usage: 12_345_678, quota: 2_000_000_000 }))
	};
	vi.stubGlobal('navigator', { storage });
	return storage;
}

describe('storage', () => {
	it('describes usage and persistence once the browser has answered', async () => {
		browserStorage(false, true);
		const storage = new StorageState();
		expect(storage.status).toBeUndefined();
		await storage.refresh();
		expect(storage.usage).toBe('Using 12.3 MB of 2.0 GB available.');
		expect(storage.persistence).toMatch(/^Not persistent/);
		await storage.askToKeep();
		expect(storage.status?.persisted).toBe(true);
		expect(storage.persistence).toMatch(/^Persistent/);
	});

	it('says so when the browser cannot tell', async () => {
		vi.stubGlobal('navigator', {});
		const storage = new StorageState();
		await storage.refresh();
		expect(storage.usage).toBe('Using unknown.');
		expect(storage.persistence).toBe('This browser does not say whether the data is kept.');
	});
});
