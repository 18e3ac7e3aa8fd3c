import { messageOf } from '$lib/error-message';
import type { StoryTimeline } from '$lib/story/timeline';
import type { Story } from '$lib/types';
import type { Fragment } from './fragment';
import { stories as appStories, type Stories } from './stories.svelte';

export type StoryPhase = 'loading' | 'list' | 'story' | 'missing';

/** The /stories page: every story (no fragment), or one story's timeline (`#<story id>`). */
export class StoryPage {
	#stories: Stories;
	#phase = $state<StoryPhase>('loading');
	#list = $state.raw<Story[]>([]);
	#story = $state.raw<Story | undefined>();
	#timeline = $state.raw<StoryTimeline | undefined>();
	#problem = $state<string | undefined>();
	#token = 0;

	constructor(stories: Stories = appStories) {
		this.#stories = stories;
	}

	get phase() {
		return this.#phase;
	}
	get list() {
		return this.#list;
	}
	get story() {
		return this.#story;
	}
	get timeline() {
		return this.#timeline;
	}
	get problem() {
		return this.#problem;
	}

	async open(fragment: Fragment) {
		const token = ++this.#token;
		this.#phase = 'loading';
		this.#problem = undefined;
		if (!fragment.ok) return this.#missing(fragment.error);
		try {
			if (fragment.value === '') {
				const list = await this.#stories.list();
				if (token !== this.#token) return;
				this.#list = list;
				this.#phase = 'list';
				return;
			}
			const found = await this.#stories.timeline(fragment.value);
			if (token !== this.#token) return;
			if (!found) return this.#missing('There is no story with this link on this device.');
			this.#story = found.story;
			this.#timeline = found.timeline;
			this.#phase = 'story';
		} catch (error) {
			if (token === this.#token) this.#missing(messageOf(error, 'Could not read the stories.'));
		}
	}

	#missing(problem: string) {
		this.#problem = problem;
		this.#phase = 'missing';
	}
}

export const storyPage = new StoryPage();
