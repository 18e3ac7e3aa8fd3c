import { getSettings, loadProgress, type ProgressStats } from '$lib/db';
import type { QuestionSet, Settings } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';
import { questionSets as appQuestionSets, type QuestionSets } from './question-sets.svelte';
import { messageOf } from '$lib/error-message';

/** The progress page's statistics, from the cards and the daily totals. */
export class Progress {
	#database: Database;
	#questionSets: QuestionSets;
	#stats = $state.raw<ProgressStats | undefined>();
	#sets = $state.raw<QuestionSet[]>([]);
	#settings = $state.raw<Settings | undefined>();
	#problem = $state<string | undefined>();
	#visit = 0;

	constructor({ database = appDatabase, questionSets = appQuestionSets } = {}) {
		this.#database = database;
		this.#questionSets = questionSets;
	}

	get stats() {
		return this.#stats;
	}
	get sets() {
		return this.#sets;
	}
	get settings() {
		return this.#settings;
	}
	get problem() {
		return this.#problem;
	}

	async load(now = Date.now()) {
		// A load still running when its visit ended (reset) shows nothing; a later visit has its own.
		const visit = this.#visit;
		try {
			// The built-in sets are fetched while the database opens (syncBuiltIn reuses them).
			this.#questionSets.builtIn().catch(() => {});
			const db = await this.#database.open();
			// Counted while the built-in sets are synced (and the sets made here read, for their
			// titles). Almost always that sync writes nothing; when it did write (a first visit, a
			// new app version), the figures are counted again, so they include every new card as
			// home and review count them.
			const [builtIn, custom, counted, settings] = await Promise.all([
				this.#questionSets.syncBuiltIn(db, now),
				this.#questionSets.custom(),
				loadProgress(db, { now }),
				getSettings(db)
			]);
			const stats = builtIn.changed ? await loadProgress(db, { now }) : counted;
			if (visit !== this.#visit) return;
			this.#stats = stats;
			this.#sets = [...builtIn.sets, ...custom];
			this.#settings = settings;
			this.#problem = undefined;
		} catch (error) {
			if (visit === this.#visit) this.#problem = messageOf(error, 'Could not load your progress.');
		}
	}

	/** Forgets what was loaded, so a later visit never shows it before loading afresh. */
	reset() {
		this.#visit++;
		this.#stats = undefined;
		this.#sets = [];
		this.#settings = undefined;
		this.#problem = undefined;
	}
}

export const progress = new Progress();
