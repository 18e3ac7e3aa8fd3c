import { describe, expect, it } from 'vitest';
import type { Assignment, StudentResult } from '$lib/types';
import { freshDatabase } from './testing';
import { deleteAssignment, getAssignment, listAssignments, saveAssignment } from './assignments';
import { listResults, saveResults } from './results';

function assignment(id: string, createdAt: number): Assignment {
	return {
		id,
		title: `Quiz ${id}`,
		passMark: 60,
		shuffle: false,
		feedback: 'end',
		createdAt,
		questions: [{ id: 'q1', type: 'truefalse', prompt: 'Water is wet.', answer: 'true' }]
	};
}

function result(assignmentId: string, student: string, finishedAt: number): StudentResult {
	return {
		assignmentId,
		student,
		answers: [{ answer: 'true', correct: true }],
		timeMs: 1000,
		finishedAt
	};
}

describe('assignments and results stores', () => {
	it('lists assignments newest first and reads one back', async () => {
		const db = await freshDatabase();
		await saveAssignment(db, assignment('a', 1));
		await saveAssignment(db, assignment('b', 2));
		expect((await listAssignments(db)).map((a) => a.id)).toEqual(['b', 'a']);
		expect(await getAssignment(db, 'a')).toEqual(assignment('a', 1));
		db.close();
	});

	it('keeps each attempt once, in arrival order, per assignment', async () => {
		const db = await freshDatabase();
		expect(await saveResults(db, [result('a', 'Ada', 5), result('a', 'Bo', 6)], 10)).toBe(2);
		// The same attempt again (the name spelt with other spacing and case) is not new.
		expect(await saveResults(db, [result('a', ' ada ', 5), result('b', 'Ada', 5)], 11)).toBe(1);
		expect((await listResults(db, 'a')).map((r) => r.student)).toEqual(['Ada', 'Bo']);
		expect(await listResults(db, 'b')).toHaveLength(1);
		db.close();
	});

	it('deleting an assignment deletes its results only', async () => {
		const db = await freshDatabase();
		await saveAssignment(db, assignment('a', 1));
		await saveAssignment(db, assignment('b', 2));
		await saveResults(db, [result('a', 'Ada', 5), result('b', 'Bo', 6)]);
		await deleteAssignment(db, 'a');
		expect(await getAssignment(db, 'a')).toBeUndefined();
		expect(await listResults(db, 'a')).toEqual([]);
		expect(await listResults(db, 'b')).toHaveLength(1);
		db.close();
	});
});
