// An assignment link whose class inbox is malformed (an edited address, a cut-off segment): the
// student's page opens the assignment with a visible warning, at phone and desktop size, and the
// result still goes back by link. A link with a valid inbox opens with no warning.
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
	type App,
	type Page,
	answerEveryQuestion
} from './harness.ts';
import { createInboxKeys, withInbox } from '../../src/lib/share/index.ts';
import { ByteWriter } from '../../src/lib/share/bytes.ts';
import { sealDeflated } from '../../src/lib/share/envelope.ts';

const WAIT = { timeout: 20_000 };

async function makeAssignment(page: Page): Promise<string> {
	await page.goto(`/teach#${SEED_SET_ID}`);
	await page.getByLabel('Number of questions').fill('2');
	await page.getByLabel('After each question').check();
	await page.getByRole('button', { name: 'Make the assignment link' }).click();
	return page.getByLabel('Assignment link').inputValue();
}

/** Answers both questions (the first choice, or a typed guess), until the result shows. */
async function finish(page: Page) {
	await page.getByLabel('Your name').fill('Ada');
	await page.getByRole('button', { name: 'Start' }).click();
	await answerEveryQuestion(page, 2, '42');
	return page.getByLabel('Your result link').inputValue();
}

describe('an assignment link with a malformed class inbox', { timeout: 300_000 }, () => {
	let app: App;
	before(async () => {
		app = await startApp();
	});
	after(async () => {
		await app?.close();
	});

	for (const [size, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP]
	] as const) {
		test(`opens with a warning on a ${size}, and the result goes by link`, async () => {
			const { context, errors } = await newContext(app, viewport);
			const page = await context.newPage();
			const link = await makeAssignment(page);
			const { publicKey } = await createInboxKeys();
			// An address students must not write to, with its checksum recomputed, as an edit would.
			const packed = new ByteWriter().byte(1).text('couch.example.org/class-7b').bytes();
			const edited = `${link}.${sealDeflated('inbox', Uint8Array.of(...packed, ...publicKey))}`;
			const valid = withInbox(link, { address: 'https://couch.example.org/class-7b', publicKey });

			await page.goto('about:blank');
			await page.goto(`/a${new URL(edited).hash}`);
			const warning = page.getByRole('status').filter({ hasText: 'class inbox' });
			await warning.waitFor(WAIT);
			assert.match(
				await warning.innerText(),
				/^The class inbox in this link cannot be used: its address is not valid\. The assignment works as usual: send your result to your teacher by link\.$/
			);
			await page.getByRole('button', { name: 'Start' }).waitFor(WAIT);
			await assertAccessibleAndFits(page, `/a with a malformed inbox (${size})`);
			assert.deepEqual(await smallTargets(page), [], 'controls are large enough');
			await screenshot(page, `inbox-warning-${size}`);
			const result = await finish(page);
			assert.match(result, /\/teach\/result#R1\.[A-Z2-7]+$/);

			// Cut off inside the inbox: the same warning's other reason, the assignment still opens.
			await page.goto('about:blank');
			await page.goto(`/a${new URL(valid.slice(0, -6)).hash}`);
			await warning.filter({ hasText: 'is damaged or cut short' }).waitFor(WAIT);
			await page.getByRole('button', { name: 'Start' }).waitFor(WAIT);

			// A valid inbox: no warning.
			await page.goto('about:blank');
			await page.goto(`/a${new URL(valid).hash}`);
			await page.getByRole('button', { name: 'Start' }).waitFor(WAIT);
			assert.equal(await warning.count(), 0, 'no warning for a valid inbox');
			assert.deepEqual(
				errors.filter((e) => !/Failed to load resource/.test(e)),
				[],
				'no console errors'
			);
			await context.close();
		});
	}
});
