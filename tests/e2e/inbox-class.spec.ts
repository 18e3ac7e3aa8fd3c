// A teacher and three students use a class inbox (issue 13): the teacher adds an inbox when
// assigning; the students answer offline, then reconnect (two on the same page, one by opening
// the app again later); the open gradebook fills itself, a hostile document in the inbox is
// refused and reported, and the inbox database, read directly, holds only ciphertext.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	SEED_SET_ID,
	smallTargets,
	startApp,
	storedRecords,
	waitForServiceWorker,
	type App,
	type Page,
	answerEveryQuestion
} from './harness.ts';
import { startGuardedCouch, type GuardedCouch } from '../../src/lib/sync/testing.ts';
import { decodeAssignment, payloadFromLink } from '../../src/lib/share/index.ts';
import type { QuestionSet } from '../../src/lib/types.ts';

const WAIT = { timeout: 30_000 };
// The gradebook pulls every 20 s while open: room for several pulls on a loaded machine.
const ARRIVAL = { timeout: 180_000 };
const STUDENTS = ['Amira Okafor', 'Bruno Lindqvist', 'Chen Yufei'];
const TYPED = 'Zanzibarish';

async function checkScreen(page: Page, name: string) {
	for (const [size, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP]
	] as const) {
		await page.setViewportSize(viewport);
		await assertAccessibleAndFits(page, `${name} (${size})`);
		if (size === 'phone') assert.deepEqual(await smallTargets(page), [], `${name}: targets`);
		await screenshot(page, `${name}-${size}`);
	}
}

/** Every document in the inbox, read as any other client of the server would. */
/** Reads again every 200 ms until `done` holds or the deadline passes; the last value read. */
async function pollUntil<T>(
	page: Page,
	read: () => Promise<T>,
	done: (value: T) => boolean,
	deadline: number
): Promise<T> {
	let value = await read();
	while (!done(value) && Date.now() < deadline) {
		await page.waitForTimeout(200);
		value = await read();
	}
	return value;
}

async function inboxDocuments(couch: GuardedCouch): Promise<Record<string, unknown>[]> {
	const { rows } = await couch.open().allDocs({ include_docs: true });
	return rows.flatMap((row) => (row.doc ? [row.doc as Record<string, unknown>] : []));
}

describe('a class inbox', { timeout: 900_000 }, () => {
	let app: App;
	let couch: GuardedCouch;
	before(async () => {
		app = await startApp();
		// A class inbox: a database anyone may add documents to (no account).
		couch = await startGuardedCouch({ origin: new URL(app.url).origin, database: 'class-7b' });
	});
	after(async () => {
		await couch?.close();
		await app?.close();
	});

	test('three students answer offline; the gradebook fills itself; the server sees ciphertext', async () => {
		// The teacher adds an inbox when assigning; a wrong address is refused in plain words.
		const t = await newContext(app, DESKTOP);
		const teacher = await t.context.newPage();
		await teacher.goto(`/teach#${SEED_SET_ID}`);
		await teacher.getByLabel('Number of questions').fill('3');
		await teacher.getByLabel('After each question').check();
		await teacher.getByLabel('Collect results in a class inbox').check();
		const address = teacher.getByLabel('Inbox database address');
		await address.fill('http://couch.example.org/class-7b');
		await teacher.getByRole('button', { name: 'Make the assignment link' }).click();
		await teacher
			.getByText('This address cannot be used: it must start with https://')
			.waitFor(WAIT);
		assert.equal(await address.evaluate((el) => el === document.activeElement), true);
		await checkScreen(teacher, 'inbox-teach-form');
		await address.fill(couch.url);
		await teacher.getByRole('button', { name: 'Make the assignment link' }).click();
		const link = await teacher.getByLabel('Assignment link').inputValue();
		assert.match(link, /\/a#A2\.[A-Z2-7]+\.I1\.[A-Z2-7]+$/);
		await teacher.getByText(`Results go to the class inbox ${couch.url}`).waitFor(WAIT);
		await checkScreen(teacher, 'inbox-teach-created');
		const set = await teacher.evaluate(
			async (id) => (await fetch(`/sets/${id}.json`)).json() as Promise<QuestionSet>,
			SEED_SET_ID
		);
		const decoded = decodeAssignment(payloadFromLink(link), [set]);
		assert.ok(decoded.ok, 'the Teach page made a valid link');
		const questions = decoded.value.questions;

		// The gradebook is open before any result exists.
		await teacher.getByRole('link', { name: 'Open the gradebook' }).click();
		await teacher.getByRole('heading', { name: 'Class inbox' }).waitFor(WAIT);
		await teacher.getByText(/Checked at .*: 0 results arrived/).waitFor(WAIT);

		// Three students open the link online, then lose the connection before they answer.
		const prompts = new Set<string>();
		const students = [];
		for (const name of STUDENTS) {
			const s = await newContext(app, PHONE);
			const page = await s.context.newPage();
			await page.goto(link);
			await waitForServiceWorker(page);
			await page.getByLabel('Your name').fill(name);
			await page.getByRole('button', { name: 'Start' }).click();
			await s.context.setOffline(true);
			for (const prompt of await answerEveryQuestion(page, questions.length, TYPED)) {
				prompts.add(prompt);
			}
			await page.getByText('Not sent yet — waiting for a connection.').waitFor(WAIT);
			// The result link still works as before.
			assert.match(await page.getByLabel('Your result link').inputValue(), /#R1\./);
			const { inboxOutbox } = await storedRecords(page, ['inboxOutbox']);
			assert.equal(inboxOutbox.length, 1, `${name}'s result waits on the device`);
			assert.doesNotMatch(JSON.stringify(inboxOutbox), new RegExp(name.split(' ')[0]!));
			students.push({ name, ...s, page });
		}
		await checkScreen(students[0]!.page, 'inbox-student-waiting');
		assert.deepEqual(await inboxDocuments(couch), [], 'nothing reached the server while offline');

		// Two reconnect on the same page; the third closed it and opens the app again later.
		const [amira, bruno, chen] = students as [
			(typeof students)[0],
			(typeof students)[0],
			(typeof students)[0]
		];
		await chen.page.close();
		for (const student of [amira, bruno]) {
			await student.context.setOffline(false);
			await student.page.getByText('Delivered: your teacher has your result.').waitFor(WAIT);
		}
		await checkScreen(amira.page, 'inbox-student-delivered');
		await chen.context.setOffline(false);
		const later = await chen.context.newPage();
		await later.goto('/');
		const deadline = Date.now() + WAIT.timeout;
		const sent = await pollUntil(
			later,
			() => inboxDocuments(couch),
			(docs) => docs.length >= STUDENTS.length,
			deadline
		);
		assert.ok(sent.length >= STUDENTS.length, 'the result waiting on the third device was sent');
		// The device forgets it once the server's answer is back, a moment after the server has it.
		const waiting = await pollUntil(
			later,
			async () => (await storedRecords(later, ['inboxOutbox'])).inboxOutbox,
			(records) => records.length === 0,
			deadline
		);
		assert.deepEqual(waiting, [], 'the sent result left the device');

		// Someone writes a document of their own into the inbox.
		await couch
			.open()
			.bulkDocs([{ _id: 'result-aaaaaaaaaaaaaaaaaaaaaaaaaa', type: 'factdeck-result', x: 1 }]);

		// The gradebook fills itself, without a reload or a click, and reports the bad document.
		for (const name of STUDENTS) {
			await teacher.getByRole('rowheader', { name }).waitFor(ARRIVAL);
		}
		await teacher.getByText('Refused 1 document from the inbox:').waitFor(ARRIVAL);
		await teacher
			.getByText('Inbox document result-aaaaaaaaaaaaaaaaaaaaaaaaaa was refused')
			.waitFor(WAIT);
		await teacher.getByText(/^3 students · mean score/).waitFor(WAIT);
		await checkScreen(teacher, 'inbox-gradebook');

		// The inbox database, read directly: only ids, the assignment's id and ciphertext.
		const documents = await inboxDocuments(couch);
		const results = documents.filter((doc) => doc.x === undefined);
		assert.equal(results.length, STUDENTS.length);
		for (const doc of results) {
			assert.deepEqual(Object.keys(doc).sort(), ['_id', '_rev', 'assignment', 'sealed', 'type']);
			assert.equal(doc.assignment, decoded.value.id);
			assert.match(String(doc.sealed), /^[A-Za-z0-9_-]{100,}$/);
		}
		const stored = JSON.stringify(results);
		const secrets = [
			...STUDENTS.flatMap((name) => name.split(' ')),
			TYPED,
			decoded.value.title,
			...prompts,
			...questions.map((q) => q.answer).filter((answer) => answer.length > 3)
		];
		for (const secret of secrets) {
			assert.equal(stored.includes(secret), false, `the server does not see “${secret}”`);
		}
		const errors = [...t.errors, ...students.flatMap((s) => s.errors)].filter(
			(e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)
		);
		assert.deepEqual(errors, [], 'no console errors');
		for (const context of [t.context, ...students.map((s) => s.context)]) await context.close();
	});
});
