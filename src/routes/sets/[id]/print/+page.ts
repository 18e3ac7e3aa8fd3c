import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import type { QuestionSet, SetSummary } from '$lib/types';
import type { PageLoad } from './$types';

// The same sources as the set page: the prerendered JSON, or this device's own sets.
export const load: PageLoad = async ({ fetch, params }) => {
	const index: SetSummary[] = await (await fetch('/sets.json')).json();
	if (index.some((entry) => entry.id === params.id)) {
		const set: QuestionSet = await (await fetch(`/sets/${params.id}.json`)).json();
		return { set };
	}
	if (browser) {
		const [{ database }, { getCustomSet }] = await Promise.all([
			import('$lib/state/database.svelte'),
			import('$lib/db')
		]);
		const set = await getCustomSet(await database.open(), params.id);
		if (set) return { set };
	}
	error(404, 'There is no question set here.');
};
