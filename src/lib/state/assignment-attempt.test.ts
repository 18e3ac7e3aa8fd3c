import { beforeEach, describe, expect, it } from 'vitest';
import { resetIndexedDB } from '$lib/db/testing';
import {
	assignmentUrl,
	createInboxKeys,
	decodeResult,
	payloadFromLink,
	resultUrl,
	withInbox
} from '$lib/share';
import { ByteWriter } from '$lib/share/bytes';
import { sealDeflated } from '$lib/share/envelope';
import { assignmentLink } from '$lib/teach/assignment-link';
import type { Assignment, QuestionSet } from '$lib/types';
import { Database } from './database.svelte';
import { DAMAGED_LINK_MESSAGE, decodeFragment } from './fragment';
import { AssignmentAttempt } from './assignment-attempt.svelte';
import { InboxOutbox } from './inbox-outbox.svelte';

const assignment: Assignment = {
	id: 'take0001',
	title: 'Rivers',
	passMark: 50,
	shuffle: false,
	feedback: 'during',
	createdAt: 1,
	questions: [
		{ id: 'q1', type: 'truefalse', prompt: 'The Danube is long.', answer: 'true' },
		{
			id: 'q2',
			type: 'mcq',
			prompt: 'Which city is on the Danube?',
			answer: 'Vienna',
			options: ['Paris', 'Vienna', 'Rome', 'Madrid']
		},
		{ id: 'q3', type: 'numeric', prompt: 'How long is it (km)?', answer: '2,850' }
	]
};
const hash = new URL(assignmentUrl('https://factdeck.test', assignment)).hash;

let database: Database;
let attempt: AssignmentAttempt;

beforeEach(() => {
	resetIndexedDB();
	database = new Database();
	attempt = new AssignmentAttempt(database);
});

describe('taking an assignment', () => {
	it('says a link with a broken % escape is damaged, and the next good link opens', () => {
		attempt.open(decodeFragment('#A1.ABC%'));
		expect(attempt.phase).toBe('invalid');
		expect(attempt.problem).toBe(DAMAGED_LINK_MESSAGE);
		attempt.open(decodeFragment(hash));
		expect([attempt.phase, attempt.problem, attempt.assignment?.title]).toEqual([
			'intro',
			undefined,
			'Rivers'
		]);
	});

	it('opens a link whose class inbox is malformed, with a warning, and keeps it working', async () => {
		const { publicKey } = await createInboxKeys();
		const link = assignmentUrl('https://factdeck.test', assignment);
		const good = withInbox(link, { address: 'https://couch.example.org/inbox', publicKey });
		// Edited by someone who recomputed the checksum: an address students must not write to.
		const packed = new ByteWriter().byte(1).text('couch.example.org/inbox').bytes();
		const insecure = `${link}.${sealDeflated('inbox', Uint8Array.of(...packed, ...publicKey))}`;
		for (const [bad, reason] of [
			[good.slice(0, -5), /The class inbox in this link is damaged or cut short\./],
			[insecure, /^The class inbox in this link cannot be used: its address is not valid\. /]
		] as const) {
			attempt.open(decodeFragment(new URL(bad).hash));
			expect([attempt.phase, attempt.assignment]).toEqual(['intro', assignment]);
			expect(attempt.inboxWarning).toMatch(reason);
			expect(attempt.inboxWarning).toMatch(/send your result to your teacher by link\.$/);
			expect(await attempt.start('Ada')).toBeUndefined();
			attempt.answer('true');
			attempt.next();
			attempt.answer('Vienna');
			attempt.next();
			attempt.answer('2850');
			attempt.next();
			expect(decodeResult(payloadFromLink(resultUrl('https://x', attempt.result!)))).toMatchObject({
				ok: true,
				value: { assignmentId: 'take0001', student: 'Ada' }
			});
		}
		for (const fine of [good, link]) {
			attempt.open(decodeFragment(new URL(fine).hash));
			expect([attempt.phase, attempt.inboxWarning]).toEqual(['intro', undefined]);
		}
	});

	it('refuses a tampered link and a missing one with a message', () => {
		attempt.open(decodeFragment(hash.slice(0, -3) + (hash.endsWith('AAA') ? 'BBB' : 'AAA')));
		expect(attempt.phase).toBe('invalid');
		expect(attempt.problem).toMatch(/checksum does not match/);
		attempt.open(decodeFragment(''));
		expect(attempt.problem).toMatch(/needs an assignment link/);
	});

	it('needs a name, grades each answer, and makes a result link in the assignment order', async () => {
		attempt.open(decodeFragment(hash));
		expect(attempt.phase).toBe('intro');
		expect(await attempt.start('   ')).toMatch(/Enter your name/);
		expect(await attempt.start('  Ada   Lovelace ')).toBeUndefined();
		expect(attempt.progress).toEqual({ done: 0, total: 3, fraction: 0 });
		attempt.answer('true');
		expect(attempt.phase).toBe('feedback');
		expect(attempt.progress).toEqual({ done: 1, total: 3, fraction: 1 / 3 });
		attempt.next();
		attempt.answer('Paris');
		attempt.next();
		attempt.answer('about 2850');
		attempt.next();
		expect(attempt.phase).toBe('done');
		expect(attempt.correctCount).toBe(2);
		expect(attempt.scorePct).toBe(67);
		const result = attempt.result!;
		expect(result.student).toBe('Ada Lovelace');
		expect(result.answers.map((a) => a.correct)).toEqual([true, false, true]);
		const decoded = decodeResult(payloadFromLink(resultUrl('https://x.test', result)));
		expect(decoded.ok && decoded.value.answers[1]?.answer).toBe('Paris');
		await attempt.settled();
	});

	it('sends the result of a link with a class inbox there, sealed, once; a link without one sends nothing', async () => {
		const { publicKey } = await createInboxKeys();
		const address = 'https://couch.example.org/class-7b';
		const requests: { url: string; method?: string; body: string }[] = [];
		let online = false;
		const network = (async (url: string, init?: RequestInit) => {
			if (!online) throw new TypeError('Failed to fetch');
			requests.push({ url, method: init?.method, body: String(init?.body) });
			return new Response('{"ok":true}', { status: 201 });
		}) as typeof fetch;
		const taking = new AssignmentAttempt(database, undefined, new InboxOutbox(database, network));
		const withClassInbox = withInbox(assignmentUrl('https://factdeck.test', assignment), {
			address,
			publicKey
		});
		for (const link of [hash, new URL(withClassInbox).hash]) {
			taking.open(decodeFragment(link));
			await taking.start('Ada Lovelace');
			for (const answer of ['true', 'Vienna', '2850']) {
				taking.answer(answer);
				taking.next();
			}
			expect(taking.phase).toBe('done');
		}
		expect(taking.inbox?.address).toBe(address);
		expect(await taking.sent()).toEqual({
			state: 'waiting',
			reason: 'The class inbox cannot be reached (offline, or its server is down).'
		});
		online = true;
		await new InboxOutbox(database, network).flush();
		expect(requests).toHaveLength(1);
		expect(requests[0]?.method).toBe('PUT');
		expect(requests[0]?.url).toMatch(
			/^https:\/\/couch\.example\.org\/class-7b\/result-[a-z2-7]{26}$/
		);
		expect(JSON.parse(requests[0]!.body)).toEqual({
			_id: expect.stringMatching(/^result-/),
			type: 'factdeck-result',
			assignment: assignment.id,
			sealed: expect.stringMatching(/^[A-Za-z0-9_-]+$/)
		});
		expect(requests[0]?.body).not.toMatch(/Ada|Vienna|Danube/);
		await taking.settled();
	});

	it('records every answer as a study review in assignment mode', async () => {
		attempt.open(decodeFragment(hash));
		await attempt.start('Bo');
		for (const answer of ['false', 'Vienna', '11']) {
			attempt.answer(answer);
			attempt.next();
		}
		await attempt.settled();
		const db = await database.open();
		const reviews = await db.getAll('reviews');
		expect(reviews.map((r) => [r.mode, r.correct])).toEqual([
			['assignment', false],
			['assignment', true],
			['assignment', false]
		]);
		expect((await db.get('customSets', 'assignment-take0001'))?.questions).toHaveLength(3);
		expect(attempt.storageProblem).toBeUndefined();
	});

	it('picks up where a reloaded tab left off, and ignores tampered progress', async () => {
		const store = new Map<string, string>();
		globalThis.sessionStorage = {
			getItem: (key: string) => store.get(key) ?? null,
			setItem: (key: string, value: string) => void store.set(key, value),
			removeItem: (key: string) => void store.delete(key)
		} as Storage;
		attempt.open(decodeFragment(hash));
		await attempt.start('Cy');
		attempt.answer('true');
		// The tab reloads while the feedback is shown.
		attempt.open(decodeFragment(hash));
		expect([attempt.phase, attempt.student, attempt.position]).toEqual(['feedback', 'Cy', 0]);
		attempt.next();
		attempt.answer('Vienna');
		attempt.open(decodeFragment(hash));
		expect([attempt.phase, attempt.correctCount]).toEqual(['feedback', 2]);
		const key = [...store.keys()][0]!;
		store.set(key, JSON.stringify({ ...JSON.parse(store.get(key)!), order: [0, 0, 9] }));
		attempt.open(decodeFragment(hash));
		expect(attempt.phase).toBe('intro');
		await attempt.settled();
		delete (globalThis as { sessionStorage?: Storage }).sessionStorage;
	});
});

describe('compact links (a built-in set named, not carried)', () => {
	const set: QuestionSet = {
		id: 'rivers',
		title: 'Rivers',
		generatorVersion: '1.0.0',
		sentences: ['The Danube flows through Vienna.'],
		questions: assignment.questions.map((q) => ({
			...q,
			sourceSentence: 0,
			explanation: 'The Danube flows through Vienna.'
		}))
	};
	const compact = assignmentLink('https://factdeck.test', assignment, [set]);

	it('loads the named set from the app and opens the assignment', async () => {
		expect(compact).toContain('#A2.');
		const asked: string[] = [];
		const student = new AssignmentAttempt(database, async (id) => {
			asked.push(id);
			return set;
		});
		await student.open(decodeFragment(new URL(compact).hash));
		expect(asked).toEqual(['rivers']);
		expect([student.phase, student.assignment]).toEqual(['intro', assignment]);
	});

	it('says so in plain words when this copy of the app has no such set', async () => {
		const student = new AssignmentAttempt(database, () => Promise.reject(new Error('404')));
		await student.open(decodeFragment(new URL(compact).hash));
		expect(student.phase).toBe('invalid');
		expect(student.problem).toMatch(/does not have\. Reload the app/);
	});

	it('says a cut-off link is incomplete', async () => {
		const student = new AssignmentAttempt(database, async () => set);
		await student.open(decodeFragment(new URL(compact).hash.slice(0, -4)));
		expect(student.problem).toBe('This link is incomplete — ask for it again.');
	});
});
