/* eslint-disable svelte/prefer-svelte-reactivity -- the rule flags every Map and Set of an exported class; the cache of fetched sets is not shown by any view */
import {
	getCustomSet,
	listCustomSets,
	renameCustomSet,
	saveCustomSetWithCards,
	saveEditedSet,
	SetChangeError,
	setProgress,
	syncChangedCards,
	syncSetCards,
	type FactdeckDB,
	type SyncResult
} from '$lib/db';
import { checkSetTitle } from '$lib/create/title';
import type { QuestionProgress } from '$lib/create/edit-plan';
import { fetchBuiltInSet, fetchSetIndex } from '$lib/content/load-set';
import type { QuestionSet, SetSummary } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';

/**
 * Question sets for every screen: built-in ones from the prerendered (precached) JSON, custom
 * ones from IndexedDB. Built-in sets are cached for the tab; custom sets are read fresh, since
 * they can be edited. Methods taking `db` serve other state classes already holding a connection.
 */
export class QuestionSets {
	#database: Database;
	#index: Promise<SetSummary[]> | undefined;
	#builtIn = new Map<string, Promise<QuestionSet>>();

	constructor(database: Database = appDatabase) {
		this.#database = database;
	}

	builtInIndex(): Promise<SetSummary[]> {
		if (!this.#index) {
			this.#index = fetchSetIndex(fetch).catch((error: unknown) => {
				this.#index = undefined;
				throw error;
			});
		}
		return this.#index;
	}

	async load(db: FactdeckDB, id: string): Promise<QuestionSet | undefined> {
		return (await this.#isBuiltIn(id)) ? this.#builtInSet(id) : getCustomSet(db, id);
	}

	/**
	 * A set by id, built-in or made on this device; undefined when there is none. The database is
	 * only opened for sets made on this device.
	 */
	async find(id: string): Promise<QuestionSet | undefined> {
		if (await this.#isBuiltIn(id)) return this.#builtInSet(id);
		return getCustomSet(await this.#database.open(), id);
	}

	/** Whether a set is one made or imported on this device (which can be edited and deleted). */
	async madeHere(id: string): Promise<boolean> {
		return !(await this.#isBuiltIn(id));
	}

	async #isBuiltIn(id: string): Promise<boolean> {
		return (await this.builtInIndex()).some((entry) => entry.id === id);
	}

	#builtInSet(id: string): Promise<QuestionSet> {
		let set = this.#builtIn.get(id);
		if (!set) {
			set = fetchBuiltInSet(fetch, id);
			set.catch(() => this.#builtIn.delete(id));
			this.#builtIn.set(id, set);
		}
		return set;
	}

	/** The sets made or imported on this device (and assignments taken on it). */
	async custom(): Promise<QuestionSet[]> {
		return listCustomSets(await this.#database.open());
	}

	/** Saves a set made or imported on this device together with its cards, in one transaction. */
	async saveCustom(set: QuestionSet, now = Date.now()): Promise<SyncResult> {
		return saveCustomSetWithCards(await this.#database.open(), set, now);
	}

	/** Renames a set made on this device; throws SetChangeError, changing nothing, for a bad title. */
	async rename(id: string, title: string): Promise<string> {
		const checked = checkSetTitle(title);
		if (!checked.ok) throw new SetChangeError(checked.error);
		await renameCustomSet(await this.#database.open(), id, checked.value);
		return checked.value;
	}

	/** Each question's study progress in a set made on this device, for editing it. */
	async progress(setId: string): Promise<QuestionProgress[]> {
		return setProgress(await this.#database.open(), setId);
	}

	/**
	 * Saves the edit of a set made on this device over it: kept questions keep their progress;
	 * removed ones lose theirs only if listed in `confirmed` (else SetChangeError, nothing saved).
	 */
	async saveEdited(set: QuestionSet, confirmed: readonly string[], now = Date.now()) {
		return saveEditedSet(await this.#database.open(), set, confirmed, now);
	}

	/** Every set in the library: built-in first, then the ones made on this device. */
	async all(db: FactdeckDB): Promise<QuestionSet[]> {
		const [builtIn, custom] = await Promise.all([this.builtIn(), listCustomSets(db)]);
		return [...builtIn, ...custom];
	}

	/** The built-in sets themselves, fetched once for the tab; no database needed. */
	async builtIn(): Promise<QuestionSet[]> {
		const index = await this.builtInIndex();
		return Promise.all(index.map((entry) => this.#builtInSet(entry.id)));
	}

	/**
	 * The built-in sets, with their cards made to match their questions (a new app version may
	 * bring new or regenerated sets); `changed` says whether any card was written.
	 */
	async syncBuiltIn(
		db: FactdeckDB,
		now = Date.now()
	): Promise<{ sets: QuestionSet[]; changed: boolean }> {
		const sets = await this.builtIn();
		let changed = false;
		for (const set of sets) {
			if (syncChangedCards(await syncSetCards(db, set, now))) changed = true;
		}
		return { sets, changed };
	}

	/**
	 * Every set in the library, built-in first, synced as syncBuiltIn does. Sets made on the
	 * device are synced when they are saved or imported, so they are only read here (meanwhile):
	 * with 50 of them this saves 50 writes.
	 */
	async syncAll(db: FactdeckDB, now = Date.now()): Promise<QuestionSet[]> {
		const [builtIn, custom] = await Promise.all([this.syncBuiltIn(db, now), listCustomSets(db)]);
		return [...builtIn.sets, ...custom];
	}
}

export const questionSets = new QuestionSets();

/** Why a rename or an edit was refused, as a sentence; nothing was changed. */
export { SetChangeError };
