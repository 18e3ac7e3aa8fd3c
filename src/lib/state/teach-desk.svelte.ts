// The teacher's side on this device: the assignments it made, newest first, and the class inbox
// an assignment collects results in, when the teacher added one.
import type { Assignment } from '$lib/types';
import { deleteAssignment, listAssignments, saveAssignment } from '$lib/db/assignments';
import { getInbox, saveAssignmentWithInbox } from '$lib/db/inboxes';
import { messageOf } from '$lib/error-message';
import { createInboxKeys, importInboxKey, type Inbox } from '$lib/share';
import { database as appDatabase, type Database } from './database.svelte';

export class TeachDesk {
	#database: Database;
	#assignments = $state.raw<Assignment[]>([]);
	#created = $state.raw<Assignment | undefined>();
	#createdInbox = $state.raw<Inbox | undefined>();
	#problem = $state<string | undefined>();
	#showing = 0;

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
	/** The class inbox of the assignment shown, which its link carries. */
	get createdInbox() {
		return this.#createdInbox;
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

	/**
	 * Saves a new assignment. With an inbox address (already normalised), a new key pair is made
	 * for it and kept here with the assignment; the link carries the address and public key.
	 */
	async add(assignment: Assignment, inboxAddress?: string) {
		const db = await this.#database.open();
		let inbox: Inbox | undefined;
		if (inboxAddress === undefined) {
			await saveAssignment(db, assignment);
		} else {
			const keys = await createInboxKeys();
			await saveAssignmentWithInbox(db, assignment, {
				assignmentId: assignment.id,
				address: inboxAddress,
				privateKey: keys.privateKey,
				createdAt: Date.now()
			});
			inbox = { address: inboxAddress, publicKey: keys.publicKey };
		}
		this.#showing++;
		this.#created = assignment;
		this.#createdInbox = inbox;
		this.#assignments = [assignment, ...this.#assignments.filter((a) => a.id !== assignment.id)];
	}

	/** Deletes an assignment, every result received for it and its inbox key. */
	async remove(id: string) {
		try {
			await deleteAssignment(await this.#database.open(), id);
			this.#assignments = this.#assignments.filter((a) => a.id !== id);
			if (this.#created?.id === id) {
				this.#created = undefined;
				this.#createdInbox = undefined;
			}
		} catch (error) {
			this.#problem = `The assignment could not be deleted: ${messageOf(error)}`;
		}
	}

	/** Shows an earlier assignment's link, with its class inbox when it has one. */
	async show(assignment: Assignment) {
		const showing = ++this.#showing;
		let inbox: Inbox | undefined;
		try {
			const record = await getInbox(await this.#database.open(), assignment.id);
			const key = record && (await importInboxKey(record.privateKey));
			if (key && !key.ok) throw new Error(key.error);
			if (record && key?.ok) inbox = { address: record.address, publicKey: key.value.publicKey };
		} catch (error) {
			if (showing !== this.#showing) return;
			this.#problem = `The class inbox of “${assignment.title}” cannot be used: ${messageOf(error)} Its link is shown without it; results come back by link.`;
		}
		if (showing !== this.#showing) return;
		this.#created = assignment;
		this.#createdInbox = inbox;
	}
}

export const teachDesk = new TeachDesk();
