// Touch first: on a phone (390x844, touch) a tap flips the flashcard, no key hints show, and no
// control on any screen is smaller than 44x44 px.
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
	tapFlashcard,
	type App,
	type Page
} from './harness.ts';
import { encodeAssignment } from '../../src/lib/share/index.ts';
import type { Assignment } from '../../src/lib/types.ts';

const ASSIGNMENT: Assignment = {
	id: 'touch001',
	title: 'Troops',
	passMark: 50,
	shuffle: false,
	feedback: 'during',
	createdAt: 0,
	questions: [
		{
			id: 'q1',
			type: 'mcq',
			prompt: 'How many more troops were sent?',
			answer: '3,000',
			options: ['1,000', '3,000', '5,000', '10,000']
		},
		{ id: 'q2', type: 'truefalse', prompt: 'The troops went to Russia.', answer: 'true' }
	]
};

/** Whether any key hint (the Space and Enter hints, the 1-4 badges) is drawn. */
function keyHintsShown(page: Page): Promise<boolean> {
	return page.evaluate(() =>
		[...document.querySelectorAll('.key-hint')].some((e) => e.getClientRects().length > 0)
	);
}

/** A flashcard's front is on screen, waiting for a flip. */
async function flashcardFront(page: Page) {
	await page.locator('.flashcard .flip').waitFor();
}

describe('touch first', { timeout: 300_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('a tap on the card flips it; key hints show only with a keyboard and a fine pointer', async () => {
		const { context, errors } = await newContext(app, PHONE, { touch: true });
		const page = await context.newPage();
		await page.goto(`/study/flashcards#${SEED_SET_ID}`);
		await flashcardFront(page);
		assert.equal(
			await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches),
			false,
			'the phone has no fine, hovering pointer'
		);
		assert.equal(await keyHintsShown(page), false, 'no Space hint on a touch screen');
		await tapFlashcard(page);
		const ratings = page.getByRole('group', { name: /How well did you remember/ });
		await ratings.waitFor();
		assert.equal(await page.locator('.flashcard .flip').count(), 0, 'the back shows');
		assert.equal(await keyHintsShown(page), false, 'no 1-4 badges on a touch screen');
		await screenshot(page, 'touch-flashcard-back-phone');
		await ratings.getByRole('button', { name: /^Good/ }).tap();
		await page.waitForFunction(() =>
			document.querySelector('.progress .count')?.textContent?.startsWith('1 of')
		);
		// A tap on the card's bottom corner, away from the button's text, flips too.
		await flashcardFront(page);
		const card = await page.locator('.flashcard').boundingBox();
		assert.ok(card);
		await page.touchscreen.tap(card.x + card.width - 4, card.y + 4);
		await ratings.waitFor();

		await page.goto(`/study/quiz#${SEED_SET_ID}`);
		await page.locator('.question').waitFor();
		assert.equal(await keyHintsShown(page), false, 'no option numbers on a touch screen');
		assert.deepEqual(errors, []);
		await context.close();

		const desk = await newContext(app, DESKTOP);
		const deskPage = await desk.context.newPage();
		await deskPage.goto(`/study/flashcards#${SEED_SET_ID}`);
		await flashcardFront(deskPage);
		assert.equal(await keyHintsShown(deskPage), true, 'the Space hint shows with a mouse');
		const prompt = await deskPage.locator('.flashcard h2').boundingBox();
		assert.ok(prompt);
		await deskPage.mouse.click(prompt.x + 10, prompt.y + prompt.height / 2);
		await deskPage.getByRole('group', { name: /How well did you remember/ }).waitFor();
		assert.equal(await deskPage.locator('.rate-1 kbd').isVisible(), true, '1-4 badges show');
		await screenshot(deskPage, 'touch-flashcard-back-desktop');
		assert.deepEqual(desk.errors, []);
		await desk.context.close();
	});

	test('every control on every screen is at least 44x44 px on a phone; axe clean', async () => {
		const { context, errors } = await newContext(app, PHONE, { touch: true });
		const page = await context.newPage();
		const offenders: string[] = [];
		async function check(name: string) {
			await page.evaluate(() => window.scrollTo(0, 0));
			for (const small of await smallTargets(page)) offenders.push(`${name}: ${small}`);
			await assertAccessibleAndFits(page, name);
			await screenshot(page, `touch-${name}-phone`);
		}
		const screens: [string, string, () => Promise<unknown>][] = [
			['home', '/', () => page.getByTestId('due-now').waitFor()],
			['set', `/sets/${SEED_SET_ID}`, () => page.locator('.question').first().waitFor()],
			['flashcards', `/study/flashcards#${SEED_SET_ID}`, () => flashcardFront(page)],
			['quiz', `/study/quiz#${SEED_SET_ID}`, () => page.locator('.question').waitFor()],
			['test', `/study/test#${SEED_SET_ID}`, () => page.locator('.question').waitFor()],
			['review', '/review', () => page.getByTestId('due-now').waitFor()],
			['progress', '/progress', () => page.getByTestId('due-now').waitFor()],
			[
				'settings',
				'/settings',
				() => page.waitForFunction(() => !document.querySelector('fieldset[disabled]'))
			],
			['create', '/create', () => page.getByRole('heading', { level: 1 }).waitFor()],
			['stories', '/stories', () => page.getByRole('heading', { level: 1 }).waitFor()],
			['teach', '/teach', () => page.getByRole('heading', { level: 1 }).waitFor()],
			['gradebook', '/teach/gradebook', () => page.getByRole('heading', { level: 1 }).waitFor()],
			[
				'assignment',
				`/a#${encodeAssignment(ASSIGNMENT)}`,
				() => page.getByLabel('Your name').waitFor()
			]
		];
		for (const [name, path, ready] of screens) {
			await page.goto(path);
			await ready();
			await check(name);
		}
		// The states behind a tap: a flashcard's back, a quiz answer's feedback, a test's end.
		await page.goto(`/study/flashcards#${SEED_SET_ID}`);
		await flashcardFront(page);
		await tapFlashcard(page);
		await page.getByRole('group', { name: /How well did you remember/ }).waitFor();
		await check('flashcard-back');
		await page.goto(`/study/quiz#${SEED_SET_ID}`);
		await page.locator('.question').waitFor();
		await answerByTap(page);
		await page.locator('.feedback').waitFor();
		await check('quiz-feedback');

		// Each offender once per screen and size ("set: summary "Answer" 324x32 (x12)").
		const counted = new Map<string, number>();
		for (const offender of offenders) counted.set(offender, (counted.get(offender) ?? 0) + 1);
		const named = [...counted].map(([offender, n]) => (n > 1 ? `${offender} (x${n})` : offender));
		assert.deepEqual(named, [], 'controls under 44x44 px');
		assert.deepEqual(errors, []);
		await context.close();
	});
});

/** Answers the quiz question on screen by touch: the first option, or a typed guess. */
async function answerByTap(page: Page) {
	const typed = page.locator('#typed-answer');
	if ((await typed.count()) > 0) {
		await typed.fill('3,000');
		await page.getByRole('button', { name: /^Check/ }).tap();
	} else {
		await page.locator('.choices button').first().tap();
	}
}
