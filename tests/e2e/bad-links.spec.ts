// Every page that reads its URL fragment, opened with a damaged link: a "%" escape cut in half, a
// good link cut short, and a 200 KB one. Each time the page says clearly what is wrong, raises no
// error, and a good link set in the same tab afterwards opens the real content.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	DESKTOP,
	newContext,
	SEED_SET_ID,
	startApp,
	type App,
	type BrowserContext,
	type Page
} from './harness.ts';
import { decodeAssignment, payloadFromLink, resultUrl } from '../../src/lib/share/index.ts';
import type { QuestionSet } from '../../src/lib/types.ts';

const MALFORMED = '#A1.ABC%';
const OVERSIZED = `#A1.${'A'.repeat(200_000)}`;

interface FragmentPage {
	path: string;
	/** A fragment that opens the page's real content. */
	good: string;
	/** Resolves once that content shows. */
	ready(page: Page): Promise<void>;
	/** Pages whose fragment only names an optional filter are only fed the malformed escape. */
	malformedOnly?: boolean;
}

const WAIT = { timeout: 20_000 };

/** Collects page errors and unhandled rejections, which the context's console list can miss. */
async function watchedPage(context: BrowserContext) {
	await context.addInitScript(() => {
		const w = window as unknown as { __rejections: string[] };
		w.__rejections = [];
		window.addEventListener('unhandledrejection', (event) =>
			w.__rejections.push(String(event.reason))
		);
	});
	const page = await context.newPage();
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));
	return { page, pageErrors };
}

async function rejections(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections);
}

/** Makes an assignment on the Teach page; its link, id and question count. */
async function makeAssignment(page: Page) {
	await page.goto(`/teach#${SEED_SET_ID}`);
	await page.getByLabel('Number of questions').fill('3');
	await page.getByRole('button', { name: 'Make the assignment link' }).click();
	const link = await page.getByLabel('Assignment link').inputValue();
	// Questions of a built-in set travel as a reference to it: decoding needs the set.
	const set = await page.evaluate(
		async (id) => (await fetch(`/sets/${id}.json`)).json() as Promise<QuestionSet>,
		SEED_SET_ID
	);
	const decoded = decodeAssignment(payloadFromLink(link), [set]);
	assert.ok(decoded.ok, 'the Teach page made a valid link');
	return { link, assignment: decoded.value };
}

describe('a damaged link never hangs a page', () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app?.close();
	});

	test('malformed, truncated and oversized fragments get a clear message; a good one then opens', async () => {
		const { context, errors } = await newContext(app, DESKTOP);
		const { page, pageErrors } = await watchedPage(context);
		const { link, assignment } = await makeAssignment(page);
		const result = resultUrl(app.url, {
			assignmentId: assignment.id,
			student: 'Ada',
			answers: assignment.questions.map(() => ({ answer: 'x', correct: true })),
			timeMs: 60_000,
			finishedAt: Date.now()
		});
		const pages: FragmentPage[] = [
			{
				path: '/a',
				good: new URL(link).hash,
				ready: (p) => p.getByRole('button', { name: 'Start' }).waitFor(WAIT)
			},
			{
				path: '/teach',
				good: `#${SEED_SET_ID}`,
				ready: (p) => p.getByRole('button', { name: 'Make the assignment link' }).waitFor(WAIT)
			},
			{
				path: '/teach/gradebook',
				good: `#${assignment.id}`,
				ready: (p) => p.getByRole('heading', { level: 2, name: 'Add results' }).waitFor(WAIT)
			},
			{
				path: '/teach/result',
				good: new URL(result).hash,
				ready: (p) => p.getByText(/(Added to|Already in) the gradebook/).waitFor(WAIT)
			},
			...(['flashcards', 'quiz', 'test'] as const).map((kind) => ({
				path: `/study/${kind}`,
				good: `#${SEED_SET_ID}`,
				ready: (p: Page) => p.locator(kind === 'flashcards' ? '.flip' : '.question').waitFor(WAIT)
			})),
			{
				path: '/review',
				good: '#',
				ready: (p) => p.locator('.question, .flashcard').first().waitFor(WAIT),
				malformedOnly: true
			}
		];

		for (const target of pages) {
			const truncated = target.good.slice(0, Math.ceil(target.good.length / 2));
			const bad = target.malformedOnly
				? { malformed: MALFORMED }
				: { malformed: MALFORMED, truncated, oversized: OVERSIZED };
			for (const [kind, fragment] of Object.entries(bad)) {
				const where = `${target.path} with a ${kind} link`;
				// A fresh load each time, as when a link is opened from a message.
				await page.goto('about:blank');
				await page.goto(`${target.path}${fragment}`);
				const alert = page.getByRole('alert').first();
				await alert.waitFor(WAIT);
				const message = (await alert.innerText()).trim();
				assert.ok(message.length > 20, `${where}: a clear message, not "${message}"`);
				assert.doesNotMatch(message, /URIError|undefined|\[object/, `${where}: "${message}"`);
				if (kind === 'malformed') assert.match(message, /damaged/, where);
				if (kind === 'truncated' && target.path === '/a') {
					assert.match(message, /This link is incomplete — ask for it again/, where);
				}
				// The corrected link, pasted into the same tab.
				await page.evaluate((hash) => (location.hash = hash), target.good);
				await target.ready(page);
				assert.deepEqual(pageErrors, [], `${where}: no page error`);
				assert.deepEqual(await rejections(page), [], `${where}: no unhandled rejection`);
			}
		}
		assert.deepEqual(
			errors.filter((e) => !/Failed to load resource/.test(e)),
			[],
			'no console errors'
		);
		await context.close();
	});
});
