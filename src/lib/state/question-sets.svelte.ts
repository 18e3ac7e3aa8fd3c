import { getCustomSet, listCustomSets, syncSetCards, type FactdeckDB } from '$lib/db';
import type { QuestionSet, SetSummary } from '$lib/types';

/**
 * Question sets for study screens: built-in ones from the prerendered (precached) JSON, custom
 * ones from IndexedDB. Built-in sets are cached for the tab; custom sets are read fresh, since
 * they can be edited.
 */
class QuestionSets {
	#index: Promise<SetSummary[]> | undefined;
	#builtIn = new Map<string, Promise<QuestionSet>>();

	builtInIndex(): Promise<SetSummary[]> {
		if (!this.#index) {
			this.#index = fetchJson<SetSummary[]>('/sets.json').catch((error: unknown) => {
				this.#index = undefined;
				throw error;
			});
		}
		return this.#index;
	}

	async load(db: FactdeckDB, id: string): Promise<QuestionSet | undefined> {
		const index = await this.builtInIndex();
		if (!index.some((entry) => entry.id === id)) return getCustomSet(db, id);
		let set = this.#builtIn.get(id);
		if (!set) {
			set = fetchJson<QuestionSet>(`/sets/${encodeURIComponent(id)}.json`);
			set.catch(() => this.#builtIn.delete(id));
			this.#builtIn.set(id, set);
		}
		return set;
	}

	/** Every set in the library: built-in first, then the ones made on this device. */
	async all(db: FactdeckDB): Promise<QuestionSet[]> {
		const index = await this.builtInIndex();
		const builtIn = await Promise.all(index.map((entry) => this.load(db, entry.id)));
		const custom = await listCustomSets(db);
		return [...builtIn.filter((set): set is QuestionSet => set !== undefined), ...custom];
	}

	/**
	 * Every set in the library, with the built-in sets' cards made to match their questions (a new
	 * app version may bring new or regenerated sets). Sets made on the device are synced when they
	 * are saved or imported, so they are only read here: with 50 of them this saves 50 writes.
	 */
	async syncAll(db: FactdeckDB, now = Date.now()): Promise<QuestionSet[]> {
		const index = await this.builtInIndex();
		const builtIn = new Set(index.map((entry) => entry.id));
		const sets = await this.all(db);
		for (const set of sets) if (builtIn.has(set.id)) await syncSetCards(db, set, now);
		return sets;
	}

	reset() {
		this.#index = undefined;
		this.#builtIn.clear();
	}
}

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
	return (await response.json()) as T;
}

export const questionSets = new QuestionSets();
