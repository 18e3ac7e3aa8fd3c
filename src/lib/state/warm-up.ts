import { browser } from '$app/environment';
import { database } from './database.svelte';
import { questionSets } from './question-sets.svelte';

/**
 * For the screens that open on stored data (review, progress): opens the database and fetches
 * the built-in sets as soon as the route's code is in (also when a link to it is preloaded), so
 * that both run while the page hydrates instead of after it. The screens reuse both (the
 * connection and the sets are kept for the tab); a failure here is left for their own load to
 * report. Nothing read from the database is kept here, so nothing can be stale.
 */
export function warmUpStoredData(): void {
	if (!browser) return;
	database.open().catch(() => {});
	questionSets.builtIn().catch(() => {});
}
