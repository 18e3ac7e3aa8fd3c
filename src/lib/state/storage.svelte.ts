import { formatBytes, requestPersistentStorage, storageStatus, type StorageStatus } from '$lib/db';

/** The browser's storage for this site, as the settings page describes it. */
export class StorageState {
	#status = $state.raw<StorageStatus | undefined>();

	/** Undefined until the browser has answered. */
	get status() {
		return this.#status;
	}

	readonly usage = $derived(
		this.#status?.quotaBytes == null
			? `Using ${formatBytes(this.#status?.usageBytes ?? null)}.`
			: `Using ${formatBytes(this.#status.usageBytes)} of ${formatBytes(this.#status.quotaBytes)} available.`
	);

	readonly persistence = $derived(
		this.#status?.persisted === true
			? 'Persistent: the browser will not clear Factdeck’s data to free space.'
			: this.#status?.persisted === false
				? 'Not persistent: the browser may clear Factdeck’s data when the device runs low on space.'
				: 'This browser does not say whether the data is kept.'
	);

	async refresh() {
		this.#status = await storageStatus();
	}

	/** Asks the browser to keep the data, then reads the answer back. */
	async askToKeep() {
		await requestPersistentStorage();
		await this.refresh();
	}
}

export const storage = new StorageState();
