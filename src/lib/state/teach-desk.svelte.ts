// The teacher's side on this device: the assignments it made, newest first.
import type { Assignment } from '$lib/types';
import { deleteAssignment, listAssignments, saveAssignment } from '$lib/db/assignments';
import { messageOf } from '$lib/error-message';
import { database as appDatabase, type Database } from './database.svelte';

export class TeachDesk {
	#database: Database;
	#assignments = $state.raw<Assignment[]>([]);
	#created = $state.raw<Assignment | undefined>();
	#problem = $state<string | undefined>();

	constructor(database: Database = appDatabase) {
		this.#database = database;
	}

	get assignments() {
		return this.#assignments;
	}
	/** The assignment just made, shown with its link and QR code. */
	get created() {
		return this.#created;
	}
	get problem() {
		return this.#problem;
	}

	async load() {
		try {
			this.#assignments = await listAssignments(await this.#database.open());
		} catch (error) {
			this.#problem = `Saved assignments could not be read: ${messageOf(error)}`;
		}
	}

	async add(assignment: Assignment) {
		await saveAssignment(await this.#database.open(), assignment);
		this.#created = assignment;
		this.#assignments = [assignment, ...this.#assignments.filter((a) => a.id !== assignment.id)];
	}

	/** Deletes an assignment and every result received for it. */
	async remove(id: string) {
		try {
			await deleteAssignment(await this.#database.open(), id);
			this.#assignments = this.#assignments.filter((a) => a.id !== id);
			if (this.#created?.id === id) this.#created = undefined;
		} catch (error) {
			this.#problem = `The assignment could not be deleted: ${messageOf(error)}`;
		}
	}

	show(assignment: Assignment) {
		this.#created = assignment;
	}
}

export const teachDesk = new TeachDesk();
