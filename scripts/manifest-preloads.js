// Used by vite.config.ts (staticImportsPreloaded): the client manifest SvelteKit reads to list a
// page's modulepreload links, with the dynamic imports that bring no CSS or assets left out.

/** @typedef {{ file: string, imports?: string[], dynamicImports?: string[], css?: string[], assets?: string[] }} ManifestChunk */

/**
 * Whether a chunk, or anything it imports statically, carries CSS or assets.
 * @param {Record<string, ManifestChunk>} manifest @param {string} key
 */
function bringsStyles(manifest, key) {
	const seen = new Set();
	const stack = [key];
	while (stack.length > 0) {
		const current = /** @type {string} */ (stack.pop());
		if (seen.has(current)) continue;
		seen.add(current);
		const chunk = manifest[current];
		if (!chunk) continue;
		if (chunk.css?.length || chunk.assets?.length) return true;
		stack.push(...(chunk.imports ?? []));
	}
	return false;
}

/**
 * A copy of the manifest in which each chunk keeps only the dynamic imports whose code (with
 * everything it imports statically) carries CSS or assets.
 * @param {Record<string, ManifestChunk>} manifest
 * @returns {Record<string, ManifestChunk>}
 */
export function withoutPlainDynamicImports(manifest) {
	return Object.fromEntries(
		Object.entries(manifest).map(([key, chunk]) => {
			if (!chunk.dynamicImports) return [key, chunk];
			const { dynamicImports, ...rest } = chunk;
			const kept = dynamicImports.filter((dep) => bringsStyles(manifest, dep));
			return [key, kept.length > 0 ? { ...rest, dynamicImports: kept } : rest];
		})
	);
}
