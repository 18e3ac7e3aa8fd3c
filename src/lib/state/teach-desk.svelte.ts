// The teacher's side on this device: the assignments it made, newest first.
import type { Assignment } from '$lib/types';
import { deleteAssignment, listAssignments, saveAssignment } from '$lib/db/assignments';
import { database } from './database.svelte';
import { messageOf } from '$lib/error-message';

class TeachDesk {
	assignments = $state.raw<Assignment[]>([]);
	/** The assignment just made, shown with its link and QR code. */
	created = $state.raw<Assignment | undefined>();
	problem = $state<string | undefined>();

	async load() {
		try {
			this.assignments = await listAssignments(await database.open());
		} catch (error) {
			this.problem = `Saved assignments could not be read: ${messageOf(error)}`;
		}
	}

	async add(assignment: Assignment) {
		await saveAssignment(await database.open(), assignment);
		this.created = assignment;
		this.assignments = [assignment, ...this.assignments.filter((a) => a.id !== assignment.id)];
	}

	/** Deletes an assignment and every result received for it. */
	async remove(id: string) {
		try {
			await deleteAssignment(await database.open(), id);
			this.assignments = this.assignments.filter((a) => a.id !== id);
			if (this.created?.id === id) this.created = undefined;
		} catch (error) {
			this.problem = `The assignment could not be deleted: ${messageOf(error)}`;
		}
	}

	show(assignment: Assignment) {
		this.created = assignment;
	}

	reset() {
		this.assignments = [];
		this.created = undefined;
		this.problem = undefined;
	}
}

export const teachDesk = new TeachDesk();
