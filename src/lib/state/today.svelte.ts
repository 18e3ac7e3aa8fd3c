import { listOpenSessions, loadHomeSummary, type HomeSummary } from '$lib/db';
import type { QuestionSet, StudySession } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';
import { questionSets as appQuestionSets, type QuestionSets } from './question-sets.svelte';
import { messageOf } from '$lib/error-message';

/** What the home page shows about today: due now, new available, streak, mastery per set. */
export class Today {
	#database: Database;
	#questionSets: QuestionSets;
	#summary = $state.raw<HomeSummary | undefined>();
	#sets = $state.raw<QuestionSet[]>([]);
	#open = $state.raw<StudySession[]>([]);
	#problem = $state<string | undefined>();

	constructor({ database = appDatabase, questionSets = appQuestionSets } = {}) {
		this.#database = database;
		this.#questionSets = questionSets;
	}

	get summary() {
		return this.#summary;
	}
	/** Every set in the library, so mastery can name them. */
	get sets() {
		return this.#sets;
	}
	/** Sessions left unfinished, newest first, one per mode and set (the one a restart resumes). */
	get openSessions() {
		return this.#open;
	}
	get problem() {
		return this.#problem;
	}

	async load(now = Date.now()) {
		try {
			const db = await this.#database.open();
			// Makes sure every set has its cards, so "new available" counts the whole library.
			this.#sets = await this.#questionSets.syncAll(db, now);
			this.#summary = await loadHomeSummary(db, now);
			const open = (await listOpenSessions(db)).filter((s) => s.mode !== 'assignment');
			const key = (s: StudySession) => `${s.mode}:${s.setId ?? ''}`;
			this.#open = open.filter((s, i) => open.findIndex((o) => key(o) === key(s)) === i);
			this.#problem = undefined;
		} catch (error) {
			this.#problem = messageOf(error, 'Could not load today’s study.');
		}
	}
}

export const today = new Today();
