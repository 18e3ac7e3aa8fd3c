import { loadTodayCounts } from '$lib/db';
import type { TodayCounts } from '$lib/study';
import { database as appDatabase, type Database } from './database.svelte';
import { messageOf } from '$lib/error-message';

/** Today's figures on their own, for the review page (home and progress load them with the rest). */
export class TodayFigures {
	#database: Database;
	#counts = $state.raw<TodayCounts | undefined>();
	#problem = $state<string | undefined>();
	#token = 0;

	constructor({ database = appDatabase } = {}) {
		this.#database = database;
	}

	get counts() {
		return this.#counts;
	}
	get problem() {
		return this.#problem;
	}

	async load(now = Date.now()) {
		const token = ++this.#token;
		try {
			const counts = await loadTodayCounts(await this.#database.open(), now);
			if (token !== this.#token) return;
			this.#counts = counts;
			this.#problem = undefined;
		} catch (error) {
			if (token === this.#token) this.#problem = messageOf(error, 'Could not count today’s cards.');
		}
	}

	/** Forgets the figures, so a later visit never shows old ones before loading afresh. */
	reset() {
		this.#token++;
		this.#counts = undefined;
		this.#problem = undefined;
	}
}

export const todayFigures = new TodayFigures();
