// The one way to load a question set: built-in sets from the prerendered JSON (precached by the
// service worker), sets made on this device from IndexedDB through the question-sets state.
import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import type { QuestionSet, SetSummary } from '$lib/types';

type Fetch = typeof globalThis.fetch;

/** The built-in sets, as listed by /sets.json. */
export function fetchSetIndex(fetch: Fetch): Promise<SetSummary[]> {
	return fetchJson<SetSummary[]>(fetch, '/sets.json');
}

/** A built-in set by id; rejects with a sentence when it cannot be fetched. */
export function fetchBuiltInSet(fetch: Fetch, id: string): Promise<QuestionSet> {
	return fetchJson<QuestionSet>(fetch, `/sets/${encodeURIComponent(id)}.json`);
}

async function fetchJson<T>(fetch: Fetch, url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
	// Written by our own build (routes/sets/[id].json), so trusted like the app's code.
	return (await response.json()) as T;
}

/**
 * The set behind a /sets/<id> page: a built-in one (an unknown id is a 404 offline as well as
 * online), or one made on this device. Takes SvelteKit's `fetch` so that prerendering inlines the
 * JSON into the page.
 */
export async function loadQuestionSet(fetch: Fetch, id: string): Promise<QuestionSet> {
	const index = await fetchSetIndex(fetch);
	if (index.some((entry) => entry.id === id)) return fetchBuiltInSet(fetch, id);
	if (browser) {
		const { questionSets } = await import('$lib/state/question-sets.svelte');
		const set = await questionSets.find(id);
		if (set) return set;
	}
	error(404, 'There is no question set here.');
}
