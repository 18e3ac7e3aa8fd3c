import type { FactdeckDB } from '$lib/db';

/** The app's one connection to IndexedDB, opened on first use, and what is wrong with it. */
export class Database {
	#connection: Promise<FactdeckDB> | undefined;
	#problem = $state<string | undefined>();
	#listening = false;

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
		if (!this.#listening) onDatabaseEvent((event) => (this.#problem = event.message));
		this.#listening = true;
		return openFactdeck();
	}
}

export const database = new Database();
