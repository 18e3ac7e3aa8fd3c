import type { SetSummary } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch('/sets.json');
	const sets: SetSummary[] = await response.json();
	return { sets };
};
