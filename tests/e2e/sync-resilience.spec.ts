// A sync server that goes down in the middle of a replication (not before it): express-pouchdb
// on 127.0.0.1, behind basic auth and CORS, crashing while it answers one chosen request of the
// replication (its work done, its answer lost) and staying down. Nothing studied is lost, the status line says what happened, and
// once the server is back both devices converge.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startGuardedCouch, type GuardedCouch } from '../../src/lib/sync/testing.ts';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	startApp,
	waitForServiceWorker,
	type App,
	type Page
} from './harness.ts';
import {
	ACCOUNT,
	notNetwork,
	OUTCOME,
	reviewLog,
	studyFlashcards,
	syncNow,
	syncSection,
	today,
	turnSyncOn,
	UNREACHABLE,
	waitForSyncEnd,
	type Outcome
} from './sync-harness.ts';

const DATABASE = 'factdeck-resilient';

/** The ids of the log blocks on the server, read as another CouchDB client would. */
async function logBlocksOnServer(couch: GuardedCouch): Promise<string[]> {
	const { rows } = await couch.open().allDocs({ startkey: 'log:', endkey: 'log:\uffff' });
	return rows.map((row) => row.id);
}

/** The status line, as text: what the learner reads. */
async function statusText(page: Page): Promise<string> {
	return (await syncSection(page).locator('.sync-status').innerText()).replace(/\s+/g, ' ');
}

describe('a sync server stopped mid-sync', { timeout: 600_000 }, () => {
	let app: App;
	let couch: GuardedCouch;
	before(async () => {
		app = await startApp();
		couch = await startGuardedCouch({
			origin: new URL(app.url).origin,
			database: DATABASE,
			...ACCOUNT
		});
	});
	after(async () => {
		await app?.close();
		await couch?.close();
	});

	test('stopped while pushing, then while pulling: nothing lost, both converge', async () => {
		const phone = await newContext(app, PHONE, { touch: true });
		const laptop = await newContext(app, DESKTOP);
		const phonePage = await phone.context.newPage();
		const laptopPage = await laptop.context.newPage();
		for (const page of [phonePage, laptopPage]) {
			await page.goto('/');
			await waitForServiceWorker(page);
		}
		await turnSyncOn(phonePage, couch.url, ACCOUNT.password);
		await turnSyncOn(laptopPage, couch.url, ACCOUNT.password);
		for (const page of [phonePage, laptopPage])
			assert.equal((await waitForSyncEnd(page)).error, null);

		// The laptop's answers reach the server; then its page closes, so that none of its own
		// syncs (after answers, every few minutes) meets the stop meant for the phone.
		await studyFlashcards(laptopPage, 3, false);
		assert.equal((await syncNow(laptopPage)).error, null);
		const laptopLog = await reviewLog(laptopPage);
		assert.equal((await logBlocksOnServer(couch)).length, 1);
		await laptopPage.close();

		// The phone answers four offline (so no sync sends some of them before the crash), and back
		// online the server crashes as it stores the phone's answers (the push's _bulk_docs): they
		// are stored, the answer is lost, and the rest of the replication finds the server down.
		await phone.context.setOffline(true);
		await studyFlashcards(phonePage, 4, true);
		const phoneLog = await reviewLog(phonePage);
		couch.crashDuring((method, path) => method === 'POST' && path.endsWith('/_bulk_docs'));
		await phone.context.setOffline(false);
		const cut = await syncNow(phonePage);
		assert.equal(cut.error, UNREACHABLE);
		assert.equal(cut.waiting, 4, `the four answers are counted as waiting: ${JSON.stringify(cut)}`);
		assert.match(await statusText(phonePage), /Changes waiting 4/);
		await assertAccessibleAndFits(phonePage, 'sync-stopped-mid-push-phone');
		await screenshot(phonePage, 'sync-stopped-mid-push-phone');
		await phonePage.reload();
		assert.equal((await waitForSyncEnd(phonePage)).error, UNREACHABLE);
		assert.deepEqual(await reviewLog(phonePage), phoneLog, 'nothing lost, after a reload too');

		// Back: the phone's answers were already on the server (the crash came mid-sync), and the
		// next sync goes through.
		await couch.start();
		assert.equal((await logBlocksOnServer(couch)).length, 2, 'the push had reached the server');
		const back = await syncNow(phonePage);
		assert.equal(back.error, null);
		assert.equal(back.waiting, 0);
		assert.ok(back.at && back.at > (cut.at ?? ''), 'a new time of the last sync');
		assert.equal((await reviewLog(phonePage)).length, 7);
		await phonePage.close();

		// The laptop opens the app again and syncs at once; the server crashes while the laptop
		// pulls the phone's answers, as it answers the laptop's read of the changes.
		couch.crashDuring((_method, path) => path.includes('/_changes'));
		const reopened = await laptop.context.newPage();
		await reopened.goto('/settings');
		const failed = `(() => { const now = ${OUTCOME}; return now && now.error ? now : null; })()`;
		const pulling = (await (await reopened.waitForFunction(failed)).jsonValue()) as Outcome;
		assert.equal(pulling.error, UNREACHABLE);
		assert.deepEqual(await reviewLog(reopened), laptopLog, 'the laptop lost nothing');
		await screenshot(reopened, 'sync-stopped-mid-pull-desktop');

		await couch.start();
		const phoneAgain = await phone.context.newPage();
		for (const page of [reopened, phoneAgain]) {
			const status = await syncNow(page);
			assert.equal(status.error, null);
			assert.equal(status.waiting, 0);
			assert.doesNotMatch(await statusText(page), /Cannot reach/);
			if (page === reopened) await screenshot(page, 'sync-back-desktop');
		}
		const merged = await reviewLog(phoneAgain);
		assert.equal(merged.length, 7, 'three answers from the laptop, four from the phone');
		assert.deepEqual(await reviewLog(reopened), merged, 'the same review history');
		assert.deepEqual(await today(reopened), await today(phoneAgain), 'the same figures');

		assert.deepEqual(phone.errors.filter(notNetwork), []);
		assert.deepEqual(laptop.errors.filter(notNetwork), []);
		await phone.context.close();
		await laptop.context.close();
	});
});
