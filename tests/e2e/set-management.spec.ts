// Managing sets made on the device, on a phone: the title suggested from the headline, curation
// with a Save bar that stays on screen and deletions that can be undone in place, then a saved
// set edited (studied questions kept with their progress, a studied removal only after a
// confirmation), renamed and deleted with Undo; and a curation draft that survives closing and
// reopening the browser.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	SCREENSHOT_DIR,
	startApp,
	type App,
	type Page,
	waitForServiceWorker
} from './harness.ts';
import type { Card, QuestionSet, Review } from '../../src/lib/types.ts';

const HEADLINE = 'North Korea sends 3,000 more troops to Russia';
const ARTICLE = `${HEADLINE}\n\n${readFileSync(
	new URL('../../content/articles/north-korea-troops-russia.md', import.meta.url),
	'utf8'
).replace(/^---[\s\S]*?---\s*/, '')}`;

interface Stored {
	customSets: QuestionSet[];
	cards: Card[];
	reviews: Review[];
	drafts: {
		id: string;
		document: { text: string; fields: { source: string } };
		curation?: { questions: { prompt: string }[] };
	}[];
}

/** Factdeck's stores as the page sees them (read-only; never creates the database). */
function stored(page: Page): Promise<Stored> {
	return page.evaluate(
		() =>
			new Promise<Stored>((resolve, reject) => {
				const request = indexedDB.open('factdeck');
				const none = { customSets: [], cards: [], reviews: [], drafts: [] };
				// No database yet: do not create one (the app would then find a version 1 without stores).
				let missing = false;
				request.onupgradeneeded = () => {
					missing = true;
					request.transaction?.abort();
				};
				request.onerror = () => (missing ? resolve(none) : reject(request.error));
				request.onsuccess = () => {
					const db = request.result;
					const names = ['customSets', 'cards', 'reviews', 'drafts'] as const;
					const tx = db.transaction([...names]);
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						const all = tx.objectStore(name).getAll();
						all.onsuccess = () => (out[name] = all.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out as unknown as Stored);
					};
				};
			})
	);
}

const questionCount = async (page: Page) =>
	Number(
		(await page.getByRole('heading', { name: /Check the questions/ }).innerText()).match(
			/\((\d+)\)/
		)?.[1]
	);

async function generate(page: Page) {
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await page.getByRole('heading', { name: /Check the questions \(\d+\)/ }).waitFor();
}

/** Waits until what is stored passes `check` (the app writes drafts a moment after typing). */
async function until(page: Page, check: (stored: Stored) => boolean, what: string) {
	// A generous bound, so that a failure names what never happened instead of hanging.
	for (let tries = 0; tries < 600; tries++) {
		if (check(await stored(page))) return;
		await page.waitForTimeout(100);
	}
	throw new Error(`Never stored: ${what}`);
}

/** Studies the next flashcard by keyboard (Space, then 3 for Good) and waits for its review. */
async function studyOne(page: Page) {
	const before = (await stored(page)).reviews.length;
	await page.locator('.flip').waitFor();
	await page.keyboard.press('Space');
	await page.getByRole('group', { name: /How well did you remember/ }).waitFor();
	await page.keyboard.press('3');
	await until(page, (s) => s.reviews.length > before, 'the flashcard review');
}

/** The curated question showing this prompt. */
const curated = (page: Page, prompt: string) =>
	page.locator('.curated > li').filter({ has: page.getByText(prompt, { exact: true }) });

describe('set management', { timeout: 240_000 }, () => {
	let app: App;

	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('curate with undo and a Save bar in reach; edit, rename and delete the saved set', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		await page.goto('/create');

		// The title is suggested from the headline, and stays editable.
		await page.getByLabel('Article text').fill(ARTICLE);
		assert.equal(await page.getByLabel('Title').inputValue(), HEADLINE);
		await page.getByText('Suggested from the article’s first line.').waitFor();
		await page.getByLabel('Title').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-title-suggested-phone.png` });
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('heading', { name: /Check the questions \(\d+\)/ }).waitFor();
		const total = await questionCount(page);
		assert.ok(total >= 8, `the seed article makes questions (${total})`);

		// The Save bar is on screen at the top of a long list and further down.
		const save = page.getByRole('button', { name: 'Save set' });
		const onScreen = async () => {
			const box = await save.boundingBox();
			return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
		};
		assert.ok(await onScreen(), 'Save set is on screen above the list');
		const fifth = page.locator('.curated > li').nth(4);
		await fifth.scrollIntoViewIfNeeded();
		assert.ok(await onScreen(), 'Save set is on screen mid-list');

		// Deleting a question keeps the place: no jump, focus on the question now there.
		const deletedPrompt = (await fifth.locator('.prompt').innerText()).trim();
		const nextPrompt = (
			await page.locator('.curated > li').nth(5).locator('.prompt').innerText()
		).trim();
		const scrollBefore = await page.evaluate(() => window.scrollY);
		await page.getByRole('button', { name: 'Delete question 5', exact: true }).click();
		await page.getByRole('status').getByText('Question 5 deleted.').waitFor();
		assert.equal(await questionCount(page), total - 1);
		const focused = await page.evaluate(() =>
			document.activeElement?.querySelector('.prompt')?.textContent?.trim()
		);
		assert.equal(focused, nextPrompt, 'focus is on the question that took its place');
		const scrollAfter = await page.evaluate(() => window.scrollY);
		assert.ok(
			Math.abs(scrollAfter - scrollBefore) < 50,
			`no jump (${scrollBefore} → ${scrollAfter})`
		);
		await assertAccessibleAndFits(page, 'curation with Undo');
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-curate-undo-phone.png` });
		await page.getByRole('button', { name: 'Undo' }).click();
		assert.equal(await questionCount(page), total);
		assert.equal(
			(await page.locator('.curated > li').nth(4).locator('.prompt').innerText()).trim(),
			deletedPrompt,
			'Undo puts the question back in its place'
		);

		await save.click();
		await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
		const setId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
		const set = (await stored(page)).customSets.find((s) => s.id === setId)!;
		assert.equal(set.questions.length, total);
		assert.deepEqual((await stored(page)).drafts, [], 'the saved draft is gone');

		// Two flashcards studied: their questions now have progress.
		await page.goto(`/study/flashcards#${encodeURIComponent(setId)}`);
		await studyOne(page);
		await studyOne(page);
		const studied = (await stored(page)).reviews.map((r) => r.cardId);
		const promptOf = (cardId: string) =>
			set.questions.find((q) => `${setId}:${q.id}` === cardId)!.prompt;
		const [keptCard, droppedCard] = studied as [string, string];
		const keptBefore = (await stored(page)).cards.find((c) => c.id === keptCard)!;
		const unstudied = set.questions.find((q) => !studied.includes(`${setId}:${q.id}`))!;

		// Edit: drop the second studied question and an unstudied one, reword the first. A set
		// made on the device has no page on the server: the service worker serves its address
		// (loaded before it controls the page, the server's 404 is logged as a console error).
		await waitForServiceWorker(page);
		await page.goto(`/sets/${encodeURIComponent(setId)}`);
		await page.getByRole('link', { name: 'Edit questions' }).click();
		await page.getByRole('heading', { level: 1, name: 'Edit the question set' }).waitFor();
		await page.getByRole('heading', { name: `Check the questions (${total})` }).waitFor();
		await curated(page, promptOf(droppedCard))
			.getByRole('button', { name: /^Delete/ })
			.click();
		await curated(page, unstudied.prompt)
			.getByRole('button', { name: /^Delete/ })
			.click();
		const keptNumber = (await curated(page, promptOf(keptCard)).locator('.kind').innerText()).match(
			/Question (\d+)/
		)?.[1];
		await page.getByRole('button', { name: `Edit question ${keptNumber}`, exact: true }).click();
		const reworded = `${promptOf(keptCard)} (reworded)`;
		await page.getByLabel(/^(Prompt|Front)$/).fill(reworded);
		await page
			.getByRole('button', { name: `Done editing question ${keptNumber}`, exact: true })
			.click();
		await page.getByRole('button', { name: 'Save changes' }).click();

		// A studied removal needs a clear yes; "Keep editing" loses nothing.
		const warning = page.getByRole('alertdialog');
		await warning
			.getByText(
				'One question you removed has study progress (1 review). Saving deletes its card and review history; the other questions keep theirs.'
			)
			.waitFor();
		await assertAccessibleAndFits(page, 'edit confirmation');
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-edit-confirm-phone.png` });
		await page.getByRole('button', { name: 'Keep editing' }).click();
		assert.equal((await stored(page)).reviews.length, 2, 'nothing lost by asking');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await page.getByRole('button', { name: 'Delete that progress and save' }).click();
		await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
		await page.getByText(reworded).waitFor();

		const edited = await stored(page);
		const keptAfter = edited.cards.find((c) => c.id === keptCard);
		assert.deepEqual(keptAfter, keptBefore, 'the kept question keeps its card and schedule');
		assert.deepEqual(
			edited.reviews.map((r) => r.cardId),
			[keptCard],
			'its review stays; the removed one is gone'
		);
		assert.equal(edited.cards.filter((c) => c.setId === setId).length, total - 2);
		assert.equal(edited.customSets[0]?.questions.length, total - 2);

		// Rename: an empty title is refused, changing nothing; a new one shows at once.
		await page.getByRole('button', { name: 'Rename' }).click();
		await page.getByLabel('New title').fill('   ');
		await page.getByRole('button', { name: 'Save title' }).click();
		await page.locator('[role="alert"]', { hasText: 'Give the set a title.' }).waitFor();
		assert.equal((await stored(page)).customSets[0]?.title, HEADLINE);
		await assertAccessibleAndFits(page, 'rename');
		// The set's page is long: the top, where its actions are, as the phone shows it.
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-rename-phone.png` });
		await page.getByLabel('New title').fill('Troops, renamed');
		await page.getByRole('button', { name: 'Save title' }).click();
		await page.getByRole('heading', { level: 1, name: 'Troops, renamed' }).waitFor();
		assert.equal((await stored(page)).customSets[0]?.title, 'Troops, renamed');
		await assertAccessibleAndFits(page, 'set page with its actions');
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-manage-phone.png` });

		// Delete, then Undo: the set, its cards and its review come back as they were.
		const beforeDelete = await stored(page);
		await page.getByRole('button', { name: 'Delete set' }).click();
		await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
		await page.getByText('Deleted “Troops, renamed” with its progress.').waitFor();
		const afterDelete = await stored(page);
		assert.deepEqual(
			[
				afterDelete.customSets,
				afterDelete.reviews,
				afterDelete.cards.filter((c) => c.setId === setId)
			],
			[[], [], []]
		);
		await assertAccessibleAndFits(page, 'library with Undo');
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-deleted-undo-phone.png` });
		// Undo has the focus: one key brings the set back.
		assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Undo');
		await page.keyboard.press('Enter');
		await page.getByRole('link', { name: 'Troops, renamed' }).waitFor();
		// (The library adds the built-in sets' cards meanwhile: only this set's are compared.)
		const ours = (s: Stored) => ({ ...s, cards: s.cards.filter((c) => c.setId === setId) });
		assert.deepEqual(ours(await stored(page)), ours(beforeDelete), 'Undo restores everything');

		// Deleted again, and the offer left to lapse: it stays deleted after a reload.
		await page.getByRole('link', { name: 'Troops, renamed' }).click();
		await page.getByRole('button', { name: 'Delete set' }).click();
		const offer = page.getByText('Deleted “Troops, renamed” with its progress.');
		await offer.waitFor();
		// The offer waits while focus is on it; moving on lets it lapse.
		await page.keyboard.press('Shift+Tab');
		await offer.waitFor({ state: 'hidden', timeout: 60_000 });
		await page.reload();
		await page.getByRole('heading', { name: 'Made on this device' }).waitFor();
		await page.getByRole('link', { name: 'Create a set' }).waitFor();
		assert.equal((await stored(page)).cards.filter((c) => c.setId === setId).length, 0);

		assert.deepEqual(errors, [], 'no console errors');
		await context.close();
	});

	test('desktop: the Save bar and the set’s actions', async () => {
		const { context, errors } = await newContext(app, DESKTOP);
		const page = await context.newPage();
		await page.goto('/create');
		await generate(page);
		await page.getByRole('button', { name: 'Delete question 2', exact: true }).click();
		await page.getByRole('status').getByText('Question 2 deleted.').waitFor();
		await assertAccessibleAndFits(page, 'desktop curation');
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-curate-desktop.png` });
		await page.getByRole('button', { name: 'Save set' }).click();
		await page.getByRole('button', { name: 'Rename' }).waitFor();
		await page.screenshot({ path: `${SCREENSHOT_DIR}/set-manage-desktop.png` });
		assert.deepEqual(errors, [], 'no console errors');
		await context.close();
	});

	test('a curation draft survives closing and reopening the browser', async () => {
		const profile = await mkdtemp(join(tmpdir(), 'factdeck-profile-'));
		const launch = () =>
			chromium.launchPersistentContext(profile, {
				executablePath: CHROMIUM_PATH,
				args: CHROMIUM_ARGS,
				viewport: PHONE,
				baseURL: app.url
			});
		let browser: Awaited<ReturnType<typeof launch>> | undefined;
		try {
			// The form alone: text, a title of one's own and a source.
			browser = await launch();
			let page = browser.pages()[0] ?? (await browser.newPage());
			await page.goto('/create');
			await page.getByLabel('Article text').fill(ARTICLE);
			await page.getByLabel('Title').fill('My own title');
			await page.getByLabel('Source').fill('Wire');
			await until(page, (s) => s.drafts[0]?.document.fields.source === 'Wire', 'the typed draft');
			await browser.close();

			browser = await launch();
			page = browser.pages()[0] ?? (await browser.newPage());
			await page.goto('/create');
			await page.getByText(/Your unsaved work from .* is back, as you\s+left it\./).waitFor();
			assert.equal(await page.getByLabel('Article text').inputValue(), ARTICLE);
			assert.equal(await page.getByLabel('Title').inputValue(), 'My own title');
			assert.equal(await page.getByLabel('Source').inputValue(), 'Wire');

			// Curation: a question deleted and one reworded, then the browser closed.
			await page.getByRole('button', { name: 'Generate questions' }).click();
			await page.getByRole('heading', { name: /Check the questions \(\d+\)/ }).waitFor();
			const total = await questionCount(page);
			await page.getByRole('button', { name: 'Delete question 1', exact: true }).click();
			await page.getByRole('button', { name: 'Edit question 1', exact: true }).click();
			await page.getByLabel(/^(Prompt|Front)$/).fill('A prompt the teacher wrote?');
			await page.getByRole('button', { name: 'Done editing question 1', exact: true }).click();
			await until(
				page,
				(s) => s.drafts[0]?.curation?.questions[0]?.prompt === 'A prompt the teacher wrote?',
				'the curated draft'
			);
			await browser.close();

			browser = await launch();
			page = browser.pages()[0] ?? (await browser.newPage());
			await page.goto('/create');
			await page.getByRole('heading', { name: `Check the questions (${total - 1})` }).waitFor();
			await page.getByText('A prompt the teacher wrote?').waitFor();
			await page.getByText(/Your unsaved work from .* is back/).waitFor();
			await assertAccessibleAndFits(page, 'restored curation');
			await page.screenshot({ path: `${SCREENSHOT_DIR}/set-draft-restored-phone.png` });

			// Discarding starts afresh and keeps nothing.
			await page.getByRole('button', { name: 'Discard it and start afresh' }).click();
			await page.getByLabel('Article text').waitFor();
			assert.equal(await page.getByLabel('Article text').inputValue(), '');
			assert.equal(await page.getByLabel('Title').inputValue(), '');
			assert.deepEqual((await stored(page)).drafts, []);
			await browser.close();
		} finally {
			// A failure must not leave the browser open: the test run would never end.
			await browser?.close().catch(() => {});
			await rm(profile, { recursive: true, force: true });
		}
	});
});
