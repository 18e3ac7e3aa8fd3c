import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Question } from '../types';
import { GENERATOR_VERSION, generateQuestionSet } from './index';
import { invariantViolations, readDocument, SEED_PATH } from './testing';

const seed = readDocument(SEED_PATH);
const set = generateQuestionSet(seed);

function text(q: Question): string {
	return [q.prompt, q.answer, ...(q.options ?? [])].join(' | ');
}

function covering(pattern: RegExp): Question[] {
	return set.questions.filter((q) => pattern.test(text(q)));
}

describe('generateQuestionSet on the seed article', () => {
	it('gives at least 25 distinct questions of all five types', () => {
		expect(new Set(set.questions.map((q) => q.prompt)).size).toBeGreaterThanOrEqual(25);
		for (const type of QUESTION_TYPES) {
			expect(
				set.questions.some((q) => q.type === type),
				type
			).toBe(true);
		}
		expect(set.generatorVersion).toBe(GENERATOR_VERSION);
		expect(set.warnings).toBeUndefined();
	});

	it('keeps every structural invariant', () => {
		expect(invariantViolations(set)).toEqual([]);
	});

	it.each([
		['the 3,000 additional troops', /3,000/],
		['the total of about 11,000', /11,000/],
		['about 4,000 killed or wounded', /4,000/],
		["South Korea's Joint Chiefs of Staff as the source", /Joint Chiefs of Staff/],
		['the missiles, howitzers and rocket launchers', /howitzers/],
		['the shipping containers', /shipping containers/],
		['coal, food and medical aid in return', /coal, food, and medical aid|\bfood\b/],
		['the defence pact', /defense pact/],
		['its mutual-assistance clause', /military assistance should either nation come under attack/],
		['Sergei Shoigu', /Sergei Shoigu/],
		['Kim Jong Un', /Kim Jong Un/],
		['the Kursk region', /Kursk/],
		['the January withdrawal', /withdr[ae]w.*January|January.*withdr[ae]w|^.*withdr.*\| January/],
		['about 400 killed', /\b400\b/],
		['about 3,600 injured', /3,600/],
		['the Paris meeting', /Paris/],
		['the drone attack on Kharkiv', /Kharkiv/],
		["Zelensky's response", /Zelensky/]
	])('covers %s', (_name, pattern) => {
		expect(covering(pattern).length).toBeGreaterThan(0);
	});

	it('asks for the key figures with the right answers', () => {
		const answerOf = (pattern: RegExp) => set.questions.find((q) => pattern.test(q.prompt))?.answer;
		expect(answerOf(/How many additional troops has North Korea/)).toBe('3,000');
		expect(answerOf(/total number of North Korean troops deployed to Russia/)).toBe('11,000');
		expect(
			answerOf(/how many of the North Korean soldiers have been either killed or wounded/)
		).toBe('4,000');
		expect(answerOf(/^In which region of Russia have North Korean troops been present/)).toBe(
			'Kursk'
		);
		expect(answerOf(/^In which month did many of the North Korean soldiers withdraw/)).toBe(
			'January'
		);
		expect(answerOf(/^Who is Sergei Shoigu/)).toMatch(/Russian Security Council Secretary/);
		expect(answerOf(/^What has North Korea supplied Russia with/)).toMatch(
			/ballistic missiles, self-propelled howitzers, and multiple rocket launchers/
		);
		expect(answerOf(/^What has Moscow reportedly supported Pyongyang with/)).toMatch(
			/coal, food, and medical aid/
		);
	});

	it('perturbs numbers on the right scale and in the same format', () => {
		// A count of troops in thousands (11,000 or 4,000 as the ranker prefers): options alike.
		const troops = set.questions.find((q) => q.type === 'mcq' && /^\d{1,3},\d{3}$/.test(q.answer));
		expect(troops?.options).toHaveLength(4);
		for (const option of troops?.options ?? []) expect(option).toMatch(/^\d{1,3},\d{3}$/);
	});

	it('makes false statements that change exactly one fact', () => {
		const falseOnes = set.questions.filter((q) => q.type === 'truefalse' && q.answer === 'false');
		expect(falseOnes.length).toBeGreaterThan(0);
		// A trailing comma is punctuation, not a changed word ("launchers," cut to "launchers").
		const words = (text: string) =>
			(text.toLowerCase().match(/[a-z0-9,]+/g) ?? []).map((w) => w.replace(/,$/, ''));
		for (const q of falseOnes) {
			// Words may also come from resolving "these soldiers" against the sentences before.
			const context = set.sentences.slice(Math.max(0, q.sourceSentence - 3), q.sourceSentence + 1);
			const known = new Set(context.flatMap(words));
			const own = new Set(words(q.explanation));
			const changed = words(q.prompt).filter((w) => !own.has(w));
			const fresh = changed.filter((w) => !known.has(w) || /\d/.test(w));
			expect(changed.length, q.prompt).toBeGreaterThanOrEqual(1);
			expect(fresh.length, q.prompt).toBeLessThanOrEqual(2);
		}
	});

	it('is deterministic, ids included', () => {
		expect(JSON.stringify(generateQuestionSet(seed))).toBe(JSON.stringify(set));
	});

	it('keeps ids stable when options change the set size', () => {
		const small = generateQuestionSet(seed, { maxQuestions: 10 });
		// One question is its type and its prompt: "How many ...?" may be an mcq in one set and
		// a numeric question in the other.
		const key = (q: { type: string; prompt: string }) => `${q.type} ${q.prompt}`;
		const ids = new Map(set.questions.map((q) => [key(q), q.id]));
		for (const q of small.questions) if (ids.has(key(q))) expect(q.id).toBe(ids.get(key(q)));
		expect(small.questions.length).toBe(10);
	});
});
