import { beforeEach, describe, expect, it } from 'vitest';
import { resetIndexedDB } from '$lib/db/testing';
import { saveAssignment } from '$lib/db/assignments';
import { listResults } from '$lib/db/results';
import { resultUrl } from '$lib/share';
import type { Assignment, StudentResult } from '$lib/types';
import { Database } from './database.svelte';
import { DAMAGED_LINK_MESSAGE, decodeFragment } from './fragment';
import { GradebookState, ResultInbox } from './gradebook.svelte';

const ORIGIN = 'https://factdeck.test';
const assignment: Assignment = {
	id: 'known001',
	title: 'Rivers',
	passMark: 50,
	shuffle: false,
	feedback: 'end',
	createdAt: 1,
	questions: [
		{ id: 'q1', type: 'truefalse', prompt: 'The Danube is long.', answer: 'true' },
		{ id: 'q2', type: 'cloze', prompt: 'It flows through _____.', answer: 'Vienna' }
	]
};

function link(student: string, correct: boolean[], assignmentId = assignment.id, finishedAt = 10) {
	const result: StudentResult = {
		assignmentId,
		student,
		answers: correct.map((c) => ({ answer: c ? 'right' : 'wrong', correct: c })),
		timeMs: 5000,
		finishedAt
	};
	return resultUrl(ORIGIN, result);
}

let database: Database;
let gradebook: GradebookState;
let resultInbox: ResultInbox;

beforeEach(async () => {
	resetIndexedDB();
	database = new Database();
	gradebook = new GradebookState(database);
	resultInbox = new ResultInbox(database);
	await saveAssignment(await database.open(), assignment);
});

describe('gradebook state', () => {
	it('adds pasted links, keeps them over a reopen, and counts a repeat once', async () => {
		await gradebook.open(decodeFragment(assignment.id));
		expect(gradebook.phase).toBe('ready');
		await gradebook.addText(`Ada: ${link('Ada', [true, true])}\n${link('Bo', [true, false])}`);
		expect(gradebook.report).toEqual({ added: 2, duplicates: 0, errors: [] });
		await gradebook.addText(link('Ada', [true, true]));
		expect(gradebook.report).toEqual({ added: 0, duplicates: 1, errors: [] });
		await gradebook.open(decodeFragment(assignment.id));
		expect(gradebook.book?.results.map((r) => r.student)).toEqual(['Ada', 'Bo']);
	});

	it('refuses results for an unknown assignment, and broken links, storing nothing', async () => {
		await gradebook.open(decodeFragment(assignment.id));
		await gradebook.addText(`${link('Cy', [true], 'stranger1')} A1.NOTARESULT`);
		expect(gradebook.report?.added).toBe(0);
		expect(gradebook.report?.errors).toHaveLength(2);
		expect(gradebook.report?.errors[0]).toMatch(/Link 1: .*does not know/);
		expect(await listResults(await database.open(), 'stranger1')).toEqual([]);
	});

	it('says a damaged link is damaged, then opens a good one', async () => {
		await gradebook.open(decodeFragment('#known%0'));
		expect([gradebook.phase, gradebook.problem]).toEqual(['missing', DAMAGED_LINK_MESSAGE]);
		await gradebook.open(decodeFragment(`#${assignment.id}`));
		expect([gradebook.phase, gradebook.book?.assignment.title]).toEqual(['ready', 'Rivers']);
	});

	it('says so when the assignment is not on this device', async () => {
		await gradebook.open(decodeFragment('nothere1'));
		expect(gradebook.phase).toBe('missing');
		expect(gradebook.problem).toMatch(/no assignment/);
	});
});

describe('result inbox', () => {
	it('files a result link under its assignment once', async () => {
		const url = link('Ada', [true, false]);
		await resultInbox.receive(decodeFragment(new URL(url).hash));
		expect(resultInbox.phase).toBe('filed');
		expect(resultInbox.assignmentTitle).toBe('Rivers');
		await resultInbox.receive(decodeFragment(new URL(url).hash));
		expect(resultInbox.duplicate).toBe(true);
		expect(await listResults(await database.open(), assignment.id)).toHaveLength(1);
	});

	it('refuses a result link with a broken % escape as damaged', async () => {
		await resultInbox.receive(decodeFragment('#R1.ABC%'));
		expect([resultInbox.phase, resultInbox.problem]).toEqual(['refused', DAMAGED_LINK_MESSAGE]);
		await resultInbox.receive(decodeFragment(new URL(link('Ada', [true, false])).hash));
		expect(resultInbox.phase).toBe('filed');
	});

	it('refuses an unknown assignment and a tampered link with a message', async () => {
		await resultInbox.receive(decodeFragment(new URL(link('Ada', [true], 'stranger1')).hash));
		expect(resultInbox.phase).toBe('refused');
		expect(resultInbox.problem).toMatch(/does not know/);
		const hash = new URL(link('Ada', [true, true])).hash;
		await resultInbox.receive(
			decodeFragment(hash.slice(0, -4) + (hash.endsWith('AAAA') ? 'BBBB' : 'AAAA'))
		);
		expect(resultInbox.phase).toBe('refused');
		expect(await listResults(await database.open(), assignment.id)).toEqual([]);
	});
});
