import { beforeEach, describe, expect, it } from 'vitest';
import { saveResults } from '$lib/db/results';
import { listResults } from '$lib/db/results';
import { resetIndexedDB } from '$lib/db/testing';
import { getInbox } from '$lib/db/inboxes';
import { assignmentLink } from '$lib/teach/assignment-link';
import { inboxFromLink } from '$lib/share';
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

	it('makes a class inbox key for an assignment, keeps it, and its link carries the inbox', async () => {
		const address = 'https://couch.example.org/class-7b';
		await desk.add(assignment('inbox001', 1), address);
		await desk.add(assignment('plain001', 2));
		expect(desk.createdInbox).toBeUndefined();
		const stored = await getInbox(await database.open(), 'inbox001');
		expect(stored).toMatchObject({ assignmentId: 'inbox001', address });

		const later = new TeachDesk(database);
		await later.load();
		await later.show(later.assignments[1]!);
		expect(later.created?.id).toBe('inbox001');
		const link = assignmentLink('https://factdeck.test', later.created!, [], later.createdInbox);
		const carried = inboxFromLink(link);
		expect(carried.warning).toBeUndefined();
		expect(carried.inbox?.address).toBe(address);
		expect(carried.inbox?.publicKey).toEqual(later.createdInbox?.publicKey);
		await later.show(later.assignments[0]!);
		expect([later.created?.id, later.createdInbox]).toEqual(['plain001', undefined]);

		await later.remove('inbox001');
		expect(await getInbox(await database.open(), 'inbox001')).toBeUndefined();
	});

	it('shows the link without its inbox, and says why, when the stored key is damaged', async () => {
		await desk.add(assignment('inbox002', 1), 'https://couch.example.org/class-7b');
		const db = await database.open();
		const stored = await getInbox(db, 'inbox002');
		await db.put('inboxes', { ...stored!, privateKey: { ...stored!.privateKey, d: 'x' } });
		await desk.show(assignment('inbox002', 1));
		expect(desk.created?.id).toBe('inbox002');
		expect(desk.createdInbox).toBeUndefined();
		expect(desk.problem).toMatch(
			/^The class inbox of “Quiz inbox002” cannot be used: The class inbox key kept on this device could not be read \(privateKey\.d: not a 32-byte base64url value\)\. Its link is shown without it/
		);
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
