import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { webManifest } from './src/lib/pwa/manifest';
import { buildDirs } from './scripts/build-dirs.js';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			// SvelteKit builds with a relative base; the worker must register at the root from any page.
			base: '/',
			scope: '/',
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
					'client/**/*.{js,css,ico,png,svg,webmanifest}',
					'prerendered/**/*.{html,json}'
				],
				// Unknown URLs offline get the 404 shell, never the home page.
				navigateFallback: '/404.html',
				ignoreURLParametersMatching: [/^x-sveltekit-/, /^utm_/],
				cleanupOutdatedCaches: true,
				// The first install takes control at once; updates still wait for the user's reload.
				clientsClaim: true
			},
			devOptions: { enabled: false }
		})
	],
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
