// Benchmark: npm run bench:story. Times matching a new article against a story of 20 earlier
// articles (the seed article with its figures changed, generated as the app would). Target:
// ≤ 100 ms. Prints figures; it is not a test and asserts nothing.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/lib/content/article';
import { generateQuestionSet } from '../src/lib/generate/index';
import { matchStory, MAX_EARLIER_ARTICLES } from '../src/lib/story/match';
import { storyTimeline } from '../src/lib/story/timeline';

const PATH = 'content/articles/north-korea-troops-russia.md';
const seed = parseArticle(PATH, readFileSync(PATH, 'utf8'));

/** The seed's text with every figure scaled, so each version changes its values. */
function version(i: number) {
	const text = seed.text.replace(/\d[\d,]*/g, (n) =>
		Math.round(Number(n.replace(/,/g, '')) * (1 + i / 10)).toLocaleString('en-US')
	);
	const date = new Date(Date.UTC(2024, 0, 1 + i * 7)).toISOString().slice(0, 10);
	return generateQuestionSet({ text, title: `Version ${i}`, date });
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
}

const story = Array.from({ length: MAX_EARLIER_ARTICLES }, (_, i) => version(i));
const newer = version(MAX_EARLIER_ARTICLES);
const questions = story.reduce((n, s) => n + s.questions.length, 0);
for (let i = 0; i < 5; i++) matchStory(newer, story);
const times: number[] = [];
let result = matchStory(newer, story);
for (let i = 0; i < 30; i++) {
	const start = performance.now();
	result = matchStory(newer, story);
	times.push(performance.now() - start);
}
const changed = result.matches.filter((m) => m.kind === 'changed').length;
console.log(
	`match a new article (${newer.questions.length} questions) against ${story.length} earlier articles (${questions} questions): median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (target ≤ 100 ms)`
);
console.log(
	`  ${result.matches.length} matched (${changed} changed), ${result.newFacts.length} new`
);

const long = Array.from({ length: 300 }, (_, i) => ({
	...(story[i % story.length] as (typeof story)[number]),
	id: `long-${i}`,
	date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10)
}));
let start = performance.now();
matchStory(newer, long);
console.log(`  a story of 300 articles: ${(performance.now() - start).toFixed(1)} ms to match`);
start = performance.now();
const timeline = storyTimeline(long);
console.log(
	`  its timeline (latest ${timeline.articles.length}, ${timeline.leftOut} left out): ${(performance.now() - start).toFixed(1)} ms`
);
