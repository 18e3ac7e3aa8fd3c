import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { StudentResult } from '$lib/types';
import { result as anyResult } from './test-arbitraries';
import { decodeResult, encodeResult, normaliseStudentName, resultUrl } from './result';
import { payloadFromLink } from './link';

const example: StudentResult = {
	assignmentId: 'a7',
	student: '  Ada   Lovelace ',
	answers: [
		{ answer: 'January', correct: true },
		{ answer: '', correct: false },
		{ answer: '11,000', correct: true }
	],
	timeMs: 183_400,
	finishedAt: 1_795_000_100_000
};

describe('result links', () => {
	it('round-trips, normalising the name', () => {
		expect(decodeResult(encodeResult(example))).toEqual({
			ok: true,
			value: { ...example, student: 'Ada Lovelace' }
		});
	});

	it('round-trips any result (property)', fuzzBudget, () => {
		fc.assert(
			fc.property(anyResult, (r) => {
				const expected = { ...r, student: normaliseStudentName(r.student) };
				expect(decodeResult(encodeResult(r))).toEqual({ ok: true, value: expected });
			}),
			fuzzRuns(300)
		);
	});

	it('normalises names: whitespace, control characters, length', () => {
		expect(normaliseStudentName('\tAda\n\u0000Lovelace  ')).toBe('Ada Lovelace');
		expect(normaliseStudentName('x'.repeat(100))).toHaveLength(60);
		// Capped by characters, never splitting an emoji's surrogate pair.
		expect(Array.from(normaliseStudentName('😀'.repeat(70)))).toHaveLength(60);
	});

	it('refuses to encode an empty name', () => {
		expect(() => encodeResult({ ...example, student: '   ' })).toThrow(/name is empty/);
	});

	it('clamps absurd times instead of failing the student', () => {
		const outcome = decodeResult(encodeResult({ ...example, timeMs: 1e12 }));
		expect(outcome.ok && outcome.value.timeMs).toBe(30 * 24 * 3600 * 1000);
	});

	it('makes a teacher link that pastes back', () => {
		const url = resultUrl('https://factdeck.app', example);
		expect(url).toMatch(/^https:\/\/factdeck\.app\/teach\/result#R1\.[A-Z2-7]+$/);
		expect(decodeResult(payloadFromLink(`  ${url}\n`)).ok).toBe(true);
	});

	it('names an assignment link given where a result was expected', () => {
		expect(decodeResult('A1.AAAAAAAA')).toEqual({
			ok: false,
			error: 'This is an assignment link, not a result link.'
		});
	});
});
