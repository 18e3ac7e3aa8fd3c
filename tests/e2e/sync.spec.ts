// Sync between a learner's phone and laptop through a CouchDB-compatible server (express-pouchdb
// on 127.0.0.1, behind basic auth and CORS for the app's origin): both study offline, reconnect and
// agree; a server that is down loses nothing; a wrong password gets a clear message; a set renamed
// on both offline is offered in both versions, and the one kept reaches both.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startGuardedCouch, type GuardedCouch } from '../../src/lib/sync/testing.ts';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	SCREENSHOT_DIR,
	screenshot,
	smallTargets,
	startApp,
	waitForServiceWorker,
	type App,
	type Page
} from './harness.ts';
import {
	ACCOUNT,
	notNetwork,
	OUTCOME,
	REFUSED,
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

const ARTICLE = `Troops head east\n\n${readFileSync(
	new URL('../../content/articles/north-korea-troops-russia.md', import.meta.url),
	'utf8'
).replace(/^---[\s\S]*?---\s*/, '')}`;

/** Makes a set from an article and saves it; returns its page's path. */
async function createSet(page: Page): Promise<string> {
	await page.goto('/create');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await page.getByRole('heading', { name: /Check the questions \(\d+\)/ }).waitFor();
	await page.getByRole('button', { name: 'Save set' }).click();
	await page.getByRole('button', { name: 'Rename' }).waitFor();
	return new URL(page.url()).pathname;
}

/** Renames the set whose page is showing. */
async function renameSet(page: Page, title: string) {
	await page.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('New title').fill(title);
	await page.getByRole('button', { name: 'Save title' }).click();
	await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function setTitle(page: Page, path: string): Promise<string> {
	await page.goto(path);
	await page.getByRole('button', { name: 'Rename' }).waitFor();
	return page.getByRole('heading', { level: 1 }).innerText();
}

// How many changes were copied into the PouchDB replica but have not reached the server.
const UNSENT = `(async () => {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('factdeck');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const state = await new Promise((resolve, reject) => {
		const request = db.transaction('syncState').objectStore('syncState').get('state');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	db.close();
	return state.unsent ?? 0;
})()`;

async function checkSection(page: Page, name: string) {
	await assertAccessibleAndFits(page, name);
	assert.deepEqual(await smallTargets(page), [], `controls of ${name} are at least 44 px`);
	await screenshot(page, name);
	await syncSection(page).screenshot({ path: `${SCREENSHOT_DIR}/${name}-section.png` });
}

describe('sync between a phone and a laptop', { timeout: 600_000 }, () => {
	let app: App;
	let couch: GuardedCouch;
	before(async () => {
		app = await startApp();
		couch = await startGuardedCouch({
			origin: new URL(app.url).origin,
			database: 'factdeck-anna',
			...ACCOUNT
		});
	});
	after(async () => {
		await app?.close();
		await couch?.close();
	});

	test('both study offline, reconnect and agree; a server that is down loses nothing', async () => {
		const phone = await newContext(app, PHONE, { touch: true });
		const laptop = await newContext(app, DESKTOP);
		const phonePage = await phone.context.newPage();
		const laptopPage = await laptop.context.newPage();

		for (const [page, name] of [
			[phonePage, 'phone'],
			[laptopPage, 'desktop']
		] as const) {
			await page.goto('/settings');
			await waitForServiceWorker(page);
			await syncSection(page).getByLabel('Server address').waitFor();
			await checkSection(page, `sync-off-${name}`);
			// Sync is off: nothing has reached the server.
			const docs = await fetch(`${couch.url}/_all_docs`, {
				headers: { authorization: `Basic ${btoa(`${ACCOUNT.username}:${ACCOUNT.password}`)}` }
			}).then((response) => response.json() as Promise<{ rows: unknown[] }>);
			assert.equal(docs.rows.length, 0, 'nothing leaves the device while sync is off');
		}

		// A bad address is refused before anything is sent.
		await syncSection(phonePage).getByLabel('Server address').fill('http://couch.example.org/db');
		await syncSection(phonePage).getByRole('button', { name: 'Turn sync on' }).click();
		await syncSection(phonePage).getByRole('alert').filter({ hasText: 'https://' }).waitFor();

		await turnSyncOn(phonePage, couch.url, ACCOUNT.password);
		await turnSyncOn(laptopPage, couch.url, ACCOUNT.password);
		for (const page of [phonePage, laptopPage]) {
			const status = await waitForSyncEnd(page);
			assert.equal(status.error, null);
			assert.ok(status.at, 'the first sync went through');
		}
		await checkSection(phonePage, 'sync-on-phone');
		await checkSection(laptopPage, 'sync-on-desktop');

		// Offline, each studies on its own.
		await phone.context.setOffline(true);
		await laptop.context.setOffline(true);
		await studyFlashcards(phonePage, 3, true);
		await studyFlashcards(laptopPage, 2, false);
		const offline = await syncNow(phonePage);
		assert.equal(offline.error, UNREACHABLE);
		assert.equal(offline.waiting, 3, 'the three answers wait on the phone');
		// This page was loaded offline: PouchDB came from the service worker's precache and the
		// answers went into the replica, to go out from there.
		assert.equal(await phonePage.evaluate(UNSENT), 3);

		// Back online: the phone, the laptop, then the phone again.
		await phone.context.setOffline(false);
		await laptop.context.setOffline(false);
		// Back online, the phone syncs by itself.
		await phonePage.waitForFunction(`(() => {
			const now = ${OUTCOME};
			return now && now.at !== ${JSON.stringify(offline.at)} && !now.error;
		})()`);
		for (const page of [phonePage, laptopPage, phonePage]) {
			const status = await syncNow(page);
			assert.equal(status.error, null);
			assert.equal(status.waiting, 0);
		}
		const phoneLog = await reviewLog(phonePage);
		assert.equal(phoneLog.length, 5, 'both devices’ answers are on the phone');
		assert.deepEqual(await reviewLog(laptopPage), phoneLog, 'the same review history');
		assert.deepEqual(await today(laptopPage), await today(phonePage), 'the same figures');

		// The server goes down: the phone's new answers wait, survive a reload, and go out later.
		await studyFlashcards(phonePage, 2, true);
		await couch.stop();
		const down = await syncNow(phonePage);
		assert.equal(down.error, UNREACHABLE);
		assert.equal(down.waiting, 2);
		await checkSection(phonePage, 'sync-error-phone');
		await phonePage.reload();
		assert.equal((await waitForSyncEnd(phonePage)).waiting, 2, 'still waiting after a reload');
		assert.equal((await reviewLog(phonePage)).length, 7, 'nothing lost');

		await couch.start();
		const back = await syncNow(phonePage);
		assert.equal(back.error, null);
		assert.equal(back.waiting, 0);
		await syncNow(laptopPage);
		const merged = await reviewLog(phonePage);
		assert.equal(merged.length, 7);
		assert.deepEqual(await reviewLog(laptopPage), merged);
		assert.deepEqual(await today(laptopPage), await today(phonePage));

		assert.deepEqual(phone.errors.filter(notNetwork), []);
		assert.deepEqual(laptop.errors.filter(notNetwork), []);
		await phone.context.close();
		await laptop.context.close();
	});

	test('a set renamed on both offline: both versions offered, the one kept reaches both', async () => {
		await couch.start();
		const phone = await newContext(app, PHONE, { touch: true });
		const laptop = await newContext(app, DESKTOP);
		const phonePage = await phone.context.newPage();
		const laptopPage = await laptop.context.newPage();
		for (const page of [phonePage, laptopPage]) {
			await page.goto('/');
			await waitForServiceWorker(page);
		}
		const path = await createSet(phonePage);
		const made = await setTitle(phonePage, path);
		await turnSyncOn(phonePage, couch.url, ACCOUNT.password);
		await turnSyncOn(laptopPage, couch.url, ACCOUNT.password);
		assert.equal(await setTitle(laptopPage, path), made, 'the set reached the laptop');

		await setTitle(phonePage, path);
		await phone.context.setOffline(true);
		await laptop.context.setOffline(true);
		await renameSet(phonePage, 'Renamed on the phone');
		await renameSet(laptopPage, 'Renamed on the laptop');
		await phone.context.setOffline(false);
		await laptop.context.setOffline(false);
		for (const page of [phonePage, laptopPage, phonePage]) {
			const status = await syncNow(page);
			assert.equal(status.error, null);
		}
		const shown = await setTitle(phonePage, path);
		assert.equal(await setTitle(laptopPage, path), shown, 'one version shows everywhere');
		const other =
			shown === 'Renamed on the phone' ? 'Renamed on the laptop' : 'Renamed on the phone';
		assert.ok(shown.startsWith('Renamed on the'), 'one of the two renamed versions shows');

		// Both devices offer both versions; the laptop keeps the one not shown.
		for (const page of [phonePage, laptopPage]) {
			await page.goto('/settings');
			const conflict = syncSection(page).getByTestId('set-conflict');
			await conflict.waitFor();
			assert.equal(
				(await conflict.locator('.what').innerText()).trim(),
				`${shown} was edited on two devices.`
			);
			const versions = await conflict.getByRole('listitem').allInnerTexts();
			assert.equal(versions.length, 2);
			assert.match(versions[0] ?? '', new RegExp(`^${shown}\\s+\\d+ questions · shown now`));
			assert.match(
				versions[1] ?? '',
				new RegExp(`^${other}\\s+\\d+ questions · the other version`)
			);
			await waitForSyncEnd(page);
		}
		await checkSection(phonePage, 'sync-conflict-phone');
		await checkSection(laptopPage, 'sync-conflict-desktop');
		const keep = syncSection(laptopPage)
			.getByRole('listitem')
			.filter({ hasText: other })
			.getByRole('button', { name: 'Keep this one' });
		const before = await waitForSyncEnd(laptopPage);
		await keep.focus();
		await laptopPage.keyboard.press('Enter');
		await syncSection(laptopPage).getByTestId('set-conflict').waitFor({ state: 'detached' });
		// Keeping syncs at once: wait for that sync's outcome.
		const kept = (
			await laptopPage.waitForFunction(`(() => {
			const now = ${OUTCOME};
			return now && now.at !== ${JSON.stringify(before.at)} ? now : null;
		})()`)
		).jsonValue() as Promise<Outcome>;
		assert.equal((await kept).error, null);
		assert.equal((await syncNow(phonePage)).error, null);
		assert.equal(await syncSection(phonePage).getByTestId('set-conflict').count(), 0);
		assert.equal(await setTitle(phonePage, path), other, 'the kept version is on the phone');
		assert.equal(await setTitle(laptopPage, path), other, 'and on the laptop');

		assert.deepEqual(phone.errors.filter(notNetwork), []);
		assert.deepEqual(laptop.errors.filter(notNetwork), []);
		await phone.context.close();
		await laptop.context.close();
	});

	test('a wrong password gets a clear message and changes nothing', async () => {
		await couch.start();
		const { context, errors } = await newContext(app, DESKTOP);
		const page = await context.newPage();
		await studyFlashcards(page, 1, false);
		const log = await reviewLog(page);
		await turnSyncOn(page, couch.url, 'wrong password');
		const status = await waitForSyncEnd(page);
		assert.equal(status.error, REFUSED);
		assert.equal(status.at, null);
		assert.deepEqual(await reviewLog(page), log);
		await checkSection(page, 'sync-refused-desktop');
		await page.setViewportSize(PHONE);
		await checkSection(page, 'sync-refused-phone');

		// Turning off forgets the account and shows the form again.
		await syncSection(page).getByRole('button', { name: 'Turn off' }).click();
		await syncSection(page).getByRole('button', { name: 'Turn sync on' }).waitFor();
		assert.deepEqual(errors.filter(notNetwork), []);
		await context.close();
	});
});
