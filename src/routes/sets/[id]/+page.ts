import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import type { QuestionSet, SetSummary } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	// The index is precached, so an unknown id is a 404 offline as well as online.
	const index: SetSummary[] = await (await fetch('/sets.json')).json();
	if (index.some((entry) => entry.id === params.id)) {
		const set: QuestionSet = await (await fetch(`/sets/${params.id}.json`)).json();
		return { set };
	}
	if (browser) {
		// Sets made on this device live only in its IndexedDB.
		const [{ database }, { getCustomSet }] = await Promise.all([
			import('$lib/state/database.svelte'),
			import('$lib/db')
		]);
		const set = await getCustomSet(await database.open(), params.id);
		if (set) return { set };
	}
	error(404, 'There is no question set here.');
};
