// Importing a Moodle GIFT file that Factdeck can read only in part, on a phone and a desktop: the
// page lists, line by line, what does not come across (a syntax error, a number range, partial
// marks) and saves nothing until Import; Cancel leaves nothing behind; Import opens the new set.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	startApp,
	type App
} from './harness.ts';

// Written for this test, in the style of Moodle's GIFT documentation.
const GIFT = [
	'// Painters and numbers',
	'::Born::In which year was the painter born?{#1822:5}',
	'',
	'::Cats::Which animal purrs?{=cat =%50%lion}',
	'',
	'::Broken::Which river flows through Vienna?{=Danube ~Rhine',
	'',
	'::Sky::The sky is blue.{T}'
].join('\n');

describe('GIFT import with warnings', () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app?.close();
	});

	for (const [name, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP]
	] as const) {
		test(`lists what does not come across and imports only when asked (${name})`, async () => {
			const { context, errors } = await newContext(app, viewport);
			const page = await context.newPage();
			await page.goto('/create');
			const file = page.getByLabel('Moodle GIFT or Factdeck JSON file');
			const upload = () =>
				file.setInputFiles({
					name: 'painters.gift',
					mimeType: 'text/plain',
					buffer: Buffer.from(GIFT)
				});

			await upload();
			const notice = page.locator('#import-warnings');
			await notice.waitFor();
			const text = await notice.innerText();
			assert.match(text, /painters\.gift: 3 questions can be imported/);
			assert.match(
				text,
				/line 2: Moodle accepts any number from 1817 to 1827; Factdeck has no number ranges, so only the whole numbers 1817 to 1827 count as right/
			);
			assert.match(text, /line 4: Moodle gives partial marks here \("lion" 50%\)/);
			assert.match(text, /line 6: missing closing \}; question skipped/);
			await assertAccessibleAndFits(page, `import warnings (${name})`);
			await screenshot(page, `gift-import-warnings-${name}`);

			await page.getByRole('button', { name: 'Cancel' }).click();
			await notice.waitFor({ state: 'detached' });
			assert.equal(new URL(page.url()).pathname, '/create');

			await upload();
			await notice.waitFor();
			await page.getByRole('button', { name: 'Import 3 questions' }).focus();
			await page.keyboard.press('Enter');
			await page.getByRole('heading', { level: 1, name: 'painters' }).waitFor();
			assert.match(new URL(page.url()).pathname, /^\/sets\//);
			assert.match(await page.locator('main').innerText(), /In which year was the painter born\?/);
			assert.deepEqual(errors, []);
			await context.close();
		});
	}
});
