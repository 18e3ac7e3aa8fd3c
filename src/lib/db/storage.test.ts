import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, requestPersistentStorage, storageStatus } from './storage';

afterEach(() => vi.unstubAllGlobals());

describe('storage status', () => {
	it('reports persistence and usage from the Storage API', async () => {
		vi.stubGlobal('navigator', {
			storage: {
				persist: async () => true,
				persisted: async () => true,
				estimate: async () => ({ usage: 12_345_678, quota: 1e9 })
			}
		});
		expect(await requestPersistentStorage()).toBe(true);
		expect(await storageStatus()).toEqual({
			persisted: true,
			usageBytes: 12_345_678,
			quotaBytes: 1e9
		});
	});

	it('says unknown where the API is missing or fails', async () => {
		vi.stubGlobal('navigator', {});
		expect(await requestPersistentStorage()).toBeNull();
		expect(await storageStatus()).toEqual({ persisted: null, usageBytes: null, quotaBytes: null });
		vi.stubGlobal('navigator', {
			storage: {
				persist: () => Promise.reject(new Error('no')),
				persisted: () => Promise.reject(new Error('no'))
			}
		});
		expect(await requestPersistentStorage()).toBeNull();
		expect((await storageStatus()).persisted).toBeNull();
	});

	it('formats sizes', () => {
		expect(formatBytes(512)).toBe('512 bytes');
		expect(formatBytes(12_345_678)).toBe('12.3 MB');
		expect(formatBytes(null)).toBe('unknown');
	});
});
