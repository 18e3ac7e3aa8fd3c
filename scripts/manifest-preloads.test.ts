import { describe, expect, it } from 'vitest';
import { withoutPlainDynamicImports } from './manifest-preloads.js';

describe('withoutPlainDynamicImports', () => {
	const manifest = {
		'nodes/5.js': { file: 'nodes/5.js', imports: ['_layout.js', '_db.js'] },
		'_layout.js': {
			file: 'chunks/layout.js',
			dynamicImports: ['open.ts', 'Lazy.svelte', 'lazy-module.ts']
		},
		'open.ts': { file: 'chunks/open.js', imports: ['_db.js'] },
		'_db.js': { file: 'chunks/db.js' },
		'Lazy.svelte': { file: 'chunks/Lazy.js', css: ['assets/Lazy.css'] },
		'lazy-module.ts': { file: 'chunks/lazy-module.js', imports: ['_styled.js'] },
		'_styled.js': { file: 'chunks/styled.js', assets: ['assets/icon.svg'] },
		'plain.ts': { file: 'chunks/plain.js', dynamicImports: ['open.ts'] }
	};

	it('drops dynamic imports that bring no CSS or assets, and keeps those that do', () => {
		const result = withoutPlainDynamicImports(manifest);
		expect(result['_layout.js']?.dynamicImports).toEqual(['Lazy.svelte', 'lazy-module.ts']);
		expect(result['plain.ts']).toEqual({ file: 'chunks/plain.js' });
	});

	it('leaves static imports, files and styles as they are', () => {
		const result = withoutPlainDynamicImports(manifest);
		expect(result['nodes/5.js']).toEqual(manifest['nodes/5.js']);
		expect(result['open.ts']).toEqual(manifest['open.ts']);
		expect(result['Lazy.svelte']).toEqual(manifest['Lazy.svelte']);
		expect(Object.keys(result)).toEqual(Object.keys(manifest));
	});

	it('ends on import cycles', () => {
		const cyclic = {
			'a.js': { file: 'a.js', dynamicImports: ['b.js'] },
			'b.js': { file: 'b.js', imports: ['c.js'] },
			'c.js': { file: 'c.js', imports: ['b.js'] }
		};
		expect(withoutPlainDynamicImports(cyclic)['a.js']).toEqual({ file: 'a.js' });
	});
});
