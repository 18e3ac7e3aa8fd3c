import { loadQuestionSet } from '$lib/content/load-set';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => ({
	set: await loadQuestionSet(fetch, params.id)
});
