import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from './index';
import { isTimeSensitive, isTimeSensitiveText } from './time-sensitive';
import { DEVELOPMENT, HELD_OUT } from './time-sensitive.sentences';

function score(sentences: readonly (readonly [string, boolean])[]) {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	const wrong: string[] = [];
	for (const [sentence, expected] of sentences) {
		const got = isTimeSensitiveText(sentence);
		if (got && expected) tp++;
		else if (got) fp++;
		else if (expected) fn++;
		if (got !== expected) wrong.push(`${expected ? 'missed' : 'flagged'}: ${sentence}`);
	}
	return { precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

describe('isTimeSensitiveText', () => {
	it('is tested on at least 40 hand-labelled sentences, half of them time-sensitive', () => {
		const all = [...DEVELOPMENT, ...HELD_OUT];
		expect(all.length).toBeGreaterThanOrEqual(40);
		const sensitive = all.filter(([, label]) => label).length;
		expect(Math.abs(sensitive - all.length / 2)).toBeLessThanOrEqual(2);
	});

	it.each([
		['development', DEVELOPMENT],
		['held-out', HELD_OUT],
		['all', [...DEVELOPMENT, ...HELD_OUT]]
	] as const)('has precision and recall of at least 0.85 on the %s sentences', (name, list) => {
		const { precision, recall, wrong } = score(list);
		console.info(
			`time-sensitivity, ${name} (${list.length} sentences): precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`
		);
		expect(precision).toBeGreaterThanOrEqual(0.85);
		expect(recall).toBeGreaterThanOrEqual(0.85);
	});
});

describe('isTimeSensitive (a question)', () => {
	it('calls a question about when something happened stable, even in a sentence about counts', () => {
		expect(
			isTimeSensitive({
				type: 'cloze',
				prompt: 'Since _____, 10,000 people have been displaced.',
				answer: 'November 2024'
			})
		).toBe(false);
		expect(
			isTimeSensitive({
				type: 'numeric',
				prompt: 'In what year did the war begin?',
				answer: '2022',
				tags: ['year']
			})
		).toBe(false);
	});

	it('reads a cloze with its gap filled, a statement as it stands, a question with its answer', () => {
		expect(
			isTimeSensitive({
				type: 'cloze',
				prompt: 'North Korea has sent about _____ troops to Russia.',
				answer: '11,000'
			})
		).toBe(true);
		expect(
			isTimeSensitive({
				type: 'truefalse',
				prompt: 'Kim Jong Un is the leader of North Korea.',
				answer: 'true'
			})
		).toBe(true);
		expect(
			isTimeSensitive({
				type: 'mcq',
				prompt: 'Which city is the capital of Australia?',
				answer: 'Canberra'
			})
		).toBe(false);
	});
});

describe('asOf in generated sets', () => {
	const text = readFileSync('content/articles/north-korea-troops-russia.md', 'utf8').replace(
		/^---[\s\S]*?---\n/,
		''
	);

	it('puts the set date on the time-sensitive questions only, when the set has a date', () => {
		const set = generateQuestionSet({ text, title: 'Troops', date: '2025-02-27' });
		const dated = set.questions.filter((q) => q.asOf !== undefined);
		expect(dated.length).toBeGreaterThan(0);
		expect(dated.length).toBeLessThan(set.questions.length);
		for (const q of set.questions) {
			expect(q.asOf === '2025-02-27').toBe(isTimeSensitive(q));
			if (q.tags?.includes('year')) expect(q.asOf).toBeUndefined();
		}
	});

	it('puts no asOf anywhere when the set names no date', () => {
		const set = generateQuestionSet({ text, title: 'Troops' });
		expect(set.questions.some((q) => 'asOf' in q)).toBe(false);
	});
});
