// Dated sets and stale facts, offline on a phone: /create suggests the publication date from
// the text and refuses a future one; time-sensitive questions say "as of"; a fact older than the
// Settings threshold asks "May be out of date"; Outdated retires it without touching the review
// log, Still true clears the flag; the set page shows the retired question.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	startApp,
	waitForServiceWorker,
	type App,
	type Page,
	storedRecords
} from './harness.ts';

const TITLE = 'Troop numbers in January';
// Written for this test. The dateline states the date; most facts are counts, offices, prices.
const ARTICLE = [
	'KYIV, Jan 15 2024 (Reuters) - North Korea has sent about 11,000 troops to Russia so far, officials said.',
	'The total number of soldiers killed or wounded is about 4,000.',
	'Ukrainian President Volodymyr Zelensky condemned the latest strike on Kharkiv.',
	'Kim Jong Un is the leader of North Korea.',
	'The war began in February 2022.',
	'Russia and North Korea signed a mutual defence treaty in Pyongyang in June 2024.',
	'Kharkiv lies about 30 kilometres from the Russian border.',
	'Inflation in Ukraine is running at 5.1 percent, the central bank said.'
].join(' ');

interface Stored {
	reviews: number;
	cards: { id: string; retired: boolean; confirmedOn?: string; outdatedOn?: string }[];
	settings: { staleAfterMonths?: number } | undefined;
	sets: { id: string; date?: string; questions: { id: string; asOf?: string }[] }[];
}

async function stored(page: Page): Promise<Stored> {
	const { reviews, cards, settings, customSets } = await storedRecords(page, [
		'reviews',
		'cards',
		'settings',
		'customSets'
	]);
	return {
		reviews: reviews.length,
		cards: cards.map((c) => ({
			id: c.id,
			retired: c.retired,
			confirmedOn: c.confirmedOn,
			outdatedOn: c.outdatedOn
		})),
		settings: settings[0],
		sets: customSets.map((s) => ({
			id: s.id,
			date: s.date,
			questions: s.questions.map((q: { id: string; asOf?: string }) => ({ id: q.id, asOf: q.asOf }))
		}))
	};
}

/** Answers the question on screen (any answer) and moves on. */
async function answerAndContinue(page: Page) {
	const typed = page.locator('#typed-answer');
	if ((await typed.count()) > 0) {
		await typed.fill('11,000');
		await typed.press('Enter');
	} else {
		await page.locator('.question').getByRole('button').first().click();
	}
	await page.getByRole('button', { name: /Continue/ }).click();
}

/** Answers stable questions until a stale one shows; fails if none comes. */
async function untilStale(page: Page) {
	for (let i = 0; i < 30; i++) {
		await page.locator('.question, .study-end, .empty').first().waitFor();
		if ((await page.getByRole('heading', { name: 'May be out of date' }).count()) > 0) return;
		assert.equal(await page.locator('.question').count(), 1, 'a stale fact comes before the end');
		await answerAndContinue(page);
	}
	assert.fail('no stale fact was shown');
}

describe('dated sets and stale facts, offline', { timeout: 180_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('a stale fact asks; Outdated retires it with the log unchanged; Still true clears the flag', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);

		// The seed names no date: it says so.
		await page.goto('/sets/north-korea-troops-russia');
		await page.getByText('date not given').waitFor();
		await assertAccessibleAndFits(page, 'the seed set page');
		await screenshot(page, 'seed-undated-phone');

		// /create: the date is read from the dateline, a future one is refused and nothing is saved.
		await page.goto('/create');
		const date = page.getByLabel('Published on');
		await page.waitForFunction(`document.querySelector('#doc-date')?.value !== ''`);
		assert.match(await date.inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'today before any text');
		await page.getByLabel('Article text').fill(ARTICLE);
		await page.getByText('Read from the text (“Jan 15 2024”)').waitFor();
		assert.equal(await date.inputValue(), '2024-01-15');
		await page.getByLabel('Title').fill(TITLE);
		await date.fill('2999-01-01');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByText(/The date is in the future/).waitFor();
		assert.equal((await stored(page)).sets.length, 0, 'nothing saved');
		await assertAccessibleAndFits(page, '/create, future date');
		await screenshot(page, 'create-future-date-phone');
		await date.fill('2024-01-15');
		await assertAccessibleAndFits(page, '/create');
		await screenshot(page, 'create-published-on-phone');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('button', { name: 'Save set' }).click();
		await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
		await page.getByText('15 January 2024').first().waitFor();
		const [set] = (await stored(page)).sets;
		assert.ok(set, 'the set is saved');
		assert.equal(set.date, '2024-01-15');
		const dated = set.questions.filter((q) => q.asOf === '2024-01-15');
		assert.ok(dated.length >= 2, `time-sensitive questions carry asOf (${dated.length})`);
		assert.ok(dated.length < set.questions.length, 'stable ones do not');
		assert.ok(await page.getByText('as of 15 Jan 2024').count(), 'the set page shows "as of"');

		// Quiz: the first stale fact. Outdated retires it; the review log does not change.
		await page.goto(`/study/quiz#${set.id}`);
		await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
		await untilStale(page);
		await page.locator('.question .as-of').getByText('as of 15 Jan 2024').waitFor();
		await assertAccessibleAndFits(page, 'stale fact');
		await screenshot(page, 'stale-fact-phone');
		const beforeOutdated = await stored(page);
		const progress = await page.locator('.progress .count').innerText();
		await page.getByRole('button', { name: 'Outdated' }).click();
		await page.waitForFunction(
			(p) => document.querySelector('.progress .count')?.textContent !== p,
			progress
		);
		const afterOutdated = await stored(page);
		assert.equal(afterOutdated.reviews, beforeOutdated.reviews, 'the review log is unchanged');
		const retired = afterOutdated.cards.filter((c) => c.outdatedOn);
		assert.equal(retired.length, 1, 'one card marked outdated');
		assert.equal(retired[0]!.retired, true);

		// The next stale fact: Still true clears the flag and the card is asked as usual.
		await untilStale(page);
		const beforeKept = await stored(page);
		await page.getByRole('button', { name: 'Still true' }).click();
		await page.waitForFunction(
			() =>
				![...document.querySelectorAll('h2')].some((h) => h.textContent === 'May be out of date')
		);
		const afterKept = await stored(page);
		assert.equal(afterKept.reviews, beforeKept.reviews);
		const confirmed = afterKept.cards.filter((c) => c.confirmedOn);
		assert.equal(confirmed.length, 1, 'one card confirmed today');
		assert.equal(confirmed[0]!.retired, false);
		await page.locator('.question').waitFor();
		await assertAccessibleAndFits(page, 'after Still true');
		await screenshot(page, 'still-true-phone');

		// The set page shows the outdated question as retired.
		await page.goto(`/sets/${set.id}`);
		await page.getByText(/you marked this fact outdated/).waitFor();
		assert.equal(await page.locator('.question.retired').count(), 1);
		await assertAccessibleAndFits(page, 'set page with a retired question');
		await page.locator('.question.retired').scrollIntoViewIfNeeded();
		await screenshot(page, 'set-retired-phone');

		// Settings: the threshold; a number outside 1–60 is refused and nothing is stored.
		await page.goto('/settings');
		const months = page.getByLabel(/Flag time-sensitive facts older than/);
		assert.equal(await months.inputValue(), '6');
		const settingsBefore = (await stored(page)).settings;
		await months.fill('0');
		await months.press('Tab');
		await page.getByText('Enter a whole number of months from 1 to 60.').waitFor();
		assert.deepEqual((await stored(page)).settings, settingsBefore, 'nothing saved');
		await assertAccessibleAndFits(page, '/settings with a bad threshold');
		await screenshot(page, 'settings-stale-months-phone');
		await months.fill('12');
		await months.press('Tab');
		await page.waitForFunction(() => !document.querySelector('#stale-error'), undefined, {
			timeout: 5000
		});
		await page.waitForTimeout(100);
		assert.equal((await stored(page)).settings?.staleAfterMonths, 12);

		const offlineErrors = errors.filter((e) => !/Failed to load resource/.test(e));
		assert.deepEqual(offlineErrors, []);

		// The changed screens on a desktop, from the same profile's data.
		const desktop = await context.newPage();
		await desktop.setViewportSize(DESKTOP);
		await desktop.goto(`/sets/${set.id}`);
		await desktop.getByText(/you marked this fact outdated/).waitFor();
		await assertAccessibleAndFits(desktop, 'set page, desktop');
		await screenshot(desktop, 'set-retired-desktop');
		await desktop.goto('/settings');
		await desktop.getByLabel(/Flag time-sensitive facts older than/).waitFor();
		await screenshot(desktop, 'settings-desktop');
		await desktop.goto('/create');
		await desktop.getByLabel('Article text').fill(ARTICLE);
		await desktop.getByText('Read from the text (“Jan 15 2024”)').waitFor();
		await assertAccessibleAndFits(desktop, '/create, desktop');
		await screenshot(desktop, 'create-published-on-desktop');
		await desktop.goto(`/study/quiz#${set.id}`);
		await desktop.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
		await untilStale(desktop);
		await assertAccessibleAndFits(desktop, 'stale fact, desktop');
		await screenshot(desktop, 'stale-fact-desktop');
		await context.close();
	});
});
