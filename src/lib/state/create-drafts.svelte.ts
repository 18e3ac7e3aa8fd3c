// Keeps the create page's work as a draft while it is typed, so closing the browser loses
// nothing, and takes it up again on return: the new set's draft on /create, a saved set's
// edits on /create?edit=<id>.
import { deleteDraft, getDraft, saveDraft } from '$lib/db';
import { editDraftId, isEmptyDraft, NEW_SET_DRAFT, type CreateDraft } from '$lib/create/draft';
import { messageOf } from '$lib/error-message';
import { createFlow as appFlow, type CreateFlow } from './create-flow.svelte';
import { database as appDatabase, type Database } from './database.svelte';
import { questionSets as appSets, type QuestionSets } from './question-sets.svelte';

/** Typing pauses this long before the draft is written (one write per pause, not per key). */
export const DRAFT_DELAY_MS = 400;

export class CreateDrafts {
	#database: Database;
	#flow: CreateFlow;
	#sets: QuestionSets;
	#restoredAt = $state<number | undefined>();
	#problem = $state<string | undefined>();
	/** The latest work not yet written, and the timer that will write it. */
	#pending: CreateDraft | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing: Promise<void> = Promise.resolve();
	/** Closed while a page is being opened or a set saved: nothing is kept meanwhile. */
	#open = false;
	#opening: Promise<void> = Promise.resolve();

	constructor(database: Database = appDatabase, flow = appFlow, sets: QuestionSets = appSets) {
		this.#database = database;
		this.#flow = flow;
		this.#sets = sets;
	}

	/** When the work on screen was kept, if it was taken up from a draft. */
	get restoredAt() {
		return this.#restoredAt;
	}
	/** A sentence for the user when a draft could not be read, kept or opened. */
	get problem() {
		return this.#problem;
	}

	/** Settles when the page's work has been opened (what arrives by a share waits for it). */
	get opened(): Promise<void> {
		return this.#opening;
	}

	/**
	 * Opens the create page's work: the edit of set `editId`, or the new set's draft. Work in
	 * the form that is not yet kept (typed while this was loading) is never replaced.
	 */
	open(editId: string | null): Promise<void> {
		this.#opening = this.#load(editId);
		return this.#opening;
	}

	async #load(editId: string | null): Promise<void> {
		this.#open = false;
		this.#restoredAt = undefined;
		this.#problem = undefined;
		await this.flush();
		// Work typed while this was loading was not kept then: it is kept once the page is open.
		let typedMeanwhile = false;
		try {
			const db = await this.#database.open();
			if (editId !== null) {
				const set = await this.#sets.find(editId);
				if (!set || !(await this.#sets.madeHere(editId))) {
					this.#problem =
						'Only sets made or imported on this device can be edited, and this one is not here.';
					this.#flow.reset();
					return;
				}
				const draft = await getDraft(db, editDraftId(editId));
				if (draft?.curation) this.#take(draft, editId);
				else this.#flow.edit(set);
			} else {
				const draft = await getDraft(db, NEW_SET_DRAFT);
				const typed = this.#flow.editing === undefined && !isEmptyDraft(this.#flow.toDraft(0));
				if (draft && !isEmptyDraft(draft) && !typed) this.#take(draft);
				else if (!typed) this.#flow.reset();
				typedMeanwhile = typed;
			}
		} catch (error) {
			this.#problem = messageOf(error);
		} finally {
			this.#open = true;
		}
		if (typedMeanwhile) this.keep(this.#flow.toDraft(Date.now()));
	}

	#take(draft: CreateDraft, editing?: string) {
		this.#flow.restore(draft, editing);
		this.#restoredAt = draft.savedAt;
	}

	/** Keeps the work shortly (after DRAFT_DELAY_MS); call it with every change. */
	keep(draft: CreateDraft) {
		if (!this.#open) return;
		this.#pending = draft;
		this.#timer ??= setTimeout(() => void this.flush(), DRAFT_DELAY_MS);
	}

	/** Writes the work not yet kept now (the page is being hidden or left). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const draft = this.#pending;
		this.#pending = undefined;
		if (draft) this.#writing = this.#writing.then(() => this.#write(draft));
		return this.#writing;
	}

	async #write(draft: CreateDraft) {
		try {
			const db = await this.#database.open();
			// An emptied form leaves nothing to restore; an edit always has its questions.
			if (isEmptyDraft(draft)) await deleteDraft(db, draft.id);
			else await saveDraft(db, draft);
			this.#problem = undefined;
		} catch (error) {
			this.#problem = `Your work could not be kept on this device: ${messageOf(error)}`;
		}
	}

	/** Stops keeping the work; `open` starts again. */
	async #close(): Promise<void> {
		this.#open = false;
		this.#pending = undefined;
		await this.flush();
	}

	/** Throws away the draft on screen: a blank form, or the saved set as it is stored. */
	async discard(): Promise<void> {
		const id = this.#flow.draftId;
		const editing = this.#flow.editing;
		await this.#close();
		await deleteDraft(await this.#database.open(), id);
		this.#flow.reset();
		await this.open(editing ?? null);
	}

	/**
	 * Saves the work as a set through `work`: nothing is kept while it runs; on success the
	 * draft goes and the page is blank; on failure the work stays on screen and is kept again.
	 */
	async save<T>(work: () => Promise<T>): Promise<T> {
		const id = this.#flow.draftId;
		await this.#close();
		try {
			const result = await work();
			await deleteDraft(await this.#database.open(), id);
			this.#flow.reset();
			this.#restoredAt = undefined;
			return result;
		} catch (error) {
			this.#open = true;
			this.keep(this.#flow.toDraft(Date.now()));
			throw error;
		}
	}
}

export const createDrafts = new CreateDrafts();
