// Stories, offline on a phone: a learner studies the seed set, pastes a newer article on the same
// story (the seed's text with two figures changed) on /create, and at the next review sees both
// updates; the new cards carry the old schedules on, the old cards are retired with their
// reviews, and no fact is scheduled twice. The story page shows the timeline.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
	assertAccessibleAndFits,
	DESKTOP,
	newContext,
	PHONE,
	screenshot,
	SEED_SET_ID,
	startApp,
	waitForServiceWorker,
	type App,
	type Page,
	storedRecords
} from './harness.ts';

const STORY = 'North Korean troops in Russia';
const STORY_ID = 'north-korean-troops-in-russia';
const TITLE = 'North Korean troop numbers rise';
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// A week ago (typed into Published on), so the new article is recent and its facts are not yet "may be out of date".
const published = new Date(Date.now() - 7 * DAY);
const PUBLISHED_ISO = [
	published.getFullYear(),
	String(published.getMonth() + 1).padStart(2, '0'),
	String(published.getDate()).padStart(2, '0')
].join('-');
const PUBLISHED_MONTH = `${MONTHS[published.getMonth()]} ${published.getFullYear()}`;

interface StoredCard {
	id: string;
	setId: string;
	questionId: string;
	retired: boolean;
	due: number;
	stability: number;
	difficulty: number;
	reps: number;
	lapses: number;
	state: number;
	lastReview: number | null;
	supersededBy?: string;
	supersedes?: string;
	sameAs?: string;
	update?: { from: string; to: string; toDate?: string; atReps: number };
}
interface StoredSet {
	id: string;
	date?: string;
	story?: { id: string; title: string };
	questions: { id: string; type: string; prompt: string; answer: string }[];
}
interface Stored {
	reviews: { id: number; cardId: string }[];
	cards: StoredCard[];
	sets: StoredSet[];
	stories: { id: string; title: string }[];
}

async function stored(page: Page): Promise<Stored> {
	const { reviews, cards, customSets, stories } = await storedRecords(page, [
		'reviews',
		'cards',
		'customSets',
		'stories'
	]);
	return {
		reviews: reviews.map((r) => ({ id: r.id, cardId: r.cardId })),
		cards,
		sets: customSets,
		stories
	};
}

/** Answers the card on screen (any answer; flashcards rated Good) and moves on. */
async function answerAndContinue(page: Page) {
	const flip = page.getByRole('button', { name: /Show answer/ });
	if ((await flip.count()) > 0) {
		await flip.click();
		await page
			.getByRole('group', { name: /How well did you remember/ })
			.getByRole('button')
			.nth(2)
			.click();
		return;
	}
	const typed = page.locator('#typed-answer');
	if ((await typed.count()) > 0) {
		await typed.fill('11,000');
		await typed.press('Enter');
	} else {
		await page.locator('.question').getByRole('button').first().click();
	}
	await page.getByRole('button', { name: /Continue/ }).click();
}

function onScreen(page: Page) {
	return page.locator('.question, .flashcard, .summary, .empty').first();
}

describe(
	'stories: a newer article updates the facts studied, offline',
	{ timeout: 300_000 },
	() => {
		let app: App;
		let article: string;
		before(async () => {
			app = await startApp();
			const seed = await readFile('content/articles/north-korea-troops-russia.md', 'utf8');
			const body = seed.replace(/^---[\s\S]*?---\s*/, '');
			assert.ok(body.includes('approximately 11,000') && body.includes('roughly 4,000'));
			article = body
				.replace('approximately 11,000', 'approximately 14,000')
				.replace('roughly 4,000', 'roughly 6,000');
		});
		after(async () => {
			await app.close();
		});

		test('study the seed, add a newer article, see both updates at the next review', async () => {
			const { context, errors } = await newContext(app, PHONE);
			const page = await context.newPage();
			await page.goto('/');
			await waitForServiceWorker(page);
			await context.setOffline(true);

			// The seed set names its story.
			await page.goto(`/sets/${SEED_SET_ID}`);
			await page.getByRole('link', { name: STORY }).waitFor();

			// Study the seed: a whole quiz.
			await page.goto(`/study/quiz#${SEED_SET_ID}`);
			await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
			for (let i = 0; i < 60; i++) {
				await onScreen(page).waitFor();
				if ((await page.locator('.summary').count()) > 0) break;
				await answerAndContinue(page);
			}
			await page.locator('.summary').waitFor();
			const studied = await stored(page);
			const seedCards = new Map(
				studied.cards.filter((c) => c.setId === SEED_SET_ID).map((c) => [c.questionId, c])
			);
			const seedSet = (await page.evaluate(
				`fetch('/sets/${SEED_SET_ID}.json').then((r) => r.json())`
			)) as StoredSet;
			const troops = seedSet.questions.find((q) => q.answer === '11,000');
			const casualties = seedSet.questions.find((q) => q.answer === '4,000');
			assert.ok(troops && casualties, 'the seed asks both figures');
			assert.ok((seedCards.get(troops.id)?.reps ?? 0) > 0, 'the troop count was studied');
			assert.ok((seedCards.get(casualties.id)?.reps ?? 0) > 0, 'the casualty count was studied');

			// /create: the newer article, pasted, dated, saved into the seed's story.
			await page.goto('/create');
			await page.getByLabel('Article text').fill(article);
			await page.getByLabel('Title').fill(TITLE);
			await page.getByLabel('Published on').fill(PUBLISHED_ISO);
			await page.getByRole('button', { name: 'Generate questions' }).click();
			await page.getByRole('button', { name: 'Save set' }).waitFor();
			const picker = page.getByLabel('Story', { exact: true });
			await picker.selectOption({ label: STORY });
			await picker.scrollIntoViewIfNeeded();
			await assertAccessibleAndFits(page, '/create, story picker');
			await screenshot(page, 'create-story-picker-phone');
			await page.setViewportSize(DESKTOP);
			await picker.scrollIntoViewIfNeeded();
			await assertAccessibleAndFits(page, '/create, story picker, desktop');
			await screenshot(page, 'create-story-picker-desktop');
			await page.setViewportSize(PHONE);
			await page.getByRole('button', { name: 'Save set' }).click();
			await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
			await page.getByRole('link', { name: STORY }).waitFor();
			await page
				.getByText(/^Added to “North Korean troops in Russia”: \d+ facts updated/)
				.waitFor();
			await assertAccessibleAndFits(page, 'set page after joining a story');
			await page.evaluate(() => window.scrollTo(0, 0));
			await screenshot(page, 'set-joined-story-phone');

			const joined = await stored(page);
			const newSet = joined.sets.find((s) => s.story?.id === STORY_ID);
			assert.ok(newSet, 'the new set is saved in the story');
			assert.equal(newSet.date, PUBLISHED_ISO);
			assert.deepEqual(
				joined.stories.map((s) => s.id),
				[STORY_ID]
			);
			const cards = new Map<string, StoredCard>(joined.cards.map((c) => [c.id, c]));
			assert.equal(joined.reviews.length, studied.reviews.length, 'saving writes no review');
			for (const old of [troops, casualties]) {
				const before = seedCards.get(old.id)!;
				const after = cards.get(before.id)!;
				assert.equal(after.retired, true, `${old.answer}: the old card is retired`);
				assert.ok(after.supersededBy, `${old.answer}: it names the card that carries on`);
				const carried = cards.get(after.supersededBy)!;
				assert.equal(carried.setId, newSet.id);
				assert.equal(carried.supersedes, before.id);
				assert.equal(carried.retired, false);
				for (const field of [
					'due',
					'stability',
					'difficulty',
					'reps',
					'lapses',
					'state',
					'lastReview'
				] as const)
					assert.equal(carried[field], before[field], `${old.answer}: ${field} carried over`);
				assert.ok(
					joined.reviews.some((r) => r.cardId === before.id),
					`${old.answer}: the review log stays with the old card`
				);
			}
			// Nothing duplicated: a question asked again word for word is linked, never scheduled.
			const seedByText = new Map(
				seedSet.questions.map((q) => [`${q.type}|${q.prompt}|${q.answer}`, q])
			);
			let repeated = 0;
			for (const q of newSet.questions) {
				const same = seedByText.get(`${q.type}|${q.prompt}|${q.answer}`);
				if (!same) continue;
				repeated++;
				const card: StoredCard | undefined = cards.get(`${newSet.id}:${q.id}`);
				assert.ok(card, `"${q.prompt}" has a card`);
				assert.equal(card.retired, true, `"${q.prompt}" is not scheduled twice`);
				assert.equal(card.sameAs, `${SEED_SET_ID}:${same.id}`);
			}
			assert.ok(repeated >= 10, `most facts are repeated unchanged (${repeated})`);
			const live = joined.cards.filter((c) => !c.retired);
			const liveFacts = live.map((c) => {
				const set = c.setId === SEED_SET_ID ? seedSet : newSet;
				const q = set.questions.find((x) => x.id === c.questionId)!;
				return `${q.type}|${q.prompt}|${q.answer}`;
			});
			assert.equal(new Set(liveFacts).size, liveFacts.length, 'no fact has two live cards');

			// The story page: the two articles and the changed values.
			await page.goto(`/stories#${STORY_ID}`);
			await page.getByRole('heading', { level: 1, name: STORY }).waitFor();
			await page.getByRole('heading', { name: 'Facts over time' }).waitFor();
			assert.equal(await page.locator('.timeline li').count(), 2);
			await page.locator('.fact', { hasText: '14,000' }).first().waitFor();
			await assertAccessibleAndFits(page, 'story page');
			await screenshot(page, 'story-page-phone');

			// The next review, weeks later: both updates show, each once.
			await page.clock.setSystemTime(Date.now() + 40 * DAY);
			await page.goto('/review');
			const seen = new Set<string>();
			for (let i = 0; i < 80 && seen.size < 2; i++) {
				await onScreen(page).waitFor();
				if ((await page.locator('.summary, .empty').count()) > 0) break;
				assert.equal(await page.getByText('May be out of date').count(), 0, 'nothing is stale');
				const notice = page.locator('.updated');
				if ((await notice.count()) > 0) {
					const text = (await notice.innerText()).replace(/\s+/g, ' ').trim();
					if (!seen.has(text) && seen.size === 0) {
						await assertAccessibleAndFits(page, 'review with an update');
						await screenshot(page, 'review-updated-phone');
						await page.setViewportSize(DESKTOP);
						await assertAccessibleAndFits(page, 'review with an update, desktop');
						await screenshot(page, 'review-updated-desktop');
						await page.setViewportSize(PHONE);
					}
					seen.add(text);
				}
				await answerAndContinue(page);
			}
			assert.ok(
				seen.has(`Updated: 11,000 → 14,000 (${PUBLISHED_MONTH})`),
				`the troop update shows (${[...seen].join(' | ')})`
			);
			assert.ok(
				[...seen].some((t) => /^Updated: 4,000 → 6,000 \(/.test(t)),
				`the casualty update shows (${[...seen].join(' | ')})`
			);

			const offlineErrors = errors.filter((e) => !/Failed to load resource/.test(e));
			assert.deepEqual(offlineErrors, []);

			// The changed screens on a desktop, from the same profile's data.
			const desktop = await context.newPage();
			await desktop.setViewportSize(DESKTOP);
			await desktop.goto(`/stories#${STORY_ID}`);
			await desktop.getByRole('heading', { name: 'Facts over time' }).waitFor();
			await assertAccessibleAndFits(desktop, 'story page, desktop');
			await screenshot(desktop, 'story-page-desktop');
			await desktop.goto('/stories');
			await desktop.getByRole('link', { name: STORY }).waitFor();
			await assertAccessibleAndFits(desktop, 'stories list, desktop');
			await screenshot(desktop, 'stories-list-desktop');
			await desktop.goto(`/sets/${newSet.id}`);
			await desktop.getByRole('link', { name: STORY }).waitFor();
			await screenshot(desktop, 'set-in-story-desktop');
			await context.close();
		});

		test('a new story needs a name: nothing is saved until it has one', async () => {
			const { context } = await newContext(app, PHONE);
			const page = await context.newPage();
			await page.goto('/');
			await waitForServiceWorker(page);
			await context.setOffline(true);
			await page.goto('/create');
			await page.getByLabel('Article text').fill(article);
			await page.getByLabel('Title').fill(TITLE);
			await page.getByRole('button', { name: 'Generate questions' }).click();
			await page.getByRole('button', { name: 'Save set' }).waitFor();
			await page.getByLabel('Story', { exact: true }).selectOption({ label: 'Start a new story…' });
			await page.getByRole('button', { name: 'Save set' }).click();
			await page.getByText('Give the story a name, or pick an existing one.').waitFor();
			assert.equal((await stored(page)).sets.length, 0, 'nothing saved');
			await assertAccessibleAndFits(page, '/create, story name missing');
			await page.getByLabel('Story', { exact: true }).scrollIntoViewIfNeeded();
			await screenshot(page, 'create-story-missing-name-phone');
			await page.getByLabel('Name of the new story').fill('Troops abroad');
			await page.getByRole('button', { name: 'Save set' }).click();
			await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
			const saved = await stored(page);
			assert.deepEqual(
				saved.stories.map((s) => s.title),
				['Troops abroad']
			);
			await context.close();
		});
	}
);
