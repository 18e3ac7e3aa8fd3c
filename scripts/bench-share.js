// `npm run bench:share` (node part): link length and QR version for assignments of 5, 10, 20 and
// 40 multiple-choice questions made from the seed article, plus encode and decode times.
// The share modules are TypeScript; tsx loads them (and resolves `$lib`) without a build.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const ORIGIN = 'https://factdeck.app';
const ARTICLE = new URL('../content/articles/north-korea-troops-russia.md', import.meta.url);

const share = await tsImport('../src/lib/share/index.ts', import.meta.url);
const sample = await tsImport('../src/lib/share/sample.ts', import.meta.url);

/** Median milliseconds of `fn` over enough runs to be stable. */
function time(fn) {
	const runs = [];
	for (let i = 0; i < 30; i++) {
		const start = performance.now();
		fn();
		runs.push(performance.now() - start);
	}
	runs.sort((a, b) => a - b);
	return runs[Math.floor(runs.length / 2)];
}

const text = readFileSync(ARTICLE, 'utf8');
const version = (url, level) => share.qrVersion(url, level) ?? 'none';
const pad = (value, width) => String(value).padStart(width);

console.log('Assignment links (origin %s, mcq questions from the seed article)', ORIGIN);
console.log(
	"Prompts are whole sentences with a gap; their explanation is the sentence, which a link carries as one flag, so 'yes' costs nothing here (see the generator's questions below for real explanations)."
);
console.log(
	'questions  explanations  link chars  QR version L  QR version M  encode ms  decode ms  projector (≤25, L)'
);
for (const explanation of [false, true]) {
	for (const count of [5, 10, 20, 40]) {
		const questions = sample.sampleMcqQuestions(text, count, explanation);
		const assignment = sample.sampleAssignment(questions);
		const url = share.assignmentUrl(ORIGIN, assignment);
		const payload = share.payloadFromLink(url);
		const encodeMs = time(() => share.encodeAssignment(assignment));
		const decodeMs = time(() => share.decodeAssignment(payload));
		if (!share.decodeAssignment(payload).ok) throw new Error('a benchmark link did not decode');
		console.log(
			[
				pad(questions.length, 9),
				pad(explanation ? 'yes' : 'no', 12),
				pad(url.length, 10),
				pad(version(url, 'L'), 12),
				pad(version(url, 'M'), 12),
				pad(encodeMs.toFixed(2), 9),
				pad(decodeMs.toFixed(2), 9),
				pad(share.fitsProjectorQr(url, 'L') ? 'yes' : 'no', 18)
			].join('  ')
		);
	}
}

// The generator's own questions, when it makes enough: what a teacher would really assign.
try {
	const { generateQuestionSet } = await tsImport('../src/lib/generate/index.ts', import.meta.url);
	const body = text.replace(/^---[\s\S]*?---/, '');
	const set = generateQuestionSet({ text: body, title: 'Seed article' }, { maxQuestions: 80 });
	const mcq = set.questions.filter((q) => q.type === 'mcq');
	console.log(
		'\nGenerator (%s): %d questions, %d mcq',
		set.generatorVersion,
		set.questions.length,
		mcq.length
	);
	for (const [label, pool] of [
		['mcq', mcq],
		['any type', set.questions]
	]) {
		for (const count of [10, 20]) {
			if (pool.length < count) continue;
			for (const explanations of [false, true]) {
				const questions = share.assignmentQuestions(pool.slice(0, count), { explanations });
				const url = share.assignmentUrl(ORIGIN, sample.sampleAssignment(questions));
				console.log(
					'  %d %s questions, explanations %s: %d chars, QR version L %s / M %s',
					count,
					label,
					explanations ? 'yes' : 'no ',
					url.length,
					version(url, 'L'),
					version(url, 'M')
				);
			}
		}
	}
} catch (error) {
	console.log('\nGenerator not measured: %s', error instanceof Error ? error.message : error);
}

const answers = Array.from({ length: 20 }, (_, i) => ({
	answer: `Option ${i}`,
	correct: i % 3 > 0
}));
const result = {
	assignmentId: 'k3x9w2q7',
	student: 'Ada Lovelace',
	answers,
	timeMs: 512_345,
	finishedAt: Date.UTC(2026, 10, 27, 9, 30)
};
const resultLink = share.resultUrl(ORIGIN, result);
const resultPayload = share.payloadFromLink(resultLink);
console.log(
	'\nResult link, 20 answers: %d chars, QR version L %s / M %s, encode %s ms, decode %s ms',
	resultLink.length,
	version(resultLink, 'L'),
	version(resultLink, 'M'),
	time(() => share.encodeResult(result)).toFixed(2),
	time(() => share.decodeResult(resultPayload)).toFixed(2)
);
