// Deleting a set made on this device, with Undo. The set, its cards, reviews and draft are
// deleted at once in one transaction, and what was deleted is kept in memory while the Undo
// offer lasts; Undo writes it all back in one transaction.
//
// Why not defer the deletion until the offer ends: every screen that counts cards (today, review,
// progress) would have to hide a set that is still stored, a closed tab would leave it undeleted,
// and another tab or a backup would disagree with what the user saw. Deleted now, the storage
// always says what the screen says; the cost is that Undo ends with the tab.
import { deleteCustomSet, restoreDeletedSet, type DeletedSet } from '$lib/db';
import { database as appDatabase, type Database } from './database.svelte';

/** How long Undo is offered, unless the user is on it (focus or pointer pauses the clock). */
export const UNDO_DELETE_MS = 10_000;

export class SetDeletion {
	#database: Database;
	#deleted = $state.raw<DeletedSet | undefined>();
	/** Counts deletions and restorations, so lists of sets know to read again. */
	#changes = $state(0);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(database: Database = appDatabase) {
		this.#database = database;
	}

	/** The title of the set that Undo would bring back; undefined when there is no offer. */
	get undoable(): string | undefined {
		return this.#deleted?.set.title;
	}
	get changes() {
		return this.#changes;
	}

	/** Deletes a set made on this device, with everything of it, and offers Undo. */
	async delete(id: string): Promise<void> {
		const deleted = await deleteCustomSet(await this.#database.open(), id);
		this.#deleted = deleted;
		this.#changes++;
		this.resume();
	}

	/** Brings the deleted set back as it was; false when there was nothing to undo. */
	async undo(): Promise<boolean> {
		const deleted = this.#deleted;
		if (!deleted) return false;
		this.pause();
		try {
			await restoreDeletedSet(await this.#database.open(), deleted);
		} catch (error) {
			this.resume();
			throw error;
		}
		this.dismiss();
		this.#changes++;
		return true;
	}

	/** Stops the clock while the user is on the offer. */
	pause() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	/** Starts the clock again: the offer ends UNDO_DELETE_MS from now. */
	resume() {
		this.pause();
		if (this.#deleted) this.#timer = setTimeout(() => this.dismiss(), UNDO_DELETE_MS);
	}

	/** Ends the offer; the deletion stays. */
	dismiss() {
		this.pause();
		this.#deleted = undefined;
	}
}

export const setDeletion = new SetDeletion();
