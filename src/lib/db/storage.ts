// The browser's storage for this site: whether it is persistent (not evicted under pressure) and
// how much is used. Every call degrades to "unknown" where the Storage API is missing.

export interface StorageStatus {
	/** null when the browser cannot tell. */
	persisted: boolean | null;
	usageBytes: number | null;
	quotaBytes: number | null;
}

function storageManager(): StorageManager | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser to keep Factdeck's data even when space runs low. Browsers may grant it
 * silently, ask the user, or refuse; returns whether storage is now persistent.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
	const storage = storageManager();
	if (!storage?.persist) return null;
	try {
		return await storage.persist();
	} catch {
		return null;
	}
}

export async function storageStatus(): Promise<StorageStatus> {
	const storage = storageManager();
	const [persisted, estimate] = await Promise.all([
		storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
		storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null)
	]);
	return {
		persisted,
		usageBytes: estimate?.usage ?? null,
		quotaBytes: estimate?.quota ?? null
	};
}

/** "12.3 MB", for showing usage; "unknown" for null. */
export function formatBytes(bytes: number | null): string {
	if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return 'unknown';
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
