// "Share → Factdeck" on a phone: the manifest's share target, a share launch that fills /create,
// a file shared through the real service worker (online and offline), a news page reduced to its
// article, and bad shares refused without losing what the form holds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
	axeViolations,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	startApp,
	waitForServiceWorker,
	type App,
	type Page
} from './harness.ts';

const NEWS_PAGE = await readFile(
	new URL('../../src/lib/create/fixtures/news-page.html', import.meta.url),
	'utf8'
);
/** The article paragraphs of news-page.html, and lines of it that are not the article. */
const ARTICLE_STARTS = [
	'The Harbour Bridge in Port Ellis reopened',
	'Engineers replaced 312 steel cables',
	'Mayor Laura Brandt said',
	'A lane for bicycles now runs',
	'The council said the repair finished'
];
const NOT_ARTICLE =
	/News\b.*Sport|Subscribe|Advertisement|crossword|Holiday cottages|Photo:|By Jane Doe|Read more|second harbour tunnel|Related stories|newsletter|©/;
const SELECTION =
	'North Korea has sent about 3,000 more troops to Russia this year, according to South Korean intelligence, bringing the total to about 14,000.';
const LINK = 'https://news.example/korea-troops';
// Markup that would run if anything were rendered as HTML.
const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';

function shareUrl(fields: Record<string, string>) {
	return `/create?${new URLSearchParams(fields)}`;
}

const articleText = (page: Page) => page.getByLabel('Article text').inputValue();

/** Waits for the notice that a share arrived; on failure, says what the page showed instead. */
async function sharedArticleShown(page: Page) {
	try {
		await page.getByText('The shared article is below').waitFor();
	} catch (error) {
		const said = await page
			.locator('[role=alert], [role=status], .field-error, .notice')
			.allInnerTexts()
			.catch(() => []);
		throw new Error(`${String(error)}\nAt ${page.url()} the page said: ${said.join(' | ')}`);
	}
}

/** Empties the form and waits until its draft is gone (an emptied form keeps no draft). */
async function emptyTheForm(page: Page) {
	for (const field of ['Article text', 'Title', 'Source', 'URL']) {
		await page.getByLabel(field, { exact: true }).fill('');
	}
	await page.waitForFunction(
		() =>
			new Promise<boolean>((resolve) => {
				const request = indexedDB.open('factdeck');
				request.onerror = () => resolve(false);
				request.onsuccess = () => {
					const db = request.result;
					const read = db.transaction('drafts').objectStore('drafts').count('new');
					read.onsuccess = () => {
						db.close();
						resolve(read.result === 0);
					};
					read.onerror = () => (db.close(), resolve(false));
				};
			})
	);
}

async function assertIsTheArticle(page: Page) {
	const text = await articleText(page);
	const paragraphs = text.split('\n\n');
	assert.equal(paragraphs.length, ARTICLE_STARTS.length, text);
	ARTICLE_STARTS.forEach((start, i) => assert.ok(paragraphs[i]?.startsWith(start), text));
	assert.doesNotMatch(text, NOT_ARTICLE);
	assert.doesNotMatch(text, /<[a-z/]/i, 'no markup left');
}

/** Posts a share the way the share sheet does: a form navigation to the manifest's action. */
async function postShare(
	page: Page,
	fields: Record<string, string>,
	file?: { name: string; type: string; content: string }
) {
	await page.evaluate(
		({ fields, file }) => {
			const form = document.createElement('form');
			form.method = 'post';
			form.enctype = 'multipart/form-data';
			form.action = '/share-target';
			for (const [name, value] of Object.entries(fields)) {
				const input = document.createElement('input');
				input.type = 'hidden';
				input.name = name;
				input.value = value;
				form.append(input);
			}
			if (file) {
				const input = document.createElement('input');
				input.type = 'file';
				input.name = 'files';
				const files = new DataTransfer();
				files.items.add(new File([file.content], file.name, { type: file.type }));
				input.files = files.files;
				form.append(input);
			}
			document.body.append(form);
			form.submit();
		},
		{ fields, file }
	);
	await page.waitForURL(/\/create\?(shared|share-problem)=/);
}

async function assertNoScriptRan(page: Page, dialogs: string[]) {
	assert.deepEqual(dialogs, [], 'no dialog opened');
	const state = await page.evaluate(() => ({
		xss: (window as unknown as { __xss?: number }).__xss,
		imgs: document.querySelectorAll('img[src="x"]').length
	}));
	assert.deepEqual(state, { xss: undefined, imgs: 0 }, 'no shared markup became HTML');
}

async function assertAxe(page: Page, where: string) {
	assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		width: window.innerWidth
	}));
	assert.ok(scroll <= width, `${where} has no horizontal scroll (${scroll} > ${width})`);
}

describe('share target', { timeout: 150_000 }, () => {
	let app: App;
	const dialogs: string[] = [];

	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app.close();
	});

	test('the built manifest declares the share target and /create links it', async () => {
		const { context } = await newContext(app);
		const page = await context.newPage();
		await page.goto('/create');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		assert.ok(href, '/create links the manifest');
		const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), href);
		assert.deepEqual(manifest.share_target, {
			action: '/share-target',
			method: 'POST',
			enctype: 'multipart/form-data',
			params: {
				title: 'title',
				text: 'text',
				url: 'url',
				files: [
					{
						name: 'files',
						accept: ['text/plain', 'text/html', 'text/markdown', '.txt', '.html', '.htm', '.md']
					}
				]
			}
		});
		await context.close();
	});

	test('a share launch fills the form; a selection with its link arrives as the article', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		page.on('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
		await page.goto(shareUrl({ title: `Troops ${IMG}`, text: SELECTION, url: LINK }));
		await sharedArticleShown(page);
		assert.equal(await articleText(page), SELECTION);
		assert.equal(await page.getByLabel('Title').inputValue(), `Troops ${IMG}`);
		assert.equal(await page.getByLabel('URL').inputValue(), LINK);

		// Android shares a selection in quotes with the page's link (to the highlight) after it.
		await page.goto(shareUrl({ title: 'Troops', text: `"${SELECTION}"\n${LINK}#:~:text=troops` }));
		await sharedArticleShown(page);
		assert.equal(await articleText(page), SELECTION);
		assert.equal(await page.getByLabel('URL').inputValue(), LINK);
		await assertNoScriptRan(page, dialogs);
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('only a link: the page says the text is needed and how to share it, and keeps the link', async () => {
		const { context } = await newContext(app, PHONE);
		const page = await context.newPage();
		await page.goto(shareUrl({ title: 'Troops', text: LINK }));
		const notice = page.getByRole('status').filter({ hasText: 'Only a link arrived' });
		await notice.waitFor();
		assert.match(
			(await notice.textContent()) ?? '',
			/needs the article's text: it has no server that could fetch the page\. Open the article, select its text.*Share → Factdeck.*paste it below\. The link is kept as the source\./
		);
		assert.equal(await page.getByLabel('URL').inputValue(), LINK);
		assert.equal(await page.getByLabel('Title').inputValue(), 'Troops');
		assert.equal(await articleText(page), '');
		await screenshot(page, 'create-link-only-phone');
		await assertAxe(page, '/create with only a link shared');
		await context.close();
	});

	test('a news page opened as a file or pasted as markup becomes just its article', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		page.on('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
		await page.goto('/create');
		await page.getByLabel('Open a file').setInputFiles({
			name: 'bridge.html',
			mimeType: 'text/html',
			buffer: Buffer.from(NEWS_PAGE)
		});
		await page.waitForFunction(
			() => (document.querySelector('#article-text') as HTMLTextAreaElement).value !== ''
		);
		await assertIsTheArticle(page);
		assert.equal(
			await page.getByLabel('Title').inputValue(),
			'Harbour bridge reopens after two-year repair'
		);
		assert.equal(await page.getByLabel('Source').inputValue(), 'The Coastal Times');
		assert.equal(
			await page.getByLabel('URL').inputValue(),
			'https://coastal-times.example/news/harbour-bridge-reopens'
		);

		// Pasted as markup (a page's source): reduced the same way, where the paste went.
		await page.getByLabel('Article text').fill('');
		await page.getByLabel('Article text').focus();
		await page.evaluate((html) => {
			const clipboard = new DataTransfer();
			clipboard.setData('text/plain', html);
			document
				.querySelector('#article-text')!
				.dispatchEvent(
					new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true })
				);
		}, NEWS_PAGE);
		await page.getByText('The pasted HTML was reduced to its article').waitFor();
		await assertIsTheArticle(page);
		await assertNoScriptRan(page, dialogs);
		const pageScript = await page.evaluate(
			() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan
		);
		assert.equal(pageScript, undefined, "the page's own script never ran");

		// Typed markup is reduced before anything is generated from it.
		await page.getByLabel('Article text').fill(NEWS_PAGE);
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByText('The text was HTML: it is now just its article').waitFor();
		await assertIsTheArticle(page);
		assert.deepEqual(
			errors.filter((e) => !/Failed to load resource/.test(e)),
			[]
		);
		await context.close();
	});

	test('a file chosen before the page has come to life is opened all the same', async () => {
		const { context } = await newContext(app, PHONE);
		const page = await context.newPage();
		// Hold the app's scripts, as a slow phone does, until the file has been chosen.
		let release = () => {};
		const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			await scriptsHeld;
			await route.continue();
		});
		await page.goto('/create', { waitUntil: 'commit' });
		await page.getByLabel('Open a file').setInputFiles({
			name: 'bridge.html',
			mimeType: 'text/html',
			buffer: Buffer.from(NEWS_PAGE)
		});
		release();
		await page.waitForFunction(
			() => (document.querySelector('#article-text') as HTMLTextAreaElement).value !== ''
		);
		await assertIsTheArticle(page);
		await context.close();
	});

	test('a file shared through the service worker arrives in the form, online and offline', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		await page.goto('/create');
		await waitForServiceWorker(page);

		await postShare(
			page,
			{ title: 'Bridge (shared)', text: '', url: '' },
			{
				name: 'bridge.html',
				type: 'text/html',
				content: NEWS_PAGE
			}
		);
		await sharedArticleShown(page);
		await assertIsTheArticle(page);
		assert.equal(await page.getByLabel('Title').inputValue(), 'Bridge (shared)');
		// Kept until the next share: a reload does not lose it.
		await page.reload();
		await sharedArticleShown(page);
		await assertIsTheArticle(page);

		// What a share brought is work on the form, kept as a draft, and a later share would ask
		// before replacing it (another test covers that). Here the form is emptied first, and the
		// draft is gone before the next share, so each share fills the form by itself.
		await emptyTheForm(page);
		await context.setOffline(true);
		await postShare(page, { title: 'Offline note', text: SELECTION, url: LINK });
		await sharedArticleShown(page);
		assert.equal(await articleText(page), SELECTION);
		assert.equal(await page.getByLabel('URL').inputValue(), LINK);

		await emptyTheForm(page);
		await postShare(
			page,
			{ title: 'Notes', text: '', url: '' },
			{
				name: 'notes.md',
				type: 'text/markdown',
				content: `---\ntitle: Harbour notes\n---\n${SELECTION}\n`
			}
		);
		await sharedArticleShown(page);
		assert.equal(await articleText(page), SELECTION);
		assert.equal(await page.getByLabel('Title').inputValue(), 'Harbour notes');
		await context.setOffline(false);
		assert.deepEqual(
			errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)),
			[]
		);
		await context.close();
	});

	test('bad shares: empty, huge, binary, only markup; the form keeps its text and the app keeps working', async () => {
		const { context, errors } = await newContext(app, PHONE);
		const page = await context.newPage();
		const alert = () => page.getByRole('alert');

		await page.goto(shareUrl({ title: ' ', text: '', url: '' }));
		await alert().filter({ hasText: 'Nothing arrived with the share' }).waitFor();
		await page.goto(shareUrl({ text: 'PK\u0003\u0004\u0000\u0000\u0001\u0002binary' }));
		await alert().filter({ hasText: 'not text' }).waitFor();
		await page.goto(shareUrl({ text: `<div><span></span>${IMG}</div><p></p>` }));
		await alert().filter({ hasText: 'all markup' }).waitFor();
		assert.equal(await articleText(page), '');

		// Shares through the worker: over 2 MB is refused whole; a binary file by name.
		await waitForServiceWorker(page);
		await postShare(
			page,
			{ title: 'Huge' },
			{
				name: 'huge.txt',
				type: 'text/plain',
				content: 'a'.repeat(3 * 1024 * 1024)
			}
		);
		await alert().filter({ hasText: 'too large (over 2 MB)' }).waitFor();
		await postShare(
			page,
			{},
			{ name: 'scan.html', type: 'text/html', content: '\u0000\u0001\u0002\u0003' }
		);
		await alert().filter({ hasText: 'not text' }).waitFor();
		assert.equal(await page.evaluate(() => location.pathname), '/create');

		// Text already in the form is never replaced silently.
		await page.goto('/create');
		const mine = 'My own notes about the harbour, typed before anything was shared.';
		await page.getByLabel('Article text').fill(mine);
		await page.getByLabel('Open a file').setInputFiles({
			name: 'bridge.html',
			mimeType: 'text/html',
			buffer: Buffer.from(NEWS_PAGE)
		});
		const offer = page.getByRole('status').filter({ hasText: 'already holds text' });
		await offer.waitFor();
		assert.equal(await articleText(page), mine);
		await screenshot(page, 'create-pending-phone');
		await assertAxe(page, '/create with an article waiting');
		await offer.getByRole('button', { name: 'Keep my text' }).click();
		assert.equal(await articleText(page), mine);
		await page.getByLabel('Open a file').setInputFiles({
			name: 'bridge.html',
			mimeType: 'text/html',
			buffer: Buffer.from(NEWS_PAGE)
		});
		await offer.getByRole('button', { name: 'Replace the text' }).click();
		await assertIsTheArticle(page);
		// And the app still generates from it.
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('button', { name: 'Save set' }).waitFor({ timeout: 60_000 });
		assert.deepEqual(
			errors.filter((e) => !/Failed to load resource/.test(e)),
			[]
		);
		await context.close();
	});

	test('screenshots of /create with a shared article, phone and desktop, axe clean', async () => {
		for (const [name, viewport] of [
			['phone', PHONE],
			['desktop', DESKTOP]
		] as const) {
			const { context } = await newContext(app, viewport);
			const page = await context.newPage();
			await page.goto('/create');
			await page.getByLabel('Open a file').setInputFiles({
				name: 'bridge.html',
				mimeType: 'text/html',
				buffer: Buffer.from(NEWS_PAGE)
			});
			await page.waitForFunction(
				() => (document.querySelector('#article-text') as HTMLTextAreaElement).value !== ''
			);
			await page.goto(
				shareUrl({
					title: 'Harbour bridge reopens after two-year repair',
					text: await articleText(page),
					url: 'https://coastal-times.example/news/harbour-bridge-reopens'
				})
			);
			await sharedArticleShown(page);
			await screenshot(page, `create-shared-${name}`);
			await assertAxe(page, `/create with a shared article (${name})`);
			await context.close();
		}
	});
});
