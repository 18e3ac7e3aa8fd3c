// The page side of the browser benchmarks (scripts/bench/study-page.ts: fillBench, which stores
// data with the app's own lib/db and lib/srs), bundled for the browser with esbuild.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The bundle's source, to add to a page as a module script; it sets `window.benchReady`. */
export async function fillPageScript() {
	const result = await build({
		entryPoints: [path.join(root, 'scripts/bench/study-page.ts')],
		bundle: true,
		format: 'esm',
		target: 'es2022',
		write: false,
		alias: { $lib: path.join(root, 'src/lib') },
		logLevel: 'warning'
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error('esbuild wrote no bundle for scripts/bench/study-page.ts');
	return output.text;
}
