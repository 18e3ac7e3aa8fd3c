/** What to tell someone whose device has no room left for Factdeck's data. */
export const STORAGE_FULL_MESSAGE =
	'Storage is full: export a backup, then delete sets you no longer need or free space on the device.';

/** A write failed because the browser's storage quota is used up; nothing was written. */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
	constructor(options?: { cause?: unknown }) {
		super(STORAGE_FULL_MESSAGE, options);
	}
}

/** The card to record an answer for is not in the database (its set was never synced). */
export class CardNotFoundError extends Error {
	override name = 'CardNotFoundError';
	constructor(readonly cardId: string) {
		super(`No card ${cardId}: add its set before studying it`);
	}
}

/** The answer cannot be undone (already undone, a later review exists, or too old to undo). */
export class UndoNotPossibleError extends Error {
	override name = 'UndoNotPossibleError';
}

function isQuota(error: unknown): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		'name' in error &&
		(error as { name: unknown }).name === 'QuotaExceededError'
	);
}

/** Turns a quota failure (thrown directly or as the reason a transaction aborted) into StorageFullError. */
export function explainStorageError(error: unknown, transactionError?: unknown): unknown {
	if (error instanceof StorageFullError) return error;
	if (isQuota(error) || isQuota(transactionError)) return new StorageFullError({ cause: error });
	return error;
}
