// One meaning for every number: after a scripted day of study on a phone, the home page, the
// review page and the progress page show the same figures for today, and they are the log's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	SEED_SET_ID,
	startApp,
	tapFlashcard,
	type App,
	type Page
} from './harness.ts';

interface Figures {
	due: number;
	newToday: number;
	studied: number;
	/** The sentence on the daily limit, unseen, learning and buried cards. */
	note: string;
}

const PAGES = ['/', '/review', '/progress'] as const;
// 09:00 in Berlin on 10 March 2026 (CET, UTC+1).
const MORNING = new Date('2026-03-10T09:00:00+01:00');

/** The "Today" figures a page shows. */
async function figuresOn(page: Page, path: string): Promise<Figures> {
	await page.goto(path);
	const today = page.getByRole('region', { name: 'Today' });
	await today.getByTestId('due-now').waitFor();
	const number = async (id: string) => Number(await today.getByTestId(id).innerText());
	return {
		due: await number('due-now'),
		newToday: await number('new-today'),
		studied: await number('studied-today'),
		note: (await today.getByTestId('new-limit').innerText()).replace(/\s+/g, ' ').trim()
	};
}

/** The same figures on the home, review and progress pages; returns them. */
async function agreeingFigures(page: Page, when: string): Promise<Figures> {
	const [home, review, progress] = [
		await figuresOn(page, PAGES[0]),
		await figuresOn(page, PAGES[1]),
		await figuresOn(page, PAGES[2])
	];
	assert.deepEqual(review, home, `/review shows what / shows (${when})`);
	assert.deepEqual(progress, home, `/progress shows what / shows (${when})`);
	return home;
}

// Read with the raw IndexedDB API (not the app's code), in the page, whose clock is the test's.
// A string, because tsx would add helpers to a function that do not exist in the page.
const LOG_TODAY = `(async () => {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('factdeck');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const reviews = await new Promise((resolve, reject) => {
		const request = db.transaction('reviews').objectStore('reviews').getAll();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	db.close();
	const midnight = new Date();
	midnight.setHours(0, 0, 0, 0);
	const today = reviews.filter((r) => r.reviewedAt >= midnight.getTime() && r.reviewedAt <= Date.now());
	return {
		cards: new Set(today.map((r) => r.cardId)).size,
		newStarted: today.filter((r) => r.before && r.before.state === 0).length
	};
})()`;

function logToday(page: Page) {
	return page.evaluate(LOG_TODAY) as Promise<{ cards: number; newStarted: number }>;
}

async function progressCount(page: Page): Promise<string> {
	return (await page.locator('.progress .count').innerText()).trim();
}

/** Rates the flashcard on screen by touch: tap to flip, then tap the rating. */
async function rateFlashcard(page: Page, rating: 'Again' | 'Good') {
	await page.locator('.flashcard .flip').waitFor();
	await tapFlashcard(page);
	const ratings = page.getByRole('group', { name: /How well did you remember/ });
	await ratings.getByRole('button', { name: new RegExp(`^${rating}`) }).tap();
}

/** Answers whatever the review shows by touch: a flashcard rated Again, or the first option. */
async function answerReviewCard(page: Page) {
	await page.locator('.flashcard, .question').first().waitFor();
	if ((await page.locator('.flashcard').count()) > 0) {
		await rateFlashcard(page, 'Again');
		return;
	}
	const typed = page.locator('#typed-answer');
	if ((await typed.count()) > 0) {
		await typed.fill('no idea');
		await page.getByRole('button', { name: /^Check/ }).tap();
	} else {
		await page.locator('.choices button').first().tap();
	}
	await page.getByRole('button', { name: /^Continue/ }).tap();
}

describe('one meaning for every number', { timeout: 300_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('after a day of study, /, /review and /progress show the same figures for today', async () => {
		const { context, errors } = await newContext(app, PHONE, {
			touch: true,
			timezoneId: 'Europe/Berlin'
		});
		await context.clock.install({ time: MORNING });
		const page = await context.newPage();

		await page.goto('/settings');
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByLabel('New cards per day').fill('5');
		await page.getByLabel('New cards per day').press('Tab');
		await page.getByText('Saved.').waitFor();

		// Morning: four new flashcards, two of them missed.
		await page.goto(`/study/flashcards#${SEED_SET_ID}`);
		const ratings = ['Again', 'Good', 'Again', 'Good'] as const;
		for (const [i, rating] of ratings.entries()) {
			await rateFlashcard(page, rating);
			await page.waitForFunction(
				(n) => document.querySelector('.progress .count')?.textContent?.startsWith(`${n} of`),
				i + 1
			);
		}

		// A quarter of an hour later every learning step has come round.
		await context.clock.fastForward('15:00');
		const morning = await agreeingFigures(page, 'morning');
		assert.deepEqual(await logToday(page), { cards: 4, newStarted: 4 });
		assert.equal(morning.studied, 4, 'four different cards studied');
		assert.equal(morning.due, 4, 'the four cards on learning steps are due');
		assert.equal(morning.newToday, 1, 'five a day, four started: one new card left');
		assert.match(morning.note, /up to 5 a day, 4 started today, 1 left/);
		assert.match(morning.note, /4 due cards are still learning/);
		await page.goto('/');
		const start = page.getByRole('link', { name: /^Review \d+ cards?$/ });
		assert.equal(await start.innerText(), `Review ${morning.due + morning.newToday} cards`);
		await screenshot(page, 'counts-home-phone');
		await start.tap();
		await page.locator('.flashcard, .question').first().waitFor();
		assert.equal(await progressCount(page), `0 of ${morning.due + morning.newToday}`);
		await page.getByRole('region', { name: 'Today' }).getByTestId('due-now').waitFor();
		await screenshot(page, 'counts-review-phone');

		// Midday: three review answers, some of them wrong.
		await context.clock.fastForward('03:00:00');
		for (let i = 1; i <= 3; i++) {
			await answerReviewCard(page);
			await page.waitForFunction(
				(n) => document.querySelector('.progress .count')?.textContent?.startsWith(`${n} of`),
				i
			);
		}
		await context.clock.fastForward('10:00');
		const midday = await agreeingFigures(page, 'midday');
		const log = await logToday(page);
		assert.equal(midday.studied, log.cards, 'studied today is the log’s different cards');
		assert.match(midday.note, new RegExp(`${log.newStarted} started today`));
		await screenshot(page, 'counts-progress-phone');

		// One minute before midnight the day's work still counts; just after, a new day begins.
		await context.clock.setSystemTime(new Date('2026-03-10T23:59:00+01:00'));
		const lateEvening = await agreeingFigures(page, 'late evening');
		assert.equal(lateEvening.studied, midday.studied);
		await context.clock.setSystemTime(new Date('2026-03-11T00:01:00+01:00'));
		const nextDay = await agreeingFigures(page, 'next day');
		assert.equal(nextDay.studied, 0, 'nothing studied yet on the new day');
		assert.match(nextDay.note, /up to 5 a day, 0 started today, 5 left/);
		assert.ok(nextDay.due >= lateEvening.due, 'what was due stays due');

		await page.setViewportSize(DESKTOP);
		for (const [name, path] of [
			['home', '/'],
			['review', '/review'],
			['progress', '/progress']
		] as const) {
			await figuresOn(page, path);
			await screenshot(page, `counts-${name}-desktop`);
		}

		assert.deepEqual(errors, []);
		await context.close();
	});
});
