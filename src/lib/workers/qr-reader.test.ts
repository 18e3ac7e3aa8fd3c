// The scanner's decoder on frames a classroom camera would see: the code drawn 250 px wide in a
// 1280×720 frame and blurred (σ 2), decoded by zxing-wasm from the package's own .wasm (never a CDN).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuestionSet } from '$lib/content/question-set';
import { assignmentQuestions, decodeAssignment, payloadFromLink, resultUrl } from '$lib/share';
import { cameraFrame } from '$lib/share/camera-frame';
import { SequenceCollector, splitIntoParts } from '$lib/share/code-sequence';
import { sampleMcqQuestions } from '$lib/share/sample';
import { assignmentLink } from '$lib/teach/assignment-link';
import type { Assignment, QuestionSet } from '$lib/types';
import type { ScanMessage } from './qr-scan-protocol';
import { readQrCodes, scanHandler, useQrWasm } from './qr-reader';

const ARTICLE = readFileSync('content/articles/north-korea-troops-russia.md', 'utf8');
const ORIGIN = 'https://factdeck.app';
const WASM = readFileSync(
	fileURLToPath(import.meta.resolve('zxing-wasm/reader/zxing_reader.wasm'))
);
// Decoding a 1280×720 frame takes tens of milliseconds; the budget is for a busy shared machine.
const BUDGET = { timeout: 60_000 };

beforeAll(() => useQrWasm(WASM.buffer.slice(WASM.byteOffset, WASM.byteOffset + WASM.byteLength)));

function assignmentOf(questions: Assignment['questions']): Assignment {
	return {
		id: 'k3x9w2q7',
		title: 'North Korean troops in Russia — check your reading',
		due: '2026-12-04',
		passMark: 60,
		shuffle: true,
		feedback: 'end',
		createdAt: 1_795_000_000_000,
		questions
	};
}

describe('reading QR codes from a camera frame', () => {
	it(
		'reads 20 multiple-choice questions with feedback, 250 px wide, blurred σ 2',
		BUDGET,
		async () => {
			// 20 multiple-choice questions made from the seed article, each with its source sentence,
			// in a set every device holds (as the built-in seed set is).
			const mcq = sampleMcqQuestions(ARTICLE, 20, true);
			const set: QuestionSet = {
				id: 'north-korea-troops-russia',
				title: 'North Korea sends 3,000 more troops to Russia',
				generatorVersion: 'sample',
				sentences: mcq.map((q) => q.explanation ?? ''),
				questions: mcq.map((q, i) => ({
					...q,
					explanation: q.explanation ?? '',
					sourceSentence: i
				}))
			};
			const assignment = assignmentOf(assignmentQuestions(set.questions, { explanations: true }));
			expect(assignment.questions).toHaveLength(20);
			expect(assignment.questions.every((q) => q.type === 'mcq' && q.explanation)).toBe(true);
			const link = assignmentLink(ORIGIN, assignment, [set]);

			const texts = await readQrCodes(cameraFrame(link, { side: 250, sigma: 2 }));

			expect(texts).toEqual([link]);
			expect(decodeAssignment(payloadFromLink(texts[0] ?? ''), [set])).toEqual({
				ok: true,
				value: assignment
			});
		}
	);

	it(
		'reads 20 questions of the built-in seed set with feedback, 250 px wide, blurred σ 2',
		BUDGET,
		async () => {
			const seed = buildQuestionSet('north-korea-troops-russia.md', ARTICLE);
			const assignment = assignmentOf(
				assignmentQuestions(seed.questions.slice(0, 20), { explanations: true })
			);
			const link = assignmentLink(ORIGIN, assignment, [seed]);
			expect(await readQrCodes(cameraFrame(link, { side: 250, sigma: 2 }))).toEqual([link]);
		}
	);

	it(
		'reads a 20-question set made on the teacher’s device as a sequence of codes, each 250 px wide, blurred σ 2',
		BUDGET,
		async () => {
			// Not a built-in set, so the link carries every question, option and source sentence.
			const mine = sampleMcqQuestions(ARTICLE, 20, true);
			const assignment = assignmentOf(mine);
			expect(mine.every((q) => q.type === 'mcq' && q.explanation)).toBe(true);
			const link = assignmentLink(ORIGIN, assignment, []);
			expect(link).toMatch(/#A1\./);
			const parts = splitIntoParts(link);
			expect(parts.length).toBeGreaterThan(1);

			const collector = new SequenceCollector();
			const steps = [];
			for (const part of parts.toReversed()) {
				const texts = await readQrCodes(cameraFrame(part, { side: 250, sigma: 2 }));
				expect(texts).toEqual([part]);
				steps.push(collector.add(texts[0] ?? ''));
			}

			expect(steps.at(-1)).toEqual({ status: 'complete', text: link });
			expect(decodeAssignment(payloadFromLink(link))).toEqual({ ok: true, value: assignment });
		}
	);

	it('finds nothing in a frame without a code', BUDGET, async () => {
		const blank = { width: 64, height: 64, data: new Uint8ClampedArray(64 * 64 * 4).fill(200) };
		expect(await readQrCodes(blank)).toEqual([]);
	});
});

describe('the scan worker’s handler', () => {
	it('answers a camera frame of a result code with the link', BUDGET, async () => {
		const link = resultUrl(ORIGIN, {
			assignmentId: 'k3x9w2q7',
			student: 'Ada Lovelace',
			answers: Array.from({ length: 20 }, (_, i) => ({
				answer: `Option ${i}`,
				correct: i % 3 > 0
			})),
			timeMs: 512_345,
			finishedAt: Date.UTC(2026, 10, 27, 9, 30)
		});
		const messages: ScanMessage[] = [];
		await scanHandler((m) => messages.push(m))({
			id: 7,
			frame: cameraFrame(link, { side: 400, sigma: 1 })
		});
		expect(messages).toEqual([{ id: 7, kind: 'found', texts: [link], ms: expect.any(Number) }]);
	});

	it('reports a frame the decoder cannot take as a failure, not an exception', BUDGET, async () => {
		const messages: ScanMessage[] = [];
		const broken = { width: 100, height: 100, data: new Uint8ClampedArray(8) };
		await scanHandler((m) => messages.push(m))({ id: 8, frame: broken });
		expect(messages).toHaveLength(1);
		expect(messages[0]?.id).toBe(8);
	});
});
