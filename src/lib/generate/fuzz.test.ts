import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '../fuzz';
import { generateQuestionSet } from './index';
import { invariantViolations, readDocument, SEED_PATH } from './testing';

const seedText = readDocument(SEED_PATH).text;
const seedWords = seedText.split(/\s+/);

/** Seed text with random words dropped, doubled, swapped or replaced by noise. */
const mutatedSeed = fc
	.array(
		fc.record({
			at: fc.nat({ max: seedWords.length - 1 }),
			op: fc.constantFrom('drop', 'double', 'swap', 'noise', 'break'),
			noise: fc.string({ maxLength: 8 })
		}),
		{ maxLength: 60 }
	)
	.map((edits) => {
		const words = [...seedWords];
		for (const { at, op, noise } of edits) {
			const i = at % Math.max(1, words.length);
			if (op === 'drop') words.splice(i, 1);
			else if (op === 'double') words.splice(i, 0, words[i] ?? '');
			else if (op === 'swap') [words[i], words[0]] = [words[0] ?? '', words[i] ?? ''];
			else if (op === 'noise') words[i] = noise;
			else words[i] = `${words[i] ?? ''}.\n`;
		}
		return words.join(' ');
	});

const proseLike = fc
	.array(
		fc.oneof(
			fc.constantFrom(...seedWords.slice(0, 120)),
			fc.string({ maxLength: 10 }),
			fc.constantFrom('.', ',', '"', "'", '\n', '3,000', 'U.S.', 'Dr.', '—', '<b>', '&amp;', '🚀')
		),
		{ maxLength: 300 }
	)
	.map((parts) => parts.join(' '));

function check(text: string): void {
	const set = generateQuestionSet({ text });
	expect(invariantViolations(set)).toEqual([]);
	expect(JSON.stringify(generateQuestionSet({ text }))).toBe(JSON.stringify(set));
}

describe('fuzz', fuzzBudget, () => {
	it('holds the invariants on mutated seed text', () => {
		fc.assert(fc.property(mutatedSeed, check), fuzzRuns(25, 20260101));
	});

	it('holds the invariants on random prose-like text', () => {
		fc.assert(fc.property(proseLike, check), fuzzRuns(40, 20260102));
	});

	it('never throws on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
				const set = generateQuestionSet({ text });
				expect(Array.isArray(set.questions)).toBe(true);
			}),
			fuzzRuns(100, 20260103)
		);
	});
});
