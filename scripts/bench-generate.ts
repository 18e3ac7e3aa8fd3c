// Benchmark: npm run bench:generate. Prints figures; it is not a test and asserts nothing.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { parseArticle } from '../src/lib/content/article';
import { generateQuestionSet } from '../src/lib/generate/index';

const PATH = 'content/articles/north-korea-troops-russia.md';
const seed = parseArticle(PATH, readFileSync(PATH, 'utf8'));

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Medians of two functions timed alternately, so that load from other processes hits both. */
function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
	const as: number[] = [];
	const bs: number[] = [];
	for (let i = 0; i < runs; i += 1) {
		let start = performance.now();
		a();
		as.push(performance.now() - start);
		start = performance.now();
		b();
		bs.push(performance.now() - start);
	}
	return [median(as), median(bs)];
}

for (let i = 0; i < 10; i += 1) {
	generateQuestionSet(seed);
	nlp(seed.text);
}
const [seedMs, parseMs] = timePair(
	() => generateQuestionSet(seed),
	() => nlp(seed.text),
	40
);
const questions = generateQuestionSet(seed).questions.length;

console.log(`seed: ${seed.text.length} chars, ${questions} questions`);
console.log(`seed generation: ${seedMs.toFixed(1)} ms median of 40 warm runs (target < 50 ms)`);
console.log(`questions per second: ${Math.round((questions * 1000) / seedMs)}`);
console.log(`compromise bare parse of the seed: ${parseMs.toFixed(1)} ms`);
console.log(`ratio generation / bare parse: ${(seedMs / parseMs).toFixed(2)} (target <= 3)`);
console.log('');
console.log('length   chars     generation ms   bare parse ms   ratio   ms per 1x');
for (const factor of [1, 4, 16, 64]) {
	const text = Array.from({ length: factor }, () => seed.text).join('\n');
	const runs = factor >= 64 ? 3 : factor >= 16 ? 5 : 9;
	const [genMs, bareMs] = timePair(
		() => generateQuestionSet({ ...seed, text }),
		() => nlp(text),
		runs
	);
	console.log(
		`${`${factor}x`.padEnd(8)} ${String(text.length).padEnd(9)} ${genMs.toFixed(1).padStart(13)}   ${bareMs.toFixed(1).padStart(13)}   ${(genMs / bareMs).toFixed(2).padStart(5)}   ${(genMs / factor).toFixed(1).padStart(9)}`
	);
}

// Bad input, timed here rather than in the unit tests (which only check that nothing throws).
console.log('');
const seedWords = seed.text.replace(/[.!?]/g, '').split(/\s+/);
const badInputs: Array<[string, string]> = [
	[
		'one sentence of 20,000 words',
		Array.from({ length: 20_000 }, (_, i) => seedWords[i % seedWords.length]).join(' ') + '.'
	],
	[
		'2 MB of text',
		Array.from({ length: Math.ceil(2_000_000 / seed.text.length) }, () => seed.text).join('\n')
	]
];
for (const [name, text] of badInputs) {
	const start = performance.now();
	const set = generateQuestionSet({ text });
	const ms = performance.now() - start;
	console.log(
		`${name}: ${ms.toFixed(0)} ms, ${set.questions.length} questions, ${(ms / (text.length / 100_000)).toFixed(0)} ms per 100 KB`
	);
}
