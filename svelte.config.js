import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

import { buildDirs } from './scripts/build-dirs.js';

const dirs = buildDirs();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; 404.html is the shell that renders unknown URLs
		// (served by static hosts for misses, and by the service worker offline). `precompress`
		// writes a .br and a .gz (node:zlib) beside every HTML, JS, CSS, JSON and SVG file, which
		// scripts/serve.js sends by Accept-Encoding.
		adapter: adapter({
			pages: dirs.pages,
			assets: dirs.pages,
			fallback: '404.html',
			precompress: true,
			strict: true
		}),
		outDir: dirs.kit,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// `npm run check` type-checks the scripts (CLI, server, test runner, benchmarks) too.
		typescript: {
			config: (config) => ({
				...config,
				include: [...config.include, '../scripts/**/*.ts', '../scripts/**/*.js']
			})
		}
	}
};

export default config;
