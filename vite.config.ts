import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Manifest, Plugin } from 'vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { webManifest } from './src/lib/pwa/manifest';
import { buildDirs } from './scripts/build-dirs.js';
import { withoutPlainDynamicImports } from './scripts/manifest-preloads.js';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			// SvelteKit builds with a relative base; the worker must register at the root from any page.
			base: '/',
			scope: '/',
			// Where the worker is written (then moved by moveServiceWorker): must follow FACTDECK_OUT.
			outDir: `${buildDirs().kit}/output`,
			manifest: webManifest,
			includeAssets: ['favicon.svg', 'robots.txt'],
			kit: {
				adapterFallback: '404.html',
				outDir: buildDirs().kit,
				// Precaches the 404 shell, revisioned by the app version.
				spa: true,
				trailingSlash: 'never'
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webmanifest,wasm}',
					'prerendered/**/*.{html,json}'
				],
				// Unknown URLs offline get the 404 shell, never the home page.
				navigateFallback: '/404.html',
				ignoreURLParametersMatching: [/^x-sveltekit-/, /^utm_/],
				cleanupOutdatedCaches: true,
				// The first install takes control at once; updates still wait for the user's reload.
				clientsClaim: true,
				// The manifest's share target (POST /share-target): keeps the share, opens /create.
				importScripts: ['share-target.js']
			},
			devOptions: { enabled: false }
		}),
		moveServiceWorker(),
		staticImportsPreloaded()
	],
	// Fewer, larger chunks: each page loaded 30-50 files, and on a phone's connection every
	// request costs a round trip (merging only chunks under 8 KB; pages load nothing new).
	build: { rollupOptions: { output: { experimentalMinChunkSize: 8_000 } } },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// No test may depend on the machine's speed: vitest's 5 s default fails ordinary tests on a
		// loaded 2-core machine. Property and fuzz tests carry their own budgets (src/lib/fuzz.ts).
		testTimeout: 30_000,
		hookTimeout: 30_000
	}
});

/**
 * SvelteKit lists a page's modulepreload links by walking the client manifest depth first with
 * one "seen" set (find_deps, @sveltejs/kit 2.70): a chunk first reached through a dynamic import
 * (the database code, lazily imported by the layout's state) is never listed, even when the page
 * imports it statically, so the browser found 30-90 KB of the review and progress pages' code
 * only after parsing what was listed. Dynamic imports serve that walk only to find the CSS of
 * lazily loaded code; those that bring none are dropped from the manifest it reads.
 */
function staticImportsPreloaded(): Plugin {
	return {
		name: 'factdeck-static-imports-preloaded',
		apply: 'build',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				const asset = bundle['.vite/manifest.json'];
				if (asset?.type !== 'asset') return;
				const manifest = JSON.parse(String(asset.source)) as Manifest;
				asset.source = JSON.stringify(withoutPlainDynamicImports(manifest), null, 2);
			}
		}
	};
}

/**
 * @vite-pwa/sveltekit only moves the worker into the client output when it is under
 * `.svelte-kit/output`, and otherwise moves files of that shared directory; with FACTDECK_OUT the
 * worker is written to `<kit>/output` (outDir above) and moved here, before the adapter copies the
 * client output (both plugins are `pre`, this one runs second).
 */
function moveServiceWorker(): Plugin {
	const output = `${buildDirs().kit}/output`;
	return {
		name: 'factdeck-move-service-worker',
		enforce: 'pre',
		apply: 'build',
		closeBundle: {
			sequential: true,
			async handler() {
				for (const file of await readdir(output)) {
					if (file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file)) {
						await rename(join(output, file), join(output, 'client', file));
					}
				}
			}
		}
	};
}
