import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#1d4ed8';
export const BACKGROUND_COLOR = '#f8fafc';

export const webManifest: Partial<ManifestOptions> = {
	name: 'Factdeck — learn what you read',
	short_name: 'Factdeck',
	description:
		'Turn articles, speeches and lessons into question sets and study them offline with spaced repetition.',
	id: '/',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: THEME_COLOR,
	background_color: BACKGROUND_COLOR,
	lang: 'en',
	categories: ['education'],
	// "Share → Factdeck": one share target, POSTed (files need multipart), answered by the service
	// worker's static/share-target.js, which opens /create with the shared article.
	share_target: {
		action: '/share-target', // SHARE_TARGET_ACTION (vite.config.ts loads this file without $lib)
		method: 'POST',
		enctype: 'multipart/form-data',
		params: {
			title: 'title',
			text: 'text',
			url: 'url',
			files: [
				{
					name: 'files',
					accept: ['text/plain', 'text/html', 'text/markdown', '.txt', '.html', '.htm', '.md']
				}
			]
		}
	},
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
};
