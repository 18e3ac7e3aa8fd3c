// Create -> assign -> take -> gradebook, across two browser profiles: a teacher who makes a set
// from a pasted article and assigns it, and a student who takes it offline and sends the result.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
	axeViolations,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	SCREENSHOT_DIR,
	startApp,
	waitForServiceWorker,
	type App,
	type BrowserContext,
	type Page
} from './harness.ts';
import {
	decodeAssignment,
	encodeAssignment,
	payloadFromLink,
	resultUrl
} from '../../src/lib/share/index.ts';
import type { Assignment, AssignmentQuestion } from '../../src/lib/types.ts';

// Markup that would run if anything were rendered as HTML: it must show as text.
const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=1;alert(2)</script>';
const ARTICLE_TITLE = `Troops ${IMG} report`;
const STUDENT = `Ada ${SCRIPT}`;
const seedBody = readFileSync(
	new URL('../../content/articles/north-korea-troops-russia.md', import.meta.url),
	'utf8'
).replace(/^---[\s\S]*?---\s*/, '');
const ARTICLE = `${seedBody}\n\nThe museum ${IMG} in Pyongyang opened in 1990. ${SCRIPT}`;
const EDITED_PROMPT = `Edited by the teacher ${IMG}: _____ troops were sent.`;

/** Fails the test on any dialog (an alert means a payload ran) and records it. */
function guard(page: Page, dialogs: string[]) {
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
}

async function assertNoScriptRan(page: Page, dialogs: string[], where: string) {
	assert.deepEqual(dialogs, [], `no dialog opened (${where})`);
	const state = await page.evaluate(() => ({
		xss: (window as unknown as { __xss?: number }).__xss,
		imgs: document.querySelectorAll('img[src="x"]').length,
		scripts: [...document.querySelectorAll('script')].filter((s) =>
			s.textContent?.includes('__xss')
		).length
	}));
	assert.deepEqual(
		state,
		{ xss: undefined, imgs: 0, scripts: 0 },
		`no markup became HTML (${where})`
	);
}

async function assertAxe(page: Page, where: string) {
	assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		width: window.innerWidth
	}));
	assert.ok(scroll <= width, `${where} has no horizontal scroll (${scroll} > ${width})`);
}

/** Counts records in one of Factdeck's IndexedDB stores, from inside the page. */
function countStore(page: Page, store: string, mode?: string): Promise<number> {
	return page.evaluate(
		({ store, mode }) =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('factdeck');
				// No database yet: do not create one (the app would then find a version 1 without stores).
				let missing = false;
				request.onupgradeneeded = () => {
					missing = true;
					request.transaction?.abort();
				};
				request.onerror = () => (missing ? resolve(0) : reject(request.error));
				request.onsuccess = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains(store)) {
						db.close();
						resolve(0);
						return;
					}
					const all = db.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => {
						const rows = all.result as { mode?: string }[];
						resolve(mode ? rows.filter((r) => r.mode === mode).length : rows.length);
						db.close();
					};
				};
			}),
		{ store, mode }
	);
}

async function answer(page: Page, question: AssignmentQuestion, right: boolean) {
	// The study quiz's card: the prompt up to its first blank tells which question shows.
	const start = question.prompt.split(/_{3,}/)[0]!.trim();
	await page.locator('#question-prompt').filter({ hasText: start }).waitFor();
	if (question.type === 'truefalse' || question.type === 'mcq') {
		const choices = question.type === 'truefalse' ? ['true', 'false'] : (question.options ?? []);
		const choice = right ? question.answer : choices.find((o) => o !== question.answer)!;
		const label = question.type === 'truefalse' ? (choice === 'true' ? 'True' : 'False') : choice;
		await page.getByRole('button', { name: label, exact: true }).click();
		return;
	}
	await page.getByLabel('Your answer').fill(right ? question.answer : 'zzz');
	await page.getByRole('button', { name: 'Check' }).click();
}

describe('create, assign, take, grade', { timeout: 150_000 }, () => {
	let app: App;
	const dialogs: string[] = [];

	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('the full flow, with payloads shown as text and no script running', async () => {
		const t = await newContext(app);
		const teacher: BrowserContext = t.context;
		const page = await teacher.newPage();
		guard(page, dialogs);

		// Bad input first: an empty paste says so and saves nothing.
		await page.goto('/create');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByText('the text is empty').waitFor();
		assert.equal(await countStore(page, 'customSets'), 0, 'nothing saved');
		await assertAxe(page, '/create with errors');

		await page.getByLabel('Article text').fill(ARTICLE);
		await page.getByLabel('Title').fill(ARTICLE_TITLE);
		await page.getByLabel('Source').fill(`Wire ${SCRIPT}`);
		await page.getByLabel('Published on').fill('2024-03-01');
		await assertAxe(page, '/create');
		await screenshot(page, 'create-phone');
		await page.getByRole('button', { name: 'Generate questions' }).click();

		// Curation: every question with its source sentence; edit one, delete one.
		await page.getByRole('heading', { name: /Check the questions \(\d+\)/ }).waitFor();
		const heading = page.getByRole('heading', { name: /Check the questions/ });
		const before = Number((await heading.innerText()).match(/\((\d+)\)/)?.[1]);
		assert.ok(before >= 6, `the seed article makes questions (${before})`);
		assert.match(await page.locator('.curated').innerText(), /Source sentence:/);
		await assertAxe(page, 'curation');
		await screenshot(page, 'curate-phone');
		await page.screenshot({ path: `${SCREENSHOT_DIR}/curate-top-phone.png` });

		await page.getByRole('button', { name: 'Edit question 1', exact: true }).click();
		await page.getByLabel(/^(Prompt|Front)$/).fill(EDITED_PROMPT);
		await assertAxe(page, 'question editor');
		// The whole list is very tall; this is the editor as a phone shows it.
		await page.screenshot({ path: `${SCREENSHOT_DIR}/curate-editor-phone.png` });
		await page.getByRole('button', { name: 'Done editing question 1', exact: true }).click();
		await page.getByRole('button', { name: 'Delete question 2', exact: true }).click();
		await page.getByRole('heading', { name: `Check the questions (${before - 1})` }).waitFor();
		await page.getByRole('button', { name: 'Move question 1 down', exact: true }).click();
		assert.match(await page.locator('.curated > li').nth(1).innerText(), /Edited by the teacher/);
		assert.doesNotMatch(await page.locator('.curated > li').nth(0).innerText(), /Edited by/);
		// A question of the teacher's own, at the end: it must be complete before saving.
		await page.getByLabel('Add your own question').selectOption({ label: 'true/false' });
		await page.getByRole('button', { name: 'Add question' }).click();
		await page.getByRole('heading', { name: `Check the questions (${before})` }).waitFor();
		await page.getByRole('button', { name: 'Save set' }).click();
		await page.getByText('Fix one question before saving.').waitFor();
		await page.getByLabel('Prompt', { exact: true }).fill(`Pyongyang is in Asia. ${SCRIPT}`);
		await page
			.getByRole('button', { name: `Done editing question ${before}`, exact: true })
			.click();
		await assertNoScriptRan(page, dialogs, 'curation');

		await page.getByRole('button', { name: 'Save set' }).click();
		await page.getByRole('heading', { level: 1, name: ARTICLE_TITLE }).waitFor();
		assert.match(page.url(), /\/sets\/troops-img-src-x-onerror/);
		await page.getByText(EDITED_PROMPT).waitFor();
		assert.equal(await countStore(page, 'customSets'), 1);
		await page.getByText(`Pyongyang is in Asia. ${SCRIPT}`).waitFor();
		await assertNoScriptRan(page, dialogs, 'set page');

		// The new set is in the library.
		await page.getByRole('link', { name: 'Library' }).click();
		await page.getByRole('link', { name: ARTICLE_TITLE }).waitFor();
		await page.getByRole('link', { name: ARTICLE_TITLE }).click();

		// Assign 5 questions, in order, results at the end.
		await page.getByRole('link', { name: 'Assign to a class' }).click();
		await page.getByLabel('Number of questions').waitFor();
		assert.match(page.url(), /\/teach#troops-img/);
		await page.getByLabel('Number of questions').fill('5');
		await page.getByText('See the chosen questions').click();
		const chosen = page.locator('.chosen > li');
		const firstChosen = await chosen.first().innerText();
		await page.getByRole('button', { name: 'Leave out question 1', exact: true }).click();
		assert.equal(await chosen.count(), 5, 'the next best takes its place');
		assert.notEqual(await chosen.first().innerText(), firstChosen);
		await page.getByLabel('Shuffle the questions for each student').uncheck();
		await page.getByLabel('Assignment title').fill(`Quiz ${IMG}`);
		await page.getByLabel('Pass mark (%)').fill('50');
		await page.getByRole('button', { name: 'Make the assignment link' }).click();
		const linkInput = page.getByLabel('Assignment link');
		await linkInput.waitFor();
		const link = await linkInput.inputValue();
		assert.match(link, /\/a#A1\./);
		const qr = page.getByRole('img', { name: 'QR code of the assignment link' });
		assert.match((await qr.getAttribute('src')) ?? '', /^data:image\/svg\+xml,/);
		await assertAxe(page, '/teach');
		await screenshot(page, 'teach-phone');
		await assertNoScriptRan(page, dialogs, '/teach');

		const decoded = decodeAssignment(payloadFromLink(link));
		assert.ok(decoded.ok);
		const assignment: Assignment = decoded.value;
		assert.equal(assignment.questions.length, 5);
		assert.equal(assignment.title, `Quiz ${IMG}`);

		// The student: the app loaded once, then offline.
		const s = await newContext(app);
		const student: BrowserContext = s.context;
		const studentPage = await student.newPage();
		guard(studentPage, dialogs);
		await studentPage.goto('/');
		await waitForServiceWorker(studentPage);
		await student.setOffline(true);
		await studentPage.goto(link);
		await studentPage.getByRole('heading', { level: 1, name: `Quiz ${IMG}` }).waitFor();
		await assertAxe(studentPage, 'assignment intro');
		await screenshot(studentPage, 'assignment-phone');
		await studentPage.getByRole('button', { name: 'Start' }).click();
		await studentPage.getByText(/Enter your name/).waitFor();
		await studentPage.getByLabel('Your name').fill(STUDENT);
		await studentPage.getByRole('button', { name: 'Start' }).click();
		// Three right, two wrong: 60 %.
		for (const [index, question] of assignment.questions.entries()) {
			await answer(studentPage, question, index < 3);
			if (index === 1) {
				await assertAxe(studentPage, 'assignment question');
				await screenshot(studentPage, 'assignment-question-phone');
			}
		}
		await studentPage.getByText('3 of 5 right (60 %)').waitFor();
		const resultLink = await studentPage.getByLabel('Your result link').inputValue();
		assert.match(resultLink, /\/teach\/result#R1\./);
		await assertAxe(studentPage, 'assignment result');
		await screenshot(studentPage, 'assignment-result-phone');
		await assertNoScriptRan(studentPage, dialogs, 'assignment');
		assert.equal(await countStore(studentPage, 'reviews', 'assignment'), 5, 'answers feed SRS');
		assert.deepEqual(
			s.errors.filter((e) => !/Failed to load resource/.test(e)),
			[]
		);

		// The teacher pastes the result (with chatter around it) into the gradebook.
		await page.getByRole('link', { name: 'Open the gradebook' }).click();
		await page.getByRole('heading', { level: 2, name: 'Add results' }).waitFor();
		await page.getByLabel('Result links (one or many)').fill(`from Ada: ${resultLink} thanks`);
		await page.getByRole('button', { name: 'Add results' }).click();
		await page.getByText('Added 1 result').waitFor();
		const row = page.getByRole('row', { name: new RegExp(`Ada`) });
		assert.match(await row.innerText(), /60 %\s+3\/5/);
		assert.match(await row.innerText(), /Yes/);
		assert.ok((await page.getByRole('rowheader').innerText()).includes('<script>'));
		await assertAxe(page, 'gradebook');
		await screenshot(page, 'gradebook-phone');
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.setViewportSize(DESKTOP);
		await assertAxe(page, 'gradebook, dark, desktop');
		await screenshot(page, 'gradebook-desktop-dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await page.setViewportSize(PHONE);

		// A reload keeps it; opening the result link directly files it once.
		await page.goto(resultLink);
		await page.getByText(/Already in the gradebook/).waitFor();
		await page.getByRole('link', { name: 'Open the gradebook' }).click();
		await page.getByRole('row', { name: /Ada/ }).waitFor();
		assert.equal(await page.getByRole('row').count(), 2, 'one student, once');

		// A result for an assignment this device does not know is refused.
		const stranger = resultUrl(app.url, {
			assignmentId: 'unknownid',
			student: 'Bo',
			answers: [{ answer: 'x', correct: true }],
			timeMs: 1000,
			finishedAt: Date.now()
		});
		await page.getByLabel('Result links (one or many)').fill(stranger);
		await page.getByRole('button', { name: 'Add results' }).click();
		await page.getByText(/does not know/).waitFor();
		await page.goto(stranger);
		await page.getByText(/does not know/).waitFor();
		assert.equal(await countStore(page, 'results'), 1, 'nothing else stored');
		await assertNoScriptRan(page, dialogs, 'gradebook');

		// The gradebook works offline too, from IndexedDB.
		await page.goBack();
		await page.getByRole('row', { name: /Ada/ }).waitFor();
		await waitForServiceWorker(page);
		await teacher.setOffline(true);
		await page.reload();
		await page.getByRole('row', { name: /Ada/ }).waitFor();
		await teacher.setOffline(false);

		// Deleting an assignment takes two presses and removes its results.
		await page.goto('/teach');
		await page.getByRole('button', { name: /^Delete\W+Quiz/ }).click();
		await page.getByRole('button', { name: /^Delete it and its results/ }).click();
		await page.getByText('Assignments you make on this device are listed here.').waitFor();
		assert.equal(await countStore(page, 'results'), 0);
		assert.deepEqual(
			t.errors.filter((e) => !/Failed to load resource/.test(e)),
			[]
		);
		await student.close();
		await teacher.close();
	});

	test('opens HTML as text, refuses binary, huge and all-markup input, generates offline, imports GIFT with line-numbered errors, exports every format, prints a worksheet', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		guard(page, dialogs);
		await page.goto('/create');
		// An HTML file is reduced to its text; its script and image never run or load.
		const html = `<html><head><title>Rivers ${IMG}</title><script>window.__xss=1</script></head><body><nav>Menu</nav><h1>Rivers</h1><p>The Danube flows through <b>Vienna</b> and Budapest.</p><p>It is 2,850 kilometres long. ${IMG}</p></body></html>`;
		await page.getByLabel('Open a file').setInputFiles({
			name: 'rivers.html',
			mimeType: 'text/html',
			buffer: Buffer.from(html)
		});
		// The page is reduced off the main thread of work (Readability loads on demand): wait for it.
		await page.waitForFunction(
			() => (document.querySelector<HTMLInputElement>('#doc-title')?.value ?? '') !== ''
		);
		assert.equal(await page.getByLabel('Title').inputValue(), `Rivers ${IMG}`);
		const reduced = await page.getByLabel('Article text').inputValue();
		assert.match(reduced, /The Danube flows through Vienna and Budapest\./);
		assert.doesNotMatch(reduced, /<p>|<b>|Menu|__xss=1<\/script>/);
		// Binary and oversized files are refused with a message.
		await page.getByLabel('Open a file').setInputFiles({
			name: 'photo.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])
		});
		await page.getByText('photo.txt: this is not a text file.').waitFor();
		await page.getByLabel('Open a file').setInputFiles({
			name: 'huge.txt',
			mimeType: 'text/plain',
			buffer: Buffer.alloc(5 * 1024 * 1024, 'a')
		});
		await page.getByText(/huge\.txt: the file is too large/).waitFor();
		await page.getByLabel('Article text').fill('<div><p></p><img src=x onerror=alert(1)></div>');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByText('This is all markup').waitFor();

		// Offline, the create page and its generator worker come from the service worker's cache.
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.reload();
		await page.getByLabel('Article text').fill(seedBody);
		await page.getByLabel('Title').fill('Offline');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('heading', { name: /Check the questions \(\d+\)/ }).waitFor();
		await page.getByRole('button', { name: 'Start over' }).click();
		await context.setOffline(false);

		const broken = '::Q1:: The sky is blue {TRUE}\n\n::Q2:: Capital of France? {=Paris ~Lyon\n';
		await page.getByLabel('Moodle GIFT or Factdeck JSON file').setInputFiles({
			name: 'broken.gift',
			mimeType: 'text/plain',
			buffer: Buffer.from(broken)
		});
		const warning = page.locator('#import-warnings');
		await warning.waitFor();
		assert.match(await warning.innerText(), /line 3: missing closing \}; question skipped/);
		assert.equal(await countStore(page, 'customSets'), 0, 'nothing is saved before Import');

		const gift = `// Factdeck set: Capitals ${IMG}\n::Q1:: The sky is blue. {TRUE}\n\n::Q2:: Capital of France? {=Paris ~Lyon ~Nice ~Lille}\n\n::Q3:: Capital of Italy? {=Rome ~Milan ~Turin ~Naples}\n`;
		await page.getByLabel('Moodle GIFT or Factdeck JSON file').setInputFiles({
			name: 'capitals.gift',
			mimeType: 'text/plain',
			buffer: Buffer.from(gift)
		});
		await page.getByRole('heading', { level: 1, name: `Capitals ${IMG}` }).waitFor();
		assert.equal(await countStore(page, 'customSets'), 1);

		// Every export format downloads a file with the set in it.
		await page.getByText('Export to another app', { exact: true }).click();
		for (const label of [
			'Anki (text import)',
			'Quizlet (import text)',
			'Moodle (GIFT)',
			'Spreadsheet (CSV)',
			'Factdeck (JSON)'
		]) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: label }).click()
			]);
			const path = await download.path();
			assert.match(readFileSync(path, 'utf8'), /Capital of France/, label);
		}

		await page.getByRole('link', { name: 'Print worksheet' }).click();
		await page.getByRole('heading', { name: /^Answer key/ }).waitFor();
		assert.match(await page.locator('.key').innerText(), /B\. Rome|A\. Rome|Rome/);
		await assertAxe(page, 'worksheet');
		await page.emulateMedia({ media: 'print' });
		assert.equal(
			await page.locator('nav[aria-label="Main"]').isVisible(),
			false,
			'no nav on paper'
		);
		await page.emulateMedia({ media: 'screen' });
		await screenshot(page, 'worksheet-phone');
		await assertNoScriptRan(page, dialogs, 'import and print');
		assert.deepEqual(
			errors.filter((e) => !/Failed to load resource/.test(e)),
			[]
		);
		await context.close();
	});

	test('a tampered or empty assignment link shows a clear error', async () => {
		const { context, errors } = await newContext(app);
		const page = await context.newPage();
		const sample: Assignment = {
			id: 'tamper01',
			title: 'Sample',
			passMark: 50,
			shuffle: false,
			feedback: 'during',
			createdAt: 0,
			questions: [{ id: 'q1', type: 'truefalse', prompt: 'Water is wet.', answer: 'true' }]
		};
		const payload = payloadFromLink(
			resultUrl(app.url, {
				assignmentId: 'x',
				student: 'x',
				answers: [],
				timeMs: 0,
				finishedAt: 0
			})
		);
		const good = encodeAssignment(sample);
		const flipped = good.slice(0, -3) + (good.at(-3) === 'A' ? 'B' : 'A') + good.slice(-2);
		for (const [hash, message] of [
			[flipped, /edited|damaged|checksum|changed/i],
			['', /needs an assignment link/],
			[payload, /result link|not an assignment|kind/i],
			['A9.ABCDEF', /newer|update/i]
		] as const) {
			await page.goto(`/a#${hash}`);
			await page.getByRole('heading', { name: 'This assignment link does not work' }).waitFor();
			assert.match(await page.getByRole('alert').innerText(), message, `#${hash.slice(0, 12)}`);
		}
		await assertAxe(page, 'bad assignment link');
		// The good link still works after all that, with feedback after each question.
		await page.goto(`/a#${good}`);
		// Keyboard only: type the name, Enter starts, a number key answers, Enter continues.
		await page.getByLabel('Your name').focus();
		await page.keyboard.type('Bo');
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: /Water is wet\./ }).waitFor();
		await page.keyboard.press('2');
		await page.getByText(/Not quite\. The answer is True/).waitFor();
		// A reload half-way keeps the attempt.
		await page.reload();
		await page.getByText(/Not quite\. The answer is True/).waitFor();
		await page.waitForFunction(() => document.activeElement?.textContent?.includes('Continue'));
		await page.keyboard.press('Enter');
		await page.getByText('0 of 1 right (0 %)').waitFor();
		assert.equal(await countStore(page, 'results'), 0);
		assert.deepEqual(errors, []);
		await context.close();
	});
});
