// Scanning with a camera, in Chromium with a fake camera that films a QR code: the teacher scans
// result codes continuously (each code once, however long it stays in view), a student offline
// scans the teacher's assignment code, a compact link rebuilt from the precached set, and a
// student scans the sequence of small codes of a set the teacher made on their own device.
// Linux Chromium has no BarcodeDetector, so these run the zxing-wasm worker path.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	SCREENSHOT_DIR,
	SEED_SET_ID,
	startApp,
	waitForServiceWorker,
	type App,
	type Page
} from './harness.ts';
import {
	decodeAssignment,
	payloadFromLink,
	resultUrl,
	splitIntoParts
} from '../../src/lib/share/index.ts';
import { cameraFrame } from '../../src/lib/share/camera-frame.ts';
import type { QuestionSet } from '../../src/lib/types.ts';

const CAMERA = resolve('test-results/fake-camera.y4m');
const ARTICLE = readFileSync(
	new URL('../../content/articles/north-korea-troops-russia.md', import.meta.url),
	'utf8'
).replace(/^---[\s\S]*?---\s*/, '');
const WAIT = { timeout: 30_000 };

/**
 * What the fake camera films from now on: the code of each text in turn, one a second, each
 * `side` px wide in 1280×720 (the file loops).
 */
async function film(texts: string | string[], { side = 400, sigma = 1 } = {}) {
	const frames = [texts].flat().map((text) => {
		const { width, height, data } = cameraFrame(text, { side, sigma });
		const luma = new Uint8Array(width * height);
		for (let i = 0; i < luma.length; i++) luma[i] = data[i * 4] ?? 0;
		const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
		return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	});
	const header = Buffer.from('YUV4MPEG2 W1280 H720 F1:1 Ip A1:1 C420jpeg\n');
	await writeFile(CAMERA, Buffer.concat([header, ...frames, ...frames]));
}

async function seedSet(page: Page): Promise<QuestionSet> {
	return page.evaluate(
		async (id) => (await fetch(`/sets/${id}.json`)).json() as Promise<QuestionSet>,
		SEED_SET_ID
	);
}

describe('scanning QR codes with the camera', () => {
	let app: App;
	before(async () => {
		await mkdir('test-results', { recursive: true });
		await film('nothing yet');
		app = await startApp({
			args: [
				'--use-fake-ui-for-media-stream',
				'--use-fake-device-for-media-stream',
				`--use-file-for-fake-video-capture=${CAMERA}`
			]
		});
	});
	after(async () => {
		await app?.close();
	});

	test('a compact assignment code, result codes scanned once each, a student scanning offline', async () => {
		const { context: teacher, errors } = await newContext(app, PHONE);
		await teacher.grantPermissions(['camera']);
		const page = await teacher.newPage();
		await page.goto(`/teach#${SEED_SET_ID}`);
		await page.getByLabel('Number of questions').fill('20');
		await page.getByRole('button', { name: 'Make the assignment link' }).click();
		const linkInput = page.getByLabel('Assignment link');
		await linkInput.waitFor(WAIT);
		const link = await linkInput.inputValue();
		assert.match(link, /\/a#A2\.[A-Z2-7]+$/, 'questions of a built-in set make a compact link');
		assert.ok(link.length < 200, `a short link (${link.length} characters)`);
		const decoded = decodeAssignment(payloadFromLink(link), [await seedSet(page)]);
		assert.ok(decoded.ok, 'the link opens with the built-in set');
		const assignment = decoded.value;
		// Up to 20: as many as the seed set has of the default types.
		assert.ok(assignment.questions.length > 10, `${assignment.questions.length} questions`);
		await page.getByRole('img', { name: 'QR code of the assignment link' }).waitFor(WAIT);
		assert.equal(await page.getByText('This code is dense').count(), 0, 'no density warning');
		await assertAccessibleAndFits(page, '/teach with the code');
		await screenshot(page, 'qr-assignment-phone');

		// The teacher scans a student's result code; it stays in view for a while.
		const result = resultUrl(app.url, {
			assignmentId: assignment.id,
			student: 'Ada Lovelace',
			answers: assignment.questions.map((q, i) => ({ answer: q.answer, correct: i % 4 > 0 })),
			timeMs: 300_000,
			finishedAt: Date.UTC(2026, 10, 27, 9, 30)
		});
		await film(result);
		await page.goto(`/teach/gradebook#${assignment.id}`);
		await page.getByRole('button', { name: 'Scan result codes' }).click();
		await page.getByText('Added 1 result.').waitFor(WAIT);
		await page.getByText('Read 1 code.').waitFor(WAIT);
		// Still in view two seconds later: read once, added once.
		await page.waitForTimeout(2000);
		assert.equal(await page.getByText('Read 1 code.').count(), 1);
		assert.equal(await page.getByText(/already here/).count(), 0, 'the same code is not re-added');
		await assertAccessibleAndFits(page, 'gradebook while scanning');
		await screenshot(page, 'qr-scan-results-phone');
		await page.getByRole('button', { name: 'Stop scanning' }).click();
		assert.deepEqual(errors, [], 'no console errors on the teacher side');

		// Desktop: the same assignment's code, larger.
		const { context: desk } = await newContext(app, DESKTOP);
		const deskPage = await desk.newPage();
		await deskPage.goto(`/teach#${SEED_SET_ID}`);
		await deskPage.getByRole('button', { name: 'Make the assignment link' }).click();
		await deskPage.getByRole('img', { name: 'QR code of the assignment link' }).waitFor(WAIT);
		await assertAccessibleAndFits(deskPage, '/teach on a desktop');
		await screenshot(deskPage, 'qr-assignment-desktop');
		await desk.close();

		// A student, offline after one visit, scans the assignment code on /a.
		const { context: student, errors: studentErrors } = await newContext(app, PHONE);
		await student.grantPermissions(['camera']);
		const studentPage = await student.newPage();
		await studentPage.goto('/');
		await waitForServiceWorker(studentPage);
		await student.setOffline(true);
		await film(link);
		await studentPage.goto('/a');
		await studentPage.getByRole('alert').waitFor(WAIT);
		await assertAccessibleAndFits(studentPage, '/a without a link');
		await screenshot(studentPage, 'qr-student-scan-phone');
		await studentPage.getByRole('button', { name: 'Scan the assignment code' }).click();
		await studentPage.getByRole('button', { name: 'Start' }).waitFor(WAIT);
		assert.equal(new URL(studentPage.url()).hash, new URL(link).hash);
		await studentPage
			.getByRole('heading', { level: 1, name: 'North Korea sends 3,000 more troops to Russia' })
			.waitFor(WAIT);
		await screenshot(studentPage, 'qr-student-opened-phone');
		assert.deepEqual(
			studentErrors.filter((e) => !/Failed to load resource/.test(e)),
			[],
			'no console errors on the student side'
		);
		await student.close();
		await teacher.close();
	});

	test('a set made on the teacher’s device: a sequence of small codes, scanned in any order', async () => {
		const { context: teacher, errors } = await newContext(app, PHONE);
		const page = await teacher.newPage();
		await page.goto('/create');
		await page.getByLabel('Article text').fill(ARTICLE);
		await page.getByLabel('Title').fill('Troops report');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('heading', { name: /Check the questions \(\d+\)/ }).waitFor(WAIT);
		await page.getByRole('button', { name: 'Save set' }).click();
		await page.getByRole('heading', { level: 1, name: 'Troops report' }).waitFor(WAIT);
		await page.getByRole('link', { name: 'Assign to a class' }).click();
		await page.getByLabel('Number of questions').fill('20');
		await page.getByRole('button', { name: 'Make the assignment link' }).click();
		const linkInput = page.getByLabel('Assignment link');
		await linkInput.waitFor(WAIT);
		const link = await linkInput.inputValue();
		assert.match(link, /\/a#A1\.[A-Z2-7]+$/, 'a set made here travels in full');
		const parts = splitIntoParts(link);
		assert.ok(parts.length > 1, `${parts.length} codes`);

		// The sequence cycles by itself; the controls step through it.
		const caption = page.getByText(new RegExp(`^Code \\d+ of ${parts.length}$`));
		await caption.waitFor(WAIT);
		await page.getByRole('button', { name: 'Pause' }).click();
		const paused = await caption.innerText();
		await page.getByRole('button', { name: 'Next code' }).focus();
		await page.keyboard.press('Enter');
		const n = Number(paused.match(/\d+/)?.[0]);
		await page.getByText(`Code ${(n % parts.length) + 1} of ${parts.length}`).waitFor(WAIT);
		await page.getByRole('button', { name: 'Play' }).waitFor(WAIT);
		assert.equal(
			await page.getByRole('img', { name: /^QR code \d+ of \d+ of the assignment$/ }).count(),
			1
		);
		// The single code and the link stay as alternatives.
		await page.getByRole('img', { name: 'QR code of the assignment link' }).waitFor(WAIT);
		await page.getByRole('heading', { name: /Codes a phone reads/ }).scrollIntoViewIfNeeded();
		await assertAccessibleAndFits(page, '/teach with a sequence of codes');
		await screenshot(page, 'qr-sequence-phone');
		// The page is tall; this is the sequence as a phone's screen shows it.
		await page
			.getByRole('button', { name: 'Show the codes full screen' })
			.evaluate((button) => button.scrollIntoView({ block: 'end' }));
		await page.screenshot({ path: `${SCREENSHOT_DIR}/qr-sequence-top-phone.png` });
		assert.deepEqual(errors, [], 'no console errors on the teacher side');

		const { context: desk } = await newContext(app, DESKTOP);
		const deskPage = await desk.newPage();
		await deskPage.goto('/create');
		await deskPage.getByLabel('Article text').fill(ARTICLE);
		await deskPage.getByLabel('Title').fill('Troops report');
		await deskPage.getByRole('button', { name: 'Generate questions' }).click();
		await deskPage.getByRole('button', { name: 'Save set' }).click();
		await deskPage.getByRole('link', { name: 'Assign to a class' }).click();
		await deskPage.getByRole('button', { name: 'Make the assignment link' }).click();
		await deskPage.getByText(/^Code \d+ of \d+$/).waitFor(WAIT);
		await deskPage.getByRole('heading', { name: /Codes a phone reads/ }).scrollIntoViewIfNeeded();
		await assertAccessibleAndFits(deskPage, '/teach with a sequence on a desktop');
		await screenshot(deskPage, 'qr-sequence-desktop');
		await desk.close();

		// The student's camera sees the codes in another order than the teacher's, each at the
		// size a phone sees a projected code from the back of the room.
		await film([...parts].reverse(), { side: 250, sigma: 2 });
		const { context: student, errors: studentErrors } = await newContext(app, PHONE);
		await student.grantPermissions(['camera']);
		const studentPage = await student.newPage();
		await studentPage.goto('/a');
		await studentPage.getByRole('button', { name: 'Scan the assignment code' }).click();
		await studentPage.getByText(new RegExp(`^\\d+ of ${parts.length} read`)).waitFor(WAIT);
		await assertAccessibleAndFits(studentPage, '/a while scanning a sequence');
		await screenshot(studentPage, 'qr-sequence-student-phone');
		await studentPage
			.getByRole('button', { name: 'Start' })
			.waitFor({ timeout: 90_000 })
			.catch(async (error: unknown) => {
				// Say how far the scan got (which codes were never read) before failing.
				const status = await studentPage.getByRole('status').allInnerTexts();
				throw new Error(`${String(error)}\nScanner said: ${status.join(' | ')}`);
			});
		assert.equal(new URL(studentPage.url()).hash, new URL(link).hash, 'the same link opened');
		await studentPage.getByRole('heading', { level: 1, name: 'Troops report' }).waitFor(WAIT);
		assert.deepEqual(
			studentErrors.filter((e) => !/Failed to load resource/.test(e)),
			[],
			'no console errors on the student side'
		);
		await student.close();
		await teacher.close();
	});
});
