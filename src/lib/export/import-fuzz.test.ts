// Imports take files from anywhere: whatever the text, they answer with a set or with errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import { questionSetToGift } from './gift';
import { importGift } from './gift-import';
import { questionSetToJson } from './json';
import { importQuestionSetJson } from './json-import';
import { awkwardSet } from './test-set';

const giftish = fc.string({
	maxLength: 300,
	unit: fc.constantFrom(
		...'::{}=~#%\\\n \tTFab1.-'.split(''),
		'->',
		'####',
		'//',
		'$CATEGORY:',
		'[html]'
	)
});

describe('imports never throw', fuzzBudget, () => {
	it('GIFT: random GIFT-like text and mangled exports (2,000)', () => {
		const gift = questionSetToGift(awkwardSet);
		const mangled = fc
			.tuple(fc.nat({ max: gift.length }), fc.nat({ max: gift.length }), giftish)
			.map(([a, b, insert]) => gift.slice(0, Math.min(a, b)) + insert + gift.slice(Math.max(a, b)));
		fc.assert(
			fc.property(fc.oneof(giftish, mangled, fc.string({ unit: 'binary' })), (text) => {
				const outcome = importGift(text, { id: 'x' });
				if (outcome.ok) {
					// Whatever GIFT brings in is a set the app can save and export again.
					const saved = importQuestionSetJson(questionSetToJson(outcome.value));
					expect(saved).toMatchObject({ ok: true });
					for (const q of outcome.value.questions) {
						expect(outcome.value.sentences[q.sourceSentence]).toBe(q.explanation);
						if (q.type === 'mcq') expect(q.options).toContain(q.answer);
					}
				} else {
					expect(outcome.errors.length).toBeGreaterThan(0);
					for (const error of outcome.errors) expect(error).toMatch(/^(line \d+: |\w)/);
				}
			}),
			fuzzRuns(2000)
		);
	});

	it('JSON: random and mangled files (1,000)', () => {
		const json = questionSetToJson(awkwardSet);
		const mangled = fc
			.tuple(fc.nat({ max: json.length }), fc.string({ maxLength: 20 }))
			.map(([at, insert]) => json.slice(0, at) + insert + json.slice(at + insert.length));
		const text = fc.oneof(mangled, fc.json(), fc.string());
		fc.assert(
			fc.property(text, (t) => {
				const outcome = importQuestionSetJson(t);
				if (!outcome.ok) expect(outcome.error.length).toBeGreaterThan(10);
			}),
			fuzzRuns(1000)
		);
	});
});
