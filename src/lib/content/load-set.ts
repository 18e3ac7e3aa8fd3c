import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import type { QuestionSet, SetSummary } from '$lib/types';

/**
 * The set behind a /sets/<id> page: a built-in one from the prerendered JSON (precached, so an
 * unknown id is a 404 offline as well as online), or one made on this device, from IndexedDB.
 * Takes SvelteKit's `fetch` so that prerendering inlines the JSON into the page.
 */
export async function loadQuestionSet(
	fetch: typeof globalThis.fetch,
	id: string
): Promise<QuestionSet> {
	const index: SetSummary[] = await (await fetch('/sets.json')).json();
	if (index.some((entry) => entry.id === id)) {
		return (await fetch(`/sets/${id}.json`)).json();
	}
	if (browser) {
		const [{ database }, { getCustomSet }] = await Promise.all([
			import('$lib/state/database.svelte'),
			import('$lib/db')
		]);
		const set = await getCustomSet(await database.open(), id);
		if (set) return set;
	}
	error(404, 'There is no question set here.');
}
