import { beforeEach, describe, expect, it } from 'vitest';
import { saveResults } from '$lib/db/results';
import { listResults } from '$lib/db/results';
import { resetIndexedDB } from '$lib/db/testing';
import type { Assignment } from '$lib/types';
import { Database } from './database.svelte';
import { TeachDesk } from './teach-desk.svelte';
import { UnavailableDatabase } from './testing';

function assignment(id: string, createdAt: number): Assignment {
	return {
		id,
		title: `Quiz ${id}`,
		passMark: 50,
		shuffle: false,
		feedback: 'end',
		createdAt,
		questions: [{ id: 'q1', type: 'truefalse', prompt: 'The Danube is long.', answer: 'true' }]
	};
}

let database: Database;
let desk: TeachDesk;

beforeEach(() => {
	resetIndexedDB();
	database = new Database();
	desk = new TeachDesk(database);
});

describe('teach desk', () => {
	it('shows a new assignment at the top, and keeps it for the next visit', async () => {
		await desk.add(assignment('first001', 1));
		await desk.add(assignment('second02', 2));
		expect(desk.created?.id).toBe('second02');
		expect(desk.assignments.map((a) => a.id)).toEqual(['second02', 'first001']);
		const later = new TeachDesk(database);
		await later.load();
		expect(later.assignments.map((a) => a.id)).toEqual(['second02', 'first001']);
		expect(later.created).toBeUndefined();
	});

	it('deletes an assignment with its results, and stops showing it', async () => {
		await desk.add(assignment('gone0001', 1));
		await saveResults(await database.open(), [
			{
				assignmentId: 'gone0001',
				student: 'Ada',
				answers: [{ answer: 'true', correct: true }],
				timeMs: 1000,
				finishedAt: 5
			}
		]);
		await desk.remove('gone0001');
		expect([desk.assignments, desk.created]).toEqual([[], undefined]);
		expect(await listResults(await database.open(), 'gone0001')).toEqual([]);
	});

	it('says what went wrong when storage fails', async () => {
		const broken = new TeachDesk(new UnavailableDatabase());
		await broken.load();
		expect(broken.problem).toMatch(/^Saved assignments could not be read: .*refused/);
		await broken.remove('any00001');
		expect(broken.problem).toMatch(/^The assignment could not be deleted/);
		await expect(broken.add(assignment('new00001', 1))).rejects.toThrow(/refused/);
		expect(broken.created).toBeUndefined();
	});
});
