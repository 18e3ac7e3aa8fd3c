import type { SetSummary } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const sets: SetSummary[] = await (await fetch('/sets.json')).json();
	return { sets };
};
