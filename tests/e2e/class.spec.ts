// A class at 390x844: a teacher assigns, one student answers by keyboard (number keys, Enter),
// another by touch (taps), three more send result links, and the teacher reads the class report
// on a phone: the score distribution, the three hardest questions with their most common wrong
// answer, the answer key, plain names, and nothing cut off without a scroll hint.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	SCREENSHOT_DIR,
	SEED_SET_ID,
	smallTargets,
	startApp,
	type App,
	type Page
} from './harness.ts';
import { decodeAssignment, payloadFromLink, resultUrl } from '../../src/lib/share/index.ts';
import type {
	Assignment,
	AssignmentQuestion,
	QuestionSet,
	StudentResult
} from '../../src/lib/types.ts';

const WAIT = { timeout: 30_000 };
const TYPED_WRONG = '<b>Seoul</b>  (I think)';

const isChoice = (q: AssignmentQuestion) => q.type === 'mcq' || q.type === 'truefalse';

/** The choices as the quiz lists them (number key = position + 1). */
function choiceValues(q: AssignmentQuestion): string[] {
	return q.type === 'truefalse' ? ['true', 'false'] : (q.options ?? []);
}

/** A wrong answer a student could give: the other choice, or a typed guess. */
function wrongAnswer(q: AssignmentQuestion, typed: string): string {
	if (q.type === 'truefalse') return q.answer === 'true' ? 'false' : 'true';
	if (q.type === 'mcq') return choiceValues(q).find((o) => o !== q.answer)!;
	return typed;
}

/** The words before the prompt's first blank: enough to know which question is showing. */
function promptStart(q: AssignmentQuestion): string {
	return q.prompt.split(/_{3,}/)[0]!.trim().slice(0, 40);
}

async function waitForQuestion(page: Page, q: AssignmentQuestion) {
	await page
		.locator('#question-prompt')
		.filter({ hasText: promptStart(q) })
		.waitFor(WAIT);
}

/** Answers one question with keys only: a number key picks, typing and Enter submits. */
async function answerByKeyboard(page: Page, q: AssignmentQuestion, given: string) {
	await waitForQuestion(page, q);
	if (isChoice(q)) {
		await page.keyboard.press(String(choiceValues(q).indexOf(given) + 1));
	} else {
		// The answer field takes focus by itself once the card is painted.
		await page.waitForFunction(() => document.activeElement?.id === 'typed-answer', null, WAIT);
		await page.keyboard.type(given);
		await page.keyboard.press('Enter');
	}
	await page.getByRole('button', { name: /Continue/ }).waitFor(WAIT);
	await page.keyboard.press('Enter');
}

/** Answers one question with taps only. */
async function answerByTouch(page: Page, q: AssignmentQuestion, given: string) {
	await waitForQuestion(page, q);
	if (isChoice(q)) {
		const label = q.type === 'truefalse' ? (given === 'true' ? 'True' : 'False') : given;
		await page.getByRole('button', { name: label, exact: true }).tap();
	} else {
		await page.getByLabel('Your answer').tap();
		await page.getByLabel('Your answer').fill(given);
		await page.getByRole('button', { name: 'Check' }).tap();
	}
	await page.getByRole('button', { name: /Continue/ }).tap();
}

/** While taking an assignment, none of the app's menus is on screen; the bar names it. */
async function assertFocusedScreen(page: Page, title: string | undefined) {
	assert.equal(await page.getByRole('navigation').count(), 0, 'no app navigation');
	assert.equal(await page.getByRole('link', { name: 'Teach' }).count(), 0, 'no Teach menu');
	assert.equal(await page.getByRole('link', { name: /Settings/ }).count(), 0, 'no Settings');
	const header = page.locator('header.assignment-header');
	const bar = await header.innerText();
	if (title) assert.ok(bar.includes(title), `the bar names the assignment (${bar})`);
	await header.getByRole('link', { name: 'Leave' }).waitFor();
}

/** Every box that hides overflowing content either scrolls with a visible hint or is a bug. */
async function assertNothingCutOff(page: Page, where: string) {
	const problems = await page.evaluate(() => {
		const found: string[] = [];
		for (const element of document.querySelectorAll<HTMLElement>('main *')) {
			if (element.closest('.visually-hidden, svg, details:not([open])')) continue;
			if (element.scrollWidth <= element.clientWidth + 1) continue;
			const overflow = getComputedStyle(element).overflowX;
			const name = `${element.tagName.toLowerCase()}.${element.className}`;
			if (overflow === 'hidden' || overflow === 'clip') found.push(`${name} cuts content off`);
			if (overflow === 'auto' || overflow === 'scroll') {
				const hintId = element.getAttribute('aria-describedby');
				const hint = hintId ? document.getElementById(hintId) : null;
				if (!hint || hint.offsetParent === null) found.push(`${name} scrolls with no hint`);
			}
		}
		return found;
	});
	assert.deepEqual(problems, [], `nothing cut off without a hint (${where})`);
}

async function resultLinkOf(page: Page): Promise<string> {
	await page.getByRole('heading', { level: 1, name: /your result/ }).waitFor(WAIT);
	return page.getByLabel('Your result link').inputValue();
}

describe(
	'a class takes an assignment; the teacher reads the report on a phone',
	{ timeout: 300_000 },
	() => {
		let app: App;
		before(async () => {
			app = await startApp();
		});
		after(async () => {
			await app?.close();
		});

		test('keyboard, touch and a report with the distribution, hardest questions and key', async () => {
			// The teacher: 8 questions of the seed set, in order, right and wrong after each.
			const t = await newContext(app);
			const teacher = await t.context.newPage();
			await teacher.goto(`/teach#${SEED_SET_ID}`);
			await teacher.getByLabel('Number of questions').fill('8');
			await teacher.getByLabel('Shuffle the questions for each student').uncheck();
			await teacher.getByLabel('After each question').check();
			await teacher.getByRole('button', { name: 'Make the assignment link' }).click();
			const link = await teacher.getByLabel('Assignment link').inputValue();
			// Questions of a built-in set travel as a reference to it: decoding needs the set.
			const set = await teacher.evaluate(
				async (id) => (await fetch(`/sets/${id}.json`)).json() as Promise<QuestionSet>,
				SEED_SET_ID
			);
			const decoded = decodeAssignment(payloadFromLink(link), [set]);
			assert.ok(decoded.ok, 'the Teach page made a valid link');
			const assignment: Assignment = decoded.value;
			const questions = assignment.questions;

			// Three questions the class finds hard: a true/false, a typed and a multiple-choice one.
			const hard = [
				questions.findIndex((q) => q.type === 'truefalse'),
				questions.findIndex((q) => !isChoice(q)),
				questions.findIndex((q) => q.type === 'mcq')
			];
			assert.ok(
				hard.every((i) => i >= 0),
				`the assignment mixes question types (${questions.map((q) => q.type).join(', ')})`
			);
			const [tfIndex, typedIndex, mcqIndex] = hard as [number, number, number];
			const answersFor = (wrongAt: number[], typed: string) =>
				questions.map((q, i) => (wrongAt.includes(i) ? wrongAnswer(q, typed) : q.answer));

			// Student 1, by keyboard: misses the true/false question.
			const k = await newContext(app, PHONE);
			const kim = await k.context.newPage();
			await kim.goto(link);
			await kim.getByRole('heading', { level: 1, name: assignment.title }).waitFor(WAIT);
			await assertFocusedScreen(kim, undefined);
			await kim.getByLabel('Your name').fill('Kim');
			await kim.keyboard.press('Enter');
			const kimAnswers = answersFor([tfIndex], 'zzz');
			for (const [i, q] of questions.entries()) {
				if (i === 1) {
					await waitForQuestion(kim, q);
					await assertFocusedScreen(kim, assignment.title);
					await assertAccessibleAndFits(kim, 'assignment question (keyboard)');
					await assertNothingCutOff(kim, 'assignment question');
					await screenshot(kim, 'class-assignment-question-phone');
					await kim.setViewportSize(DESKTOP);
					await assertAccessibleAndFits(kim, 'assignment question, desktop');
					await screenshot(kim, 'class-assignment-question-desktop');
					await kim.setViewportSize(PHONE);
				}
				if (i === tfIndex) {
					await waitForQuestion(kim, q);
					await kim.keyboard.press(String(choiceValues(q).indexOf(kimAnswers[i]!) + 1));
					await kim.getByText(/Not quite/).waitFor(WAIT);
					await assertAccessibleAndFits(kim, 'assignment feedback');
					await screenshot(kim, 'class-assignment-feedback-phone');
					await kim.keyboard.press('Enter');
					continue;
				}
				await answerByKeyboard(kim, q, kimAnswers[i]!);
			}
			const kimLink = await resultLinkOf(kim);
			await kim.getByText(`${questions.length - 1} of ${questions.length} right`).waitFor(WAIT);
			await assertAccessibleAndFits(kim, 'assignment result');

			// Student 2, by touch: misses the true/false and the typed question.
			const touch = await app.browser.newContext({
				viewport: PHONE,
				baseURL: app.url,
				hasTouch: true,
				isMobile: true
			});
			const tao = await touch.newPage();
			await tao.goto(link);
			await tao.getByRole('heading', { level: 1, name: assignment.title }).waitFor(WAIT);
			await tao.getByLabel('Your name').tap();
			await tao.getByLabel('Your name').fill('Tao');
			await tao.getByRole('button', { name: 'Start' }).tap();
			const taoAnswers = answersFor([tfIndex, typedIndex], 'no idea');
			for (const [i, q] of questions.entries()) {
				if (i === 0) {
					await waitForQuestion(tao, q);
					await assertFocusedScreen(tao, assignment.title);
					await assertAccessibleAndFits(tao, 'assignment question (touch)');
					assert.deepEqual(await smallTargets(tao), [], 'controls under 44x44 px (question)');
					await screenshot(tao, 'class-assignment-touch-phone');
				}
				await answerByTouch(tao, q, taoAnswers[i]!);
			}
			const taoLink = await resultLinkOf(tao);

			// Three more students send their links; all three miss the three hard questions.
			const others = ['Ana', 'Ben', 'Cy'].map((student, n): StudentResult => {
				const given = answersFor(hard, TYPED_WRONG);
				return {
					assignmentId: assignment.id,
					student,
					answers: given.map((answer, i) => ({ answer, correct: !hard.includes(i) })),
					timeMs: 90_000 + n * 10_000,
					finishedAt: Date.now() + n
				};
			});
			const links = [kimLink, taoLink, ...others.map((r) => resultUrl(app.url, r))];

			// The teacher reads the report on a phone.
			await teacher.goto(`/teach/gradebook#${assignment.id}`);
			await teacher.getByLabel('Result links (one or many)').fill(links.join('\n'));
			await teacher.getByRole('button', { name: 'Add results' }).click();
			await teacher.getByText('Added 5 results').waitFor(WAIT);

			// The distribution: one bar per possible score, its words and its table.
			const chart = teacher.locator('figure').filter({ hasText: 'How the scores of 5 students' });
			await chart.waitFor(WAIT);
			assert.equal(await chart.locator('svg rect').count(), questions.length + 1);
			const n = questions.length;
			assert.match(
				await chart.innerText(),
				new RegExp(`most common score is ${n - 3} right \\(3 students\\)`)
			);
			await chart.getByText('Students per score, as a table').click();
			await chart.getByRole('cell', { name: `${n - 1} right` }).waitFor();

			// The three hardest, hardest first, each with its key and most common wrong answer.
			const hardest = teacher.getByRole('region', { name: 'Hardest questions' }).locator('li');
			assert.equal(await hardest.count(), 3);
			const tfCard = hardest.nth(0);
			assert.match(await tfCard.innerText(), new RegExp(`Question ${tfIndex + 1}:`));
			assert.match(await tfCard.innerText(), /0 % correct/);
			const tfKey = questions[tfIndex]!.answer === 'true' ? 'True' : 'False';
			const tfWrong = tfKey === 'True' ? 'False' : 'True';
			assert.match(await tfCard.innerText(), new RegExp(`Answer key: ${tfKey}`));
			assert.match(
				await tfCard.innerText(),
				new RegExp(`Most common wrong answer: .?${tfWrong}.? \\(5 students\\)`)
			);
			const typedCard = hardest.nth(1);
			assert.match(await typedCard.innerText(), new RegExp(`Question ${typedIndex + 1}:`));
			assert.match(await typedCard.innerText(), /20 % correct/);
			// Typed answers are shown verbatim, as text: the markup is not a <b> element.
			assert.ok((await typedCard.innerText()).includes('<b>Seoul</b>  (I think)'));
			assert.equal(await typedCard.locator('b').count(), 0);
			const mcqCard = hardest.nth(2);
			assert.match(await mcqCard.innerText(), new RegExp(`Question ${mcqIndex + 1}:`));
			assert.match(await mcqCard.innerText(), /40 % correct/);
			assert.match(
				await mcqCard.innerText(),
				new RegExp(
					`Answer key: ${questions[mcqIndex]!.answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`
				)
			);

			// Every question lists its answer key; the wording is plain.
			const every = teacher
				.getByRole('region', { name: 'Every question, with the answer key' })
				.locator('ol > li');
			assert.equal(await every.count(), n);
			for (let i = 0; i < n; i++) assert.match(await every.nth(i).innerText(), /Answer key: \S/);
			assert.match(await every.nth(tfIndex).innerText(), /0 % correct \(0\/5\)/);
			assert.doesNotMatch(await every.nth(tfIndex).innerText(), /Facility/);

			// The technical terms are one press away, by keyboard as by touch.
			const facility = teacher.getByRole('button', { name: 'What “% correct” means' });
			await facility.focus();
			await teacher.keyboard.press('Enter');
			assert.equal(await facility.getAttribute('aria-expanded'), 'true');
			await teacher.getByText(/called facility/).waitFor();
			await teacher.getByRole('button', { name: /What “Separates stronger/ }).click();
			await teacher.getByText(/called discrimination/).waitFor();

			await assertAccessibleAndFits(teacher, 'class report, phone');
			await assertNothingCutOff(teacher, 'class report, phone');
			assert.deepEqual(await smallTargets(teacher), [], 'controls under 44x44 px (report)');
			// The scores table: every column is in view, or the hint says to scroll.
			const table = teacher.getByRole('region', { name: 'Scores table' });
			const columns = await table.evaluate((region) => ({
				overflows: region.scrollWidth > region.clientWidth + 1,
				hint: region.hasAttribute('aria-describedby')
			}));
			assert.equal(columns.hint, columns.overflows, 'a hint exactly when columns are hidden');
			await screenshot(teacher, 'class-report-phone');
			// Narrower still, the columns no longer fit: the hint says so until the table is scrolled.
			await teacher.setViewportSize({ width: 320, height: 700 });
			const hint = teacher.getByText('Swipe or scroll sideways to see every column');
			await hint.waitFor(WAIT);
			await assertNothingCutOff(teacher, 'class report, 320 px');
			// The hint above the table, below the sticky app bar.
			await hint.evaluate((e) => {
				e.scrollIntoView();
				window.scrollBy(0, -80);
			});
			await teacher.screenshot({ path: `${SCREENSHOT_DIR}/class-report-students-320.png` });
			await table.evaluate((e) => e.scrollBy({ left: e.scrollWidth }));
			await hint.waitFor({ state: 'detached', ...WAIT });
			await teacher.setViewportSize(PHONE);
			// The full page is long: each part as the phone shows it, too.
			for (const [name, part] of [
				['How the class scored', 'chart'],
				['Hardest questions', 'hardest'],
				['Students', 'students'],
				['Every question, with the answer key', 'questions']
			]) {
				await teacher
					.getByRole('region', { name, exact: true })
					.evaluate((e) => e.scrollIntoView());
				await teacher.screenshot({ path: `${SCREENSHOT_DIR}/class-report-${part}-phone.png` });
			}

			await teacher.setViewportSize(DESKTOP);
			await assertAccessibleAndFits(teacher, 'class report, desktop');
			await screenshot(teacher, 'class-report-desktop');
			await teacher.emulateMedia({ colorScheme: 'dark' });
			await assertAccessibleAndFits(teacher, 'class report, desktop, dark');
			await screenshot(teacher, 'class-report-desktop-dark');

			for (const [name, errors] of [
				['teacher', t.errors],
				['keyboard student', k.errors]
			] as const) {
				assert.deepEqual(
					errors.filter((e) => !/Failed to load resource/.test(e)),
					[],
					`no errors (${name})`
				);
			}
			await touch.close();
			await k.context.close();
			await t.context.close();
		});
	}
);
