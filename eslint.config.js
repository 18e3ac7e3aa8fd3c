import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The layers (README, "Layers"): routes -> components -> state -> core and db, one direction only.
// Each group keeps one thing out; relative paths count as much as `$lib` ones.
const CORE = [
	'generate',
	'srs',
	'share',
	'export',
	'gradebook',
	'study',
	'create',
	'teach',
	'story',
	'sync'
];
const NO_ROUTES = {
	group: ['**/routes', '**/routes/**'],
	message: 'Nothing imports from src/routes: move what is shared into src/lib.'
};
const NO_IDB = {
	group: ['idb', 'idb/**'],
	message: 'Only src/lib/db touches IndexedDB; ask a state module (src/lib/state) instead.'
};
const NO_COMPONENTS = {
	group: ['$lib/components', '$lib/components/**', '../**/components', '../**/components/**'],
	message: 'src/lib/state never imports components: move the logic into state or the core.'
};
const NO_DB = {
	group: ['$lib/db', '$lib/db/**', '../**/db', '../**/db/**'],
	message: 'Components and pages ask a state module (src/lib/state), never the database.'
};
const PURE_CORE = {
	group: [
		'svelte',
		'svelte/**',
		'*.svelte',
		'$app/**',
		...['db', 'state', 'components', 'download'].flatMap((name) => [
			`$lib/${name}`,
			`$lib/${name}/**`,
			`../**/${name}`,
			`../**/${name}/**`
		])
	],
	message: `The core (src/lib/{${CORE.join(',')}}) is pure TypeScript: no Svelte, no $app, no IndexedDB, no DOM, no state or components; those call the core, never the other way.`
};
const layers = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'dev-dist/',
			'test-results/',
			'node_modules/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{ rules: layers(NO_ROUTES, NO_IDB) },
	{ files: ['src/lib/db/**'], rules: layers(NO_ROUTES) },
	{ files: ['src/lib/components/**', 'src/routes/**'], rules: layers(NO_ROUTES, NO_IDB, NO_DB) },
	{ files: ['src/lib/state/**'], rules: layers(NO_ROUTES, NO_IDB, NO_COMPONENTS) },
	{
		files: [`src/lib/{${CORE.join(',')}}/**`],
		rules: {
			...layers(NO_ROUTES, NO_IDB, PURE_CORE),
			'no-restricted-globals': [
				'error',
				...['window', 'document', 'navigator', 'location', 'indexedDB', 'localStorage'].map(
					(name) => ({ name, message: `The core runs in Node too: no DOM (\`${name}\`).` })
				)
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
