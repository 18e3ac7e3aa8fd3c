import { browser } from '$app/environment';
import { database } from './database.svelte';
import { questionSets } from './question-sets.svelte';

/**
 * For the review screen: opens the database and fetches the built-in sets as soon as the
 * route's code is in, so that both run while the page hydrates instead of after it. The screen
 * reuses both (the connection and the sets are kept for the tab); a failure here is left for
 * its own start to report. (The progress route starts its whole load the same way.)
 */
export function warmUpStoredData(): void {
	if (!browser) return;
	database.open().catch(() => {});
	questionSets.builtIn().catch(() => {});
}
