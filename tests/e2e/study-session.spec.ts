// The study session on a phone with touch: learning steps (a card rated Again comes back after
// its step, with the clock driven by Playwright), no two questions on one sentence in a row, and
// the end of a quiz or test with the missed questions and "Retry missed".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	assertAccessibleAndFits,
	DESKTOP,
	PHONE,
	screenshot as fullScreenshot,
	SEED_SET_ID,
	startApp,
	type App,
	type Page,
	storedRecords
} from './harness.ts';
import type { Question, QuestionSet } from '../../src/lib/types.ts';

interface StoredSession {
	id: string;
	mode: string;
	startedAt: number;
	finished: boolean;
	queue: string[];
	answers: { cardId: string; correct: boolean }[];
}

async function sessions(page: Page): Promise<StoredSession[]> {
	const { sessions } = await storedRecords(page, ['sessions']);
	return sessions
		.map((s) => ({
			id: s.id,
			mode: s.mode,
			startedAt: s.startedAt,
			finished: s.finishedAt !== undefined,
			queue: s.queue,
			answers: s.answers.map((a: { cardId: string; correct: boolean }) => ({
				cardId: a.cardId,
				correct: a.correct
			}))
		}))
		.sort((a, b) => a.startedAt - b.startedAt);
}

/** The newest session of a mode. */
async function latest(page: Page, mode: string): Promise<StoredSession> {
	const session = (await sessions(page)).filter((s) => s.mode === mode).at(-1);
	assert.ok(session, `a ${mode} session is stored`);
	return session;
}

/** A phone: 390x844 with touch, so taps are touches. Console and page errors are collected. */
async function phone(app: App) {
	const context = await app.browser.newContext({
		viewport: PHONE,
		hasTouch: true,
		isMobile: true,
		baseURL: app.url
	});
	const errors: string[] = [];
	context.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	context.on('weberror', (error) => errors.push(error.error().message));
	return { context, errors };
}

/** Full-page screenshots at the phone's size and at desktop size, from the top. */
async function screenshots(page: Page, name: string) {
	await page.evaluate(() => window.scrollTo(0, 0));
	await fullScreenshot(page, `${name}-phone`);
	await page.setViewportSize(DESKTOP);
	await fullScreenshot(page, `${name}-desktop`);
	await page.setViewportSize(PHONE);
}

/**
 * The axe check and fit, with the page's clock paused: axe waits on timers, so the clock is
 * moved on in 20 ms steps until it is done (a few steps, far from any learning step).
 */
async function assertAccessiblePaused(page: Page, where: string) {
	let done = false;
	const check = assertAccessibleAndFits(page, where).finally(() => (done = true));
	while (!done) await page.clock.runFor(20);
	await check;
}

async function progress(page: Page): Promise<{ done: number; total: number }> {
	const text = (await page.locator('.progress .count').innerText()).trim();
	const match = /^(\d+) of (\d+)$/.exec(text);
	assert.ok(match, `progress reads "N of M" (${text})`);
	return { done: Number(match[1]), total: Number(match[2]) };
}

async function waitForDone(page: Page, done: number) {
	await page.waitForFunction(
		(n) => document.querySelector('.progress .count')?.textContent?.startsWith(`${n} of`),
		done
	);
}

async function loadSet(page: Page): Promise<QuestionSet> {
	return (await (await page.request.get(`/sets/${SEED_SET_ID}.json`)).json()) as QuestionSet;
}

function questionOf(set: QuestionSet, cardId: string): Question {
	const question = set.questions.find((q) => `${set.id}:${q.id}` === cardId);
	assert.ok(question, `card ${cardId} is a question of the set`);
	return question;
}

/** The flashcard on screen: its front. */
async function cardFront(page: Page): Promise<string> {
	await page.locator('#card-front').waitFor();
	return (await page.locator('#card-front').innerText()).trim();
}

/** Flips the card on screen by touch and rates it; waits for the answer count to move on. */
async function rate(page: Page, rating: 'Again' | 'Easy') {
	const { done } = await progress(page);
	await page.getByRole('button', { name: /Show answer/ }).tap();
	await page.getByRole('button', { name: new RegExp(`^${rating}`) }).tap();
	await waitForDone(page, done + 1);
}

/** Answers the quiz question on screen, right or wrong, by touch, and moves on. */
async function answerQuiz(page: Page, set: QuestionSet, right: boolean) {
	await page.locator('.question').waitFor();
	const session = await latest(page, 'quiz');
	const question = questionOf(set, session.queue[session.answers.length] ?? '');
	if (question.type === 'mcq' || question.type === 'truefalse') {
		const options =
			question.type === 'mcq'
				? (question.options ?? [])
				: ['true', 'false'].map((v) => (v === 'true' ? 'True' : 'False'));
		const answer =
			question.type === 'mcq' ? question.answer : question.answer === 'true' ? 'True' : 'False';
		const pick = right ? answer : options.find((option) => option !== answer);
		await page.locator('.choices').getByRole('button', { name: pick, exact: true }).tap();
	} else {
		await page.getByLabel('Your answer').fill(right ? question.answer : 'zzz');
		await page.getByLabel('Your answer').press('Enter');
	}
	await page.locator('.feedback').waitFor();
	await page.getByRole('button', { name: /^Continue/ }).tap();
	await page.waitForFunction(() => !document.querySelector('.feedback'));
	return question;
}

/** Questions on one sentence side by side in the order a session asked them. */
function siblingsSideBySide(set: QuestionSet, cardIds: readonly string[]): string[] {
	const pairs: string[] = [];
	for (let i = 1; i < cardIds.length; i++) {
		const [a, b] = [questionOf(set, cardIds[i - 1]!), questionOf(set, cardIds[i]!)];
		if (a.sourceSentence === b.sourceSentence) pairs.push(`${a.prompt} / ${b.prompt}`);
	}
	return pairs;
}

describe('the study session on a phone', { timeout: 300_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('a flashcard rated Again comes back after its step, then the session waits for it', async () => {
		const { context, errors } = await phone(app);
		const page = await context.newPage();
		const start = new Date('2026-03-10T09:00:00').getTime();
		await page.clock.install({ time: start });
		await page.goto(`/study/flashcards#${SEED_SET_ID}`);
		const missed = await cardFront(page);
		// Time stands still from here; only the test moves it.
		await page.clock.pauseAt(start + 60_000);
		const { total } = await progress(page);
		await rate(page, 'Again');
		assert.deepEqual(await progress(page), { done: 1, total: total + 1 }, 'it will come back');

		for (let i = 0; i < 3; i++) {
			assert.notEqual(await cardFront(page), missed, 'not before its step');
			await rate(page, 'Easy');
		}
		// ts-fsrs's first learning step is one minute.
		await page.clock.fastForward('01:00');
		let cardsBefore = 0;
		while ((await cardFront(page)) !== missed) {
			assert.ok(cardsBefore < 3, 'it comes back within a card or two after its step');
			await rate(page, 'Easy');
			cardsBefore++;
		}
		await rate(page, 'Again');
		// Everything else rated Easy: then the session waits for the card's next step.
		for (;;) {
			await page.locator('#card-front, #wait-heading').first().waitFor();
			if ((await page.locator('#wait-heading').count()) > 0) break;
			assert.notEqual(await cardFront(page), missed);
			await rate(page, 'Easy');
		}
		assert.match(
			await page.getByRole('heading', { name: /^Next card in/ }).innerText(),
			/^Next card in [01]:\d\d$/
		);
		await assertAccessiblePaused(page, 'waiting for a learning step');
		await screenshots(page, 'study-learning-wait');

		// "Show it now" brings it forward; Again once more, and this time the clock runs out.
		await page.getByRole('button', { name: 'Show it now' }).tap();
		assert.equal(await cardFront(page), missed);
		await rate(page, 'Again');
		await page.getByRole('heading', { name: /^Next card in/ }).waitFor();
		await page.clock.fastForward('01:00');
		assert.equal(await cardFront(page), missed, 'the countdown ends with the card');
		await rate(page, 'Easy');

		await page.getByRole('heading', { name: 'Session complete' }).waitFor();
		const session = await latest(page, 'flashcard');
		assert.equal(session.answers.filter((a) => a.cardId === session.answers[0]!.cardId).length, 4);
		assert.equal(session.answers.length, total + 3, 'every card, and the missed one 3 more times');
		await assertAccessiblePaused(page, 'flashcard summary');
		await screenshots(page, 'study-flashcards-summary');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('three quiz runs never ask two questions on one sentence in a row, nor show the title', async () => {
		const { context, errors } = await phone(app);
		const page = await context.newPage();
		await page.goto(`/study/quiz#${SEED_SET_ID}`);
		const set = await loadSet(page);
		for (let run = 1; run <= 3; run++) {
			await page.locator('.question').waitFor();
			const { total } = await progress(page);
			for (let i = 0; i < total; i++) {
				if (i === 1) {
					assert.equal(await page.getByText(set.title).count(), 0, 'no title during questions');
					if (run === 1) {
						await assertAccessibleAndFits(page, 'quiz question');
						await screenshots(page, 'study-quiz-question');
					}
				}
				await answerQuiz(page, set, i % 3 !== 0);
			}
			await page.getByRole('heading', { name: 'Session complete' }).waitFor();
			await page.getByText(set.title).first().waitFor();
			const session = await latest(page, 'quiz');
			assert.equal(session.answers.length, total);
			const order = session.answers.map((a) => a.cardId);
			assert.deepEqual(siblingsSideBySide(set, order), [], `run ${run}: siblings apart`);
			if (run < 3) await page.getByRole('button', { name: 'Study more' }).tap();
		}
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('review names a card’s set only once it is answered', async () => {
		const { context, errors } = await phone(app);
		const page = await context.newPage();
		await page.goto('/review');
		await page.locator('.question, .flashcard').first().waitFor();
		const set = await loadSet(page);
		assert.equal(await page.getByText(set.title).count(), 0, 'not while the question is open');
		if ((await page.locator('.flashcard').count()) > 0) {
			await page.getByRole('button', { name: /Show answer/ }).tap();
		} else if ((await page.getByLabel('Your answer').count()) > 0) {
			await page.getByLabel('Your answer').fill('zzz');
			await page.getByLabel('Your answer').press('Enter');
		} else {
			await page.locator('.choices button').first().tap();
		}
		await page.getByText(set.title).waitFor();
		await assertAccessibleAndFits(page, 'review, answered');
		await screenshots(page, 'study-review-answered');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('the end of a quiz lists what was missed, and Retry missed asks just those', async () => {
		const { context, errors } = await phone(app);
		const page = await context.newPage();
		await page.goto(`/study/quiz#${SEED_SET_ID}`);
		const set = await loadSet(page);
		await page.locator('.question').waitFor();
		const { total } = await progress(page);
		const wrong: Question[] = [];
		for (let i = 0; i < total; i++) {
			const question = await answerQuiz(page, set, i % 4 !== 1);
			if (i % 4 === 1) wrong.push(question);
		}
		await page.getByRole('heading', { name: 'Session complete' }).waitFor();
		const list = page.getByRole('region', { name: `Missed (${wrong.length})` });
		await list.waitFor();
		const items = list.getByRole('listitem');
		assert.equal(await items.count(), wrong.length);
		for (const [index, question] of wrong.entries()) {
			const item = items.nth(index);
			assert.match(await item.innerText(), /✗ Wrong · Your answer: /);
			const shownAnswer = (await item.locator('strong').innerText()).trim();
			assert.ok(shownAnswer.length > 0, 'the right answer is shown');
			assert.equal(
				(await item.locator('blockquote').innerText()).trim(),
				question.explanation.trim(),
				'with its source sentence'
			);
		}
		await assertAccessibleAndFits(page, 'quiz end with missed questions');
		await screenshots(page, 'study-quiz-missed');

		await page.getByRole('button', { name: `Retry missed (${wrong.length})` }).tap();
		await page.locator('.question').waitFor();
		assert.deepEqual(await progress(page), { done: 0, total: wrong.length });
		const retry = await latest(page, 'quiz');
		assert.deepEqual(
			[...retry.queue].sort(),
			wrong.map((q) => `${set.id}:${q.id}`).sort(),
			'a quiz of just the missed questions'
		);
		for (let i = 0; i < wrong.length; i++) await answerQuiz(page, set, true);
		await page.getByRole('heading', { name: 'Nothing missed' }).waitFor();
		assert.equal(await page.getByRole('button', { name: /^Retry missed/ }).count(), 0);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('a test ends with each answer, the missed with their sentence, and Retry missed as a quiz', async () => {
		const { context, errors } = await phone(app);
		const page = await context.newPage();
		await page.goto(`/study/test#${SEED_SET_ID}`);
		await page.locator('.question').waitFor();
		const { total } = await progress(page);
		for (let i = 0; i < total; i++) {
			await page.locator('.question').waitFor();
			const typed = page.getByLabel('Your answer');
			if ((await typed.count()) > 0) {
				await typed.fill('zzz');
				await typed.press('Enter');
			} else {
				await page.locator('.choices button').first().tap();
			}
			if (i < total - 1) await waitForDone(page, i + 1);
		}
		await page.getByRole('heading', { name: /^Score: \d+ of \d+$/ }).waitFor();
		const test = await latest(page, 'test');
		const missed = test.answers.filter((a) => !a.correct).length;
		assert.ok(missed > 0, 'typed nonsense is missed');
		assert.equal(await page.locator('.results li blockquote').count(), missed);
		await assertAccessibleAndFits(page, 'test results');
		await screenshots(page, 'study-test-results');
		await page.getByRole('button', { name: `Retry missed (${missed})` }).tap();
		await page.waitForURL(`**/study/quiz#${SEED_SET_ID}`);
		await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
		await page.locator('.question').waitFor();
		assert.deepEqual(await progress(page), { done: 0, total: missed });
		assert.deepEqual(errors, []);
		await context.close();
	});
});
