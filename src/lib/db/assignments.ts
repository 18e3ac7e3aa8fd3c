// The teacher's assignments: made on this device, listed on /teach, looked up by the gradebook.
import type { Assignment } from '$lib/types';
import type { FactdeckDB } from './schema';
import { writeTransaction } from './transaction';

export async function saveAssignment(db: FactdeckDB, assignment: Assignment): Promise<void> {
	await writeTransaction(db, ['assignments'], async (tx) => {
		await tx.store.put(assignment);
	});
}

export function getAssignment(db: FactdeckDB, id: string): Promise<Assignment | undefined> {
	return db.get('assignments', id);
}

/** Newest first. */
export async function listAssignments(db: FactdeckDB): Promise<Assignment[]> {
	return (await db.getAllFromIndex('assignments', 'byCreatedAt')).reverse();
}

/** Deletes an assignment together with the results received for it and its class inbox key. */
export async function deleteAssignment(db: FactdeckDB, id: string): Promise<void> {
	await writeTransaction(db, ['assignments', 'results', 'inboxes'], async (tx) => {
		await tx.objectStore('assignments').delete(id);
		await tx.objectStore('inboxes').delete(id);
		const results = tx.objectStore('results');
		for (const key of await results.index('byAssignment').getAllKeys(id)) await results.delete(key);
	});
}
