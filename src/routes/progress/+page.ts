import { browser } from '$app/environment';
import { progress } from '$lib/state/progress.svelte';
import type { PageLoad } from './$types';

// The statistics start loading as soon as the route's code is in, while the page hydrates.
export const load: PageLoad = () => {
	if (browser) void progress.visit();
};
