import { onDatabaseEvent, openFactdeck, type FactdeckDB } from '$lib/db';

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
		if (!this.#connection) {
			this.#unsubscribe = onDatabaseEvent((event) => (this.#problem = event.message));
			this.#connection = openFactdeck().catch((error: unknown) => {
				this.#connection = undefined;
				throw error;
			});
		}
		return this.#connection;
	}

	reset() {
		this.#unsubscribe?.();
		this.#connection = undefined;
		this.#problem = undefined;
	}
}

export const database = new Database();
