import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCard, listCustomSets, syncSetCards } from '$lib/db';
import { resetIndexedDB } from '$lib/db/testing';
import type { QuestionSet } from '$lib/types';
import { Database } from './database.svelte';
import { QuestionSets } from './question-sets.svelte';
import { Stories, StoryError } from './stories.svelte';
import { serveBuiltInSets } from './testing';

const NOW = Date.UTC(2025, 6, 1, 12);
const STORY = { id: 'north-korean-troops-in-russia', title: 'North Korean troops in Russia' };

function article(id: string, troops: string, date?: string, story = STORY): QuestionSet {
	return {
		id,
		title: id,
		...(date ? { date } : {}),
		...(story ? { story } : {}),
		generatorVersion: 'test',
		sentences: ['One.'],
		questions: [
			{
				id: `${id}-t`,
				type: 'numeric',
				prompt: 'How many North Korean troops have been deployed to Russia?',
				answer: troops,
				sourceSentence: 0,
				explanation: 'One.'
			}
		]
	};
}

let database: Database;
let state: Stories;
beforeEach(() => {
	resetIndexedDB();
	database = new Database();
	serveBuiltInSets(article('seed', '11,000'));
	state = new Stories(database, new QuestionSets(database));
});
afterEach(() => vi.unstubAllGlobals());

describe('stories state', () => {
	it('lists the story a built-in set names, and joins a new article to it', async () => {
		expect(await state.list()).toEqual([STORY]);
		const db = await database.open();
		await syncSetCards(db, article('seed', '11,000'), NOW);
		const plain = { ...article('june', '14,000', '2025-06-15'), story: undefined };
		const summary = await state.save(plain, { kind: 'existing', id: STORY.id }, NOW);
		expect(summary).toMatchObject({ story: STORY, updated: 1, unchanged: 0, added: 0 });
		expect(await getCard(db, 'seed:seed-t')).toMatchObject({ supersededBy: 'june:june-t' });
		const { timeline } = (await state.timeline(STORY.id))!;
		expect(timeline.articles.map((a) => a.id)).toEqual(['seed', 'june']);
		expect(timeline.facts[0]?.points.map((p) => p.value)).toEqual(['11,000', '14,000']);
	});

	it('starts a new story by name; the same name again joins it', async () => {
		const plain = { ...article('a', '1', '2025-01-01'), story: undefined };
		await state.save(plain, { kind: 'new', title: '  Floods  in Spain ' }, NOW);
		expect((await state.list()).map((s) => s.title)).toEqual(['Floods in Spain', STORY.title]);
		const summary = await state.save(
			{ ...article('b', '2', '2025-02-01'), story: undefined },
			{ kind: 'new', title: 'floods in spain' },
			NOW
		);
		expect(summary?.story).toEqual({ id: 'floods-in-spain', title: 'Floods in Spain' });
		expect(summary?.updated).toBe(1);
	});

	it('refuses a future or nonsense date, an empty name or a missing story, saving nothing', async () => {
		const existing = { kind: 'existing', id: STORY.id } as const;
		await expect(state.save(article('f', '1', '2025-07-02'), existing, NOW)).rejects.toThrow(
			/in the future/
		);
		await expect(state.save(article('f', '1', '2025-02-30'), existing, NOW)).rejects.toThrow(
			/not a real date/
		);
		await expect(state.save(article('f', '1', 'yesterday'), existing, NOW)).rejects.toThrow(
			StoryError
		);
		await expect(state.save(article('f', '1'), { kind: 'new', title: ' ' }, NOW)).rejects.toThrow(
			/Give the story a name/
		);
		await expect(
			state.save(article('f', '1'), { kind: 'existing', id: 'gone' }, NOW)
		).rejects.toThrow(/no longer on this device/);
		expect(await listCustomSets(await database.open())).toEqual([]);
	});
});
