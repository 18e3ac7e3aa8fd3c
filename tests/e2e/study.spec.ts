import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	axeViolations,
	newContext,
	PHONE,
	screenshot as fullScreenshot,
	SEED_SET_ID,
	startApp,
	storedRecords,
	waitForServiceWorker,
	type App,
	type Page
} from './harness.ts';

interface Stored {
	reviews: { id: number; cardId: string; mode: string; rating: number; correct: boolean }[];
	cards: { id: string; state: number; due: number; retired: boolean }[];
	sessions: { id: string; mode: string; position: number; answers: number; finished: boolean }[];
}

async function stored(page: Page): Promise<Stored> {
	const { reviews, cards, sessions } = await storedRecords(page, ['reviews', 'cards', 'sessions']);
	return {
		reviews: reviews.map((r) => ({
			id: r.id,
			cardId: r.cardId,
			mode: r.mode,
			rating: r.rating,
			correct: r.correct
		})),
		cards: cards.map((c) => ({ id: c.id, state: c.state, due: c.due, retired: c.retired })),
		sessions: sessions.map((s) => ({
			id: s.id,
			mode: s.mode,
			position: s.position,
			answers: s.answers.length,
			finished: s.finishedAt !== undefined
		}))
	};
}

/** A full-page screenshot from the top, so the sticky header is not drawn over the middle. */
async function screenshot(page: Page, name: string) {
	await page.evaluate(() => window.scrollTo(0, 0));
	await fullScreenshot(page, name);
}

async function progressText(page: Page): Promise<string> {
	return (await page.locator('.progress .count').innerText()).trim();
}

/** Flip with Space and rate Good with "3", by keyboard only; waits until the next card shows. */
async function studyFlashcardByKeyboard(page: Page, done: number) {
	await page.locator('.flip').waitFor();
	await page.keyboard.press('Space');
	await page.getByRole('group', { name: /How well did you remember/ }).waitFor();
	await page.keyboard.press('3');
	await page.waitForFunction(
		(n) => document.querySelector('.progress .count')?.textContent?.startsWith(`${n} of`),
		done
	);
}

/** Answers whatever quiz question shows by keyboard: option 1, or a typed guess and Enter. */
async function answerQuestionByKeyboard(page: Page) {
	const typed = page.locator('#typed-answer');
	if ((await typed.count()) > 0) {
		await typed.focus();
		await page.keyboard.type('3,000');
		await page.keyboard.press('Enter');
	} else {
		await page.keyboard.press('1');
	}
}

describe('study: flashcards, quiz, review and test, offline', { timeout: 150_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('offline: 10 flashcards by keyboard, reload, and the log and due counts are as left', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);

		await page.goto(`/study/flashcards#${SEED_SET_ID}`);
		await page.getByRole('heading', { level: 1, name: 'Flashcards' }).waitFor();
		await page.locator('.flip').waitFor();
		assert.deepEqual(await axeViolations(page), [], 'flashcard front');
		await screenshot(page, 'study-flashcards-phone');
		for (let i = 1; i <= 10; i++) await studyFlashcardByKeyboard(page, i);
		const before = await stored(page);
		assert.equal(before.reviews.length, 10, 'ten answers in the log');
		assert.ok(before.reviews.every((r) => r.mode === 'flashcard' && r.rating === 3));
		assert.equal(new Set(before.reviews.map((r) => r.cardId)).size, 10, 'ten different cards');

		await page.reload();
		await page.getByText('Continuing where you left off.').waitFor();
		assert.match(await progressText(page), /^10 of \d+$/);
		const after = await stored(page);
		assert.deepEqual(after.reviews, before.reviews, 'the log survived the reload');
		assert.deepEqual(after.cards, before.cards, 'every card kept its schedule');

		// Good on a new card is a learning step (minutes away): nothing due now, ten fewer new.
		await page.goto('/');
		const today = page.getByRole('region', { name: 'Today' });
		await today.getByText('Due now').waitFor();
		const seedCards = after.cards.filter((c) => c.id.startsWith(`${SEED_SET_ID}:`));
		const now = Date.now();
		const dueNow = after.cards.filter((c) => !c.retired && c.state !== 0 && c.due <= now).length;
		const fresh = after.cards.filter((c) => !c.retired && c.state === 0).length;
		assert.equal(fresh, seedCards.length - 10);
		assert.equal(await today.getByTestId('due-now').innerText(), String(dueNow));
		assert.match(
			await today.getByTestId('new-limit').innerText(),
			new RegExp(`${fresh} cards not seen yet`)
		);
		const resume = today.getByRole('link', { name: /^Flashcards: North Korea/ });
		await resume.click();
		await page.getByText('Continuing where you left off.').waitFor();

		const offlineErrors = errors.filter((e) => !/Failed to load resource/.test(e));
		assert.deepEqual(offlineErrors, []);
		await context.close();
	});

	test('a rating is kept when the page is left the moment the next card shows', async () => {
		// The next card shows once the rating's writes are committed, before they reach the
		// disk: leaving (another page, a reload) right then must not lose it.
		const { context } = await newContext(app);
		const page = await context.newPage();
		const leaves = [
			() => page.goto('/progress'),
			() => page.reload(),
			() => page.goto('/'),
			() => page.goto('/settings'),
			() => page.reload()
		];
		for (const [i, leave] of leaves.entries()) {
			await page.goto(`/study/flashcards#${SEED_SET_ID}`);
			await page.locator('.flip').click();
			await page.getByRole('button', { name: /^Good/ }).click();
			await page.locator('.flip').waitFor();
			await leave();
			await page.locator('main').waitFor();
			const { reviews } = await stored(page);
			assert.equal(reviews.length, i + 1, `rating ${i + 1} kept after leaving`);
		}
		await context.close();
	});

	test('quiz by keyboard: graded at once, source sentence highlighted, undo, resume', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto(`/study/quiz#${SEED_SET_ID}`);
		await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
		await page.locator('.question').waitFor();
		assert.deepEqual(await axeViolations(page), [], 'quiz question');
		await screenshot(page, 'study-quiz-phone');

		await answerQuestionByKeyboard(page);
		await page.locator('.feedback').waitFor();
		assert.equal(await page.locator('.feedback mark').count(), 1, 'the answer is highlighted');
		assert.equal(
			await page.evaluate(() => document.activeElement?.textContent?.trim()),
			'Continue Enter'
		);
		assert.deepEqual(await axeViolations(page), [], 'quiz feedback');
		await screenshot(page, 'study-quiz-feedback-phone');
		assert.equal((await stored(page)).reviews.length, 1, 'stored before the next card');
		await page.emulateMedia({ colorScheme: 'dark' });
		await screenshot(page, 'study-quiz-feedback-phone-dark');
		await page.emulateMedia({ colorScheme: 'light' });

		await page.keyboard.press('Enter');
		await page.waitForFunction(() => !document.querySelector('.feedback'));
		await answerQuestionByKeyboard(page);
		await page.locator('.feedback').waitFor();
		assert.equal((await stored(page)).reviews.length, 2);

		await page.getByRole('button', { name: 'Undo' }).click();
		await page.waitForFunction(() => !document.querySelector('.feedback'));
		assert.match(await progressText(page), /^1 of /);
		assert.equal((await stored(page)).reviews.length, 1, 'undo took the answer out of the log');

		await page.reload();
		await page.getByText('Continuing where you left off.').waitFor();
		assert.match(await progressText(page), /^1 of /);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('two tabs answering at once lose nothing', async () => {
		const { context, errors } = await newContext(app);
		const first = await context.newPage();
		const second = await context.newPage();
		await first.goto(`/study/flashcards#${SEED_SET_ID}`);
		await first.locator('.flip').waitFor();
		await second.goto(`/study/flashcards#${SEED_SET_ID}`);
		await second.locator('.flip').waitFor();
		assert.equal(await second.getByText('Continuing where you left off.').count(), 0);

		for (let i = 1; i <= 5; i++) {
			await Promise.all([studyFlashcardByKeyboard(first, i), studyFlashcardByKeyboard(second, i)]);
		}
		const { reviews, sessions } = await stored(first);
		assert.equal(reviews.length, 10, 'both tabs’ answers are in the log');
		assert.equal(new Set(reviews.map((r) => r.id)).size, 10);
		const open = sessions.filter((s) => s.mode === 'flashcard');
		assert.deepEqual(open.map((s) => s.answers).sort(), [5, 5], 'each tab studied its own session');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('a test gives no feedback until the end, then a score and each answer', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto(`/study/test#${SEED_SET_ID}`);
		await page.getByRole('heading', { level: 1, name: 'Test' }).waitFor();
		await page.locator('.question').waitFor();
		assert.match(await progressText(page), /^0 of 10$/);
		assert.deepEqual(await axeViolations(page), [], 'test question');
		await screenshot(page, 'study-test-phone');
		for (let i = 1; i <= 10; i++) {
			await answerQuestionByKeyboard(page);
			if (i < 10) {
				await page.waitForFunction(
					(n) => document.querySelector('.progress .count')?.textContent?.startsWith(`${n} of`),
					i
				);
				assert.equal(await page.locator('.feedback').count(), 0, 'no feedback during a test');
			}
		}
		await page.getByRole('heading', { name: /^Score: \d+ of 10$/ }).waitFor();
		assert.equal(await page.locator('.results li').count(), 10);
		const { reviews } = await stored(page);
		assert.equal(reviews.filter((r) => r.mode === 'test').length, 10, 'a test updates scheduling');
		assert.deepEqual(await axeViolations(page), [], 'test results');
		await screenshot(page, 'study-test-results-phone');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('review mixes every due and new card; flashcard answers and summary are accessible', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		await page.goto('/review');
		await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
		await page.locator('.question, .flashcard').first().waitFor();
		const total = Number((await progressText(page)).split(' of ')[1]);
		assert.ok(total > 0 && total <= 20, `new cards are limited to 20 a day (got ${total})`);
		await screenshot(page, 'study-review-phone');
		let checkedFlashcard = false;
		let answered = 0;
		// Cards rated Good when new, or answered wrong, come back after a learning step of minutes.
		for (;;) {
			await page
				.locator('.question, .flashcard, #wait-heading, #summary-heading')
				.first()
				.waitFor();
			if ((await page.locator('#wait-heading, #summary-heading').count()) > 0) break;
			if ((await page.locator('.flashcard').count()) > 0) {
				await page.keyboard.press('Space');
				await page.getByRole('group', { name: /How well did you remember/ }).waitFor();
				if (!checkedFlashcard) {
					assert.deepEqual(await axeViolations(page), [], 'flashcard answer');
					await screenshot(page, 'study-flashcard-answer-phone');
					checkedFlashcard = true;
				}
				await page.keyboard.press('3');
			} else {
				await answerQuestionByKeyboard(page);
				await page.locator('.feedback').waitFor();
				await page.keyboard.press('Enter');
			}
			answered++;
			await page.waitForFunction(
				(n) => document.querySelector('.progress .count')?.textContent?.startsWith(`${n} of`),
				answered
			);
		}
		assert.ok(answered >= total, 'every card was asked');
		if ((await page.locator('#wait-heading').count()) > 0) {
			await page.getByRole('button', { name: 'Finish for now' }).click();
		}
		await page.getByRole('heading', { name: 'Session complete' }).waitFor();
		assert.deepEqual(await axeViolations(page), [], 'summary');
		await screenshot(page, 'study-summary-phone');
		const { reviews } = await stored(page);
		assert.equal(reviews.filter((r) => r.mode === 'review').length, answered);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('the progress page draws its charts, with text alternatives', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto(`/study/flashcards#${SEED_SET_ID}`);
		for (let i = 1; i <= 3; i++) await studyFlashcardByKeyboard(page, i);
		await page.goto('/progress');
		await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
		const heatmap = page.getByRole('img', { name: /^Calendar of reviews per day/ });
		const forecast = page.getByRole('img', { name: /^Columns of cards due per day/ });
		await heatmap.waitFor();
		await forecast.waitFor();
		assert.ok(((await heatmap.boundingBox())?.width ?? 0) > 300, 'the heatmap has a size');
		assert.equal(await heatmap.locator('rect').count(), 182, 'a cell per day for 26 weeks');
		assert.equal(await heatmap.locator('rect[class*="level-"]:not(.level-0)').count(), 1);
		assert.equal(await forecast.locator('rect').count(), 30, 'a column per day for 30 days');
		assert.match(await page.locator('figcaption').first().innerText(), /^3 reviews on 1 of/);
		assert.match(await page.locator('figcaption').nth(1).innerText(), /^3 cards come due/);
		assert.deepEqual(await axeViolations(page), [], 'progress');
		await screenshot(page, 'progress-phone');
		await page.emulateMedia({ colorScheme: 'dark' });
		await screenshot(page, 'progress-phone-dark');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('settings: retention, theme, backup export and import with clear refusals', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto(`/study/flashcards#${SEED_SET_ID}`);
		for (let i = 1; i <= 2; i++) await studyFlashcardByKeyboard(page, i);
		await page.goto('/settings');
		await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
		const dark = page.getByRole('radio', { name: 'Dark' });
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await dark.check();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		await page.getByLabel(/Desired retention/).fill('85');
		await page.getByText('Saved.').waitFor();
		await page.reload();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		assert.equal(await page.getByLabel(/Desired retention/).inputValue(), '85');
		await page.getByTestId('storage-usage').waitFor();
		assert.deepEqual(await axeViolations(page), [], 'settings (dark)');
		await screenshot(page, 'settings-phone-dark');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export backup' }).click()
		]);
		assert.match(download.suggestedFilename(), /^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
		assert.equal(exported.reviews.length, 2);
		// Every card of the studied seed set, however many questions the generator gives it.
		const set = await (await page.request.get(`/sets/${SEED_SET_ID}.json`)).json();
		assert.equal(exported.cards.length, set.questions.length);

		const picker = page.locator('input[type="file"]');
		const message = page.getByTestId('backup-message');
		const choose = (name: string, text: string | Buffer) =>
			picker.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

		// Each refusal replaces the one before: wait for its own words, not just for a message.
		const says = (words: RegExp) => message.filter({ hasText: words }).waitFor();
		await choose('notes.json', 'these are not JSON');
		await says(/not valid JSON/);
		await choose('future.json', JSON.stringify({ ...exported, version: 99 }));
		await says(/newer Factdeck/);
		// Over Playwright's in-memory limit, so written to a file first.
		const dir = await mkdtemp(join(tmpdir(), 'factdeck-backup-'));
		const huge = join(dir, 'huge.json');
		await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 32));
		await picker.setInputFiles(huge);
		// The page reads the file after the change event: remove it only once it has answered.
		await says(/larger than 50 MB/);
		await rm(dir, { recursive: true, force: true });

		const hostileTitle = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
		const hostile = {
			...exported,
			settings: { ...exported.settings, theme: 'light' },
			customSets: [{ ...set, id: 'mine', title: hostileTitle }]
		};
		await choose('hostile.json', JSON.stringify(hostile));
		await page.getByTestId('backup-summary').waitFor();
		assert.equal(
			await page.getByTestId('backup-summary').innerText(),
			`${exported.cards.length} cards, 2 reviews, 2 sets`
		);
		assert.equal(await page.locator('.preview li').innerText(), hostileTitle, 'HTML shown as text');
		assert.equal(await page.locator('.preview img, .preview b').count(), 0);
		await page.getByRole('button', { name: 'Replace with this backup' }).click();
		assert.match(
			await message.innerText(),
			new RegExp(`^Backup restored: ${exported.cards.length} cards, 2 reviews, 2 sets\\.$`)
		);
		assert.equal(await page.evaluate(() => 'hacked' in window), false);
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
		assert.equal(await page.getByRole('radio', { name: 'Light' }).isChecked(), true);
		assert.equal((await stored(page)).reviews.length, 2);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('review keeps to the new cards per day setting', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		await page.goto('/settings');
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByLabel('New cards per day').fill('3');
		await page.getByLabel('New cards per day').press('Tab');
		await page.getByText('Saved.').waitFor();
		await page.getByRole('link', { name: 'Review', exact: true }).click();
		await page.locator('.flashcard, .question').first().waitFor();
		assert.equal(await progressText(page), '0 of 3');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('the navigation fits a 360 px phone', async () => {
		const { context } = await newContext(app, { width: 360, height: 740 });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByRole('region', { name: 'Today' }).getByText('Due now').waitFor();
		const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
		for (const link of await links.all()) {
			// One line of text that does not overflow its tab.
			const fits = await link.evaluate((a) => {
				const range = document.createRange();
				range.selectNodeContents(a);
				return range.getClientRects().length === 1 && a.scrollWidth <= a.clientWidth;
			});
			assert.ok(fits, `${await link.innerText()} fits its tab`);
		}
		assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
		await page.getByRole('link', { name: 'Settings' }).waitFor();
		assert.deepEqual(await axeViolations(page), [], 'home with the today panel');
		await screenshot(page, 'home-360');
		await context.close();
	});
});
