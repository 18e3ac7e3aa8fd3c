// Where a build goes. FACTDECK_OUT=name builds into build-name/ and .svelte-kit-name/ instead of
// build/ and .svelte-kit/, so that several builds (and their end-to-end runs) can share one checkout.
export function buildDirs(out = process.env.FACTDECK_OUT) {
	if (!out) return { pages: 'build', kit: '.svelte-kit' };
	if (!/^[a-z0-9-]+$/.test(out)) throw new Error(`FACTDECK_OUT must be a plain name, not "${out}"`);
	return { pages: `build-${out}`, kit: `.svelte-kit-${out}` };
}
