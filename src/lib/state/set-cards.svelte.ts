/* eslint-disable svelte/prefer-svelte-reactivity -- the map is built in one call and replaced whole in $state.raw, never mutated where a view reads it */
import { listSetCards } from '$lib/db';
import { database as appDatabase, type Database } from './database.svelte';
import { messageOf } from '$lib/error-message';

/** What this device knows about one set's cards, for the set's page: which facts are retired as outdated. */
export class SetCards {
	#database: Database;
	#setId = $state<string | undefined>();
	#outdated = $state.raw(new Map<string, string>());
	#problem = $state<string | undefined>();
	#token = 0;

	constructor(database: Database = appDatabase) {
		this.#database = database;
	}

	/** Question id → the day the learner marked its fact outdated. */
	get outdated(): ReadonlyMap<string, string> {
		return this.#outdated;
	}
	get setId() {
		return this.#setId;
	}
	get problem() {
		return this.#problem;
	}

	async load(setId: string) {
		const token = ++this.#token;
		this.#setId = setId;
		this.#outdated = new Map();
		try {
			const cards = await listSetCards(await this.#database.open(), setId);
			if (token !== this.#token) return;
			this.#outdated = new Map(
				cards.flatMap((c) => (c.outdatedOn ? [[c.questionId, c.outdatedOn] as const] : []))
			);
			this.#problem = undefined;
		} catch (error) {
			if (token === this.#token)
				this.#problem = messageOf(error, 'Could not read this set’s progress.');
		}
	}
}

export const setCards = new SetCards();
