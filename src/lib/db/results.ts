// Results the teacher received, per assignment: what a gradebook is rebuilt from after a reload.
import type { StudentResult } from '$lib/types';
import { studentKey } from '$lib/gradebook';
import type { FactdeckDB, ReceivedResult } from './schema';
import { writeTransaction } from './transaction';

/** One record per attempt: the same link pasted twice is stored once. */
export function receivedResultId(result: StudentResult): string {
	return `${result.assignmentId}|${studentKey(result.student)}|${result.finishedAt}`;
}

/** Stores results (already checked against their assignment); returns how many were new. */
export async function saveResults(
	db: FactdeckDB,
	results: readonly StudentResult[],
	now: number = Date.now()
): Promise<number> {
	return writeTransaction(db, ['results'], async (tx) => {
		let added = 0;
		for (const result of results) {
			const id = receivedResultId(result);
			if (await tx.store.getKey(id)) continue;
			await tx.store.put({ id, assignmentId: result.assignmentId, result, receivedAt: now });
			added++;
		}
		return added;
	});
}

/** An assignment's results in the order they arrived. */
export async function listResults(db: FactdeckDB, assignmentId: string): Promise<StudentResult[]> {
	const records: ReceivedResult[] = await db.getAllFromIndex(
		'results',
		'byAssignment',
		assignmentId
	);
	return records.sort((a, b) => a.receivedAt - b.receivedAt).map((r) => r.result);
}
