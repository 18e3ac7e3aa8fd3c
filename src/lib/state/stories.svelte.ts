import { listStories, saveStorySetWithCards, type FactdeckDB } from '$lib/db';
import { dayKey } from '$lib/study/day';
import { checkStoryTitle, planStoryJoin, storyDateProblem } from '$lib/story/join';
import { storyOrder } from '$lib/story/match';
import { storyTimeline, type StoryTimeline } from '$lib/story/timeline';
import type { QuestionSet, Story } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';
import { questionSets as appQuestionSets, type QuestionSets } from './question-sets.svelte';

/** Where a set being saved goes: no story, an existing one (by id), or a new one (by name). */
export type StoryChoice =
	{ kind: 'none' } | { kind: 'existing'; id: string } | { kind: 'new'; title: string };

/** What joining a story did, for the message after saving. */
export interface JoinSummary {
	/** The set that joined. */
	setId: string;
	story: Story;
	/** Facts whose value changed: the older card retired, the new one carrying its schedule. */
	updated: number;
	/** Facts stated again unchanged: linked to the card already studied. */
	unchanged: number;
	/** Facts no earlier article asks: new cards. */
	added: number;
	/** Earlier articles compared, and how many the story has (more in a very long story). */
	compared: number;
	earlier: number;
}

/** A sentence for the learner: why a set could not join a story. Nothing was saved. */
export class StoryError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoryError';
	}
}

/**
 * Stories: those stored on this device and those the built-in sets name; saving a set into one
 * (matching its facts to the story's earlier articles), and a story's timeline.
 */
export class Stories {
	#database: Database;
	#sets: QuestionSets;
	#lastJoin = $state.raw<JoinSummary | undefined>();

	constructor(database: Database = appDatabase, sets: QuestionSets = appQuestionSets) {
		this.#database = database;
		this.#sets = sets;
	}

	/** What the last save into a story did, for the set's page to say once. */
	get lastJoin() {
		return this.#lastJoin;
	}

	/** Every story, by name. */
	async list(): Promise<Story[]> {
		const [index, stored] = await Promise.all([
			this.#sets.builtInIndex(),
			listStories(await this.#database.open())
		]);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, not state
		const byId = new Map<string, Story>();
		for (const entry of index) if (entry.story) byId.set(entry.story.id, entry.story);
		for (const { id, title } of stored) byId.set(id, { id, title });
		return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
	}

	/** A story's articles, oldest first. */
	async articles(db: FactdeckDB, storyId: string): Promise<QuestionSet[]> {
		const sets = await this.#sets.all(db);
		return storyOrder(sets.filter((set) => set.story?.id === storyId));
	}

	/** A story and its timeline; undefined when there is no such story. */
	async timeline(storyId: string): Promise<{ story: Story; timeline: StoryTimeline } | undefined> {
		const db = await this.#database.open();
		const story = (await this.list()).find((s) => s.id === storyId);
		if (!story) return undefined;
		return { story, timeline: storyTimeline(await this.articles(db, storyId)) };
	}

	/**
	 * Saves a set made or imported on this device, in the story chosen (or in none). Joining a
	 * story matches its facts to the earlier articles' and links the cards in the same
	 * transaction as the save. Throws StoryError, with nothing saved, for a story name or an
	 * article date that cannot be used.
	 */
	async save(
		set: QuestionSet,
		choice: StoryChoice,
		now = Date.now()
	): Promise<JoinSummary | undefined> {
		if (choice.kind === 'none') {
			await this.#sets.saveCustom(set, now);
			return undefined;
		}
		const story = await this.#resolve(choice);
		const dateProblem = storyDateProblem(set.date, dayKey(now));
		if (dateProblem) throw new StoryError(dateProblem);
		const db = await this.#database.open();
		const joining = { ...set, story };
		const others = (await this.articles(db, story.id)).filter((s) => s.id !== set.id);
		const { match, links } = planStoryJoin(joining, others);
		const result = await saveStorySetWithCards(db, joining, links, now);
		this.#lastJoin = {
			setId: set.id,
			story,
			updated: result.superseded,
			unchanged: result.linked,
			added: match.newFacts.length,
			compared: match.compared,
			earlier: match.earlier
		};
		return this.#lastJoin;
	}

	async #resolve(choice: Exclude<StoryChoice, { kind: 'none' }>): Promise<Story> {
		const known = await this.list();
		if (choice.kind === 'existing') {
			const story = known.find((s) => s.id === choice.id);
			if (!story) throw new StoryError('That story is no longer on this device; pick another.');
			return story;
		}
		const checked = checkStoryTitle(choice.title);
		if (!checked.ok) throw new StoryError(checked.error);
		// A new story named like an existing one joins it rather than making a second one.
		return known.find((s) => s.id === checked.value.id) ?? checked.value;
	}
}

export const stories = new Stories();

/** The story picker's fields as a choice: '' is no story, 'new' a new one named `title`. */
export function storyChoice(selected: string, title: string): StoryChoice {
	if (selected === '') return { kind: 'none' };
	if (selected === NEW_STORY) return { kind: 'new', title };
	return { kind: 'existing', id: selected };
}

/** The picker's value for "Start a new story"; story ids are lower-case words, never this. */
export const NEW_STORY = '+new';
