// Prints the gzipped JavaScript and CSS that "/" loads before it is interactive: the scripts and
// styles its prerendered HTML links or imports. Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildDirs } from './build-dirs.js';

const JS_BUDGET_KB = 60;
const BUILD = buildDirs().pages;
const html = await readFile(`${BUILD}/index.html`, 'utf8');
/** @param {RegExp} pattern */
const linked = (pattern) => [...html.matchAll(pattern)].flatMap((match) => match[1] ?? []);
const scripts = new Set([
	...linked(/<link href="([^"]+\.js)" rel="modulepreload">/g),
	...linked(/import\("([^"]+\.js)"\)/g)
]);
const styles = new Set(linked(/<link href="([^"]+\.css)" rel="stylesheet">/g));

/** @param {Iterable<string>} files */
async function gzipped(files) {
	let total = 0;
	const contents = [];
	for (const file of files) {
		const body = await readFile(`${BUILD}/${file.replace(/^\.?\//, '')}`);
		total += gzipSync(body, { level: 9 }).length;
		contents.push(body.toString('utf8'));
	}
	return { total, contents };
}

const js = await gzipped(scripts);
const css = await gzipped(styles);
// compromise's tagger ships this tag name; no Factdeck page code uses the word.
const nlpLoaded = js.contents.some(
	(code) => code.includes('ProperNoun') && code.includes('Possessive')
);
/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1);

console.log(
	`/ loads ${scripts.size} JavaScript files: ${kb(js.total)} KB gzipped (budget ${JS_BUDGET_KB} KB)`
);
console.log(`/ loads ${styles.size} CSS files: ${kb(css.total)} KB gzipped`);
console.log(`NLP library in /'s JavaScript: ${nlpLoaded ? 'YES' : 'no'}`);
if (js.total > JS_BUDGET_KB * 1024 || nlpLoaded) process.exitCode = 1;
