import type { FactdeckDB } from '$lib/db';

/** The app's one connection to IndexedDB, opened on first use, and what is wrong with it. */
class Database {
	#connection: Promise<FactdeckDB> | undefined;
	#problem = $state<string | undefined>();
	#unsubscribe: (() => void) | undefined;

	/** A sentence for the user when another tab or the browser took the database away. */
	get problem() {
		return this.#problem;
	}

	open(): Promise<FactdeckDB> {
		this.#connection ??= this.#connect().catch((error: unknown) => {
			this.#connection = undefined;
			throw error;
		});
		return this.#connection;
	}

	// Loaded on first use so that pages showing no stored data (and the layout's banner) do not
	// ship the storage code before they are interactive.
	async #connect(): Promise<FactdeckDB> {
		const { onDatabaseEvent, openFactdeck } = await import('$lib/db/open');
		this.#unsubscribe ??= onDatabaseEvent((event) => (this.#problem = event.message));
		return openFactdeck();
	}

	reset() {
		this.#unsubscribe?.();
		this.#unsubscribe = undefined;
		this.#connection = undefined;
		this.#problem = undefined;
	}
}

export const database = new Database();
