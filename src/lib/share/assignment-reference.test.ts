import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { Assignment, Question, QuestionSet } from '$lib/types';
import {
	assignmentQuestions,
	decodeAssignment,
	encodeAssignment,
	encodeAssignmentReference,
	referencedSet
} from './assignment';
import { referenceFor, type AssignmentReference } from './assignment-reference';
import { bytesToBase32 } from './base32';
import { INCOMPLETE_LINK, MAX_LINK_CHARS, sealCompact } from './envelope';

const questions: Question[] = Array.from({ length: 30 }, (_, i) => ({
	id: `id${i}`,
	type: 'mcq',
	prompt: `In which year did event ${i} happen, _____?`,
	answer: `${1900 + i}`,
	options: [`${1900 + i}`, `${1800 + i}`, `${1700 + i}`, `${1600 + i}`],
	sourceSentence: i,
	explanation: `Event ${i} happened in ${1900 + i}.`
}));

const set: QuestionSet = {
	id: 'events-of-the-century',
	title: 'Events',
	generatorVersion: '1.0.0',
	sentences: questions.map((q) => q.explanation ?? ''),
	questions
};

const reference: AssignmentReference = {
	id: 'k3x9w2q7',
	title: 'Events — check your reading ✓',
	due: '2026-12-04',
	passMark: 60,
	shuffle: true,
	feedback: 'during',
	createdAt: 1_795_000_000_123,
	set: set.id,
	questions: [0, 2, 3, 5, 8, 13, 21],
	explanations: true,
	hash: 0
};

function assignmentFor(r: AssignmentReference): Assignment {
	return {
		id: r.id,
		title: r.title ?? set.title,
		...(r.due ? { due: r.due } : {}),
		passMark: r.passMark,
		shuffle: r.shuffle,
		feedback: r.feedback,
		createdAt: r.createdAt,
		questions: assignmentQuestions(
			r.questions.map((i) => set.questions[i]!),
			{ explanations: r.explanations }
		)
	};
}

/** A compact payload of the example, through the teacher's own path. */
function examplePayload(r = reference): { payload: string; assignment: Assignment } {
	const assignment = assignmentFor(r);
	const found = referenceFor(assignment, set);
	if (!found) throw new Error('the example should be a reference');
	return { payload: encodeAssignmentReference(found), assignment };
}

describe('compact assignment links (format 2)', () => {
	it('round-trips, naming the set it needs', () => {
		const { payload, assignment } = examplePayload();
		expect(payload).toMatch(/^A2\.[A-Z2-7]+$/);
		expect(referencedSet(payload)).toBe(set.id);
		expect(decodeAssignment(payload, [set])).toEqual({ ok: true, value: assignment });
	});

	it('round-trips any choice, order and settings (property)', fuzzBudget, () => {
		const choice = fc.record({
			questions: fc.uniqueArray(fc.nat({ max: 29 }), { minLength: 1, maxLength: 30 }),
			explanations: fc.boolean(),
			shuffle: fc.boolean(),
			feedback: fc.constantFrom('during' as const, 'end' as const),
			passMark: fc.integer({ min: 0, max: 100 }),
			createdAt: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
			due: fc.option(
				fc
					.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
					.map((d) => d.toISOString().slice(0, 10)),
				{ nil: undefined }
			),
			title: fc.oneof(
				fc.constant(set.title),
				fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' })
			)
		});
		fc.assert(
			fc.property(choice, ({ due, ...rest }) => {
				const { payload, assignment } = examplePayload({
					...reference,
					...rest,
					...(due ? { due } : { due: undefined })
				});
				expect(assignment.due).toBe(due);
				expect(decodeAssignment(payload, [set])).toEqual({ ok: true, value: assignment });
			}),
			fuzzRuns(300)
		);
	});

	it('leaves out the title when it is the set’s own (the form’s default)', () => {
		const own = examplePayload({ ...reference, title: set.title });
		expect(own.payload.length).toBeLessThan(examplePayload().payload.length - 30);
		expect(decodeAssignment(own.payload, [set])).toEqual({ ok: true, value: own.assignment });
		expect(own.assignment.title).toBe('Events');
	});

	it('says every cut-off link is incomplete, wherever the cut falls', () => {
		const { payload } = examplePayload();
		for (let end = 'A2.'.length + 1; end < payload.length; end++) {
			expect(decodeAssignment(payload.slice(0, end), [set])).toEqual({
				ok: false,
				error: INCOMPLETE_LINK
			});
		}
		expect(INCOMPLETE_LINK).toBe('This link is incomplete — ask for it again.');
	});

	it('says a cut-off full link (format 1) is incomplete, not that it has strange characters', () => {
		const payload = encodeAssignment(assignmentFor(reference));
		const cut = payload.slice(0, payload.length - ((payload.length - 3) % 8) - 5); // remainder 3
		expect(decodeAssignment(cut)).toEqual({ ok: false, error: INCOMPLETE_LINK });
	});

	it('refuses a tampered link with a message, whatever character changed', () => {
		const { payload } = examplePayload();
		for (let i = 3; i < payload.length; i++) {
			const swapped = payload[i] === 'Q' ? 'R' : 'Q';
			const tampered = payload.slice(0, i) + swapped + payload.slice(i + 1);
			const outcome = decodeAssignment(tampered, [set]);
			expect(outcome).toEqual({
				ok: false,
				error: expect.stringMatching(/damaged|incomplete|edited/)
			});
		}
	});

	it('refuses an oversized link before reading it', () => {
		const huge = 'A2.' + 'A'.repeat(MAX_LINK_CHARS);
		expect(decodeAssignment(huge, [set])).toEqual({
			ok: false,
			error: 'This link is too long (over 64 KB) to be a Factdeck link.'
		});
	});

	it('refuses a well-sealed reference the schema does not accept', () => {
		// The same path as the encoder, on bytes no encoder makes: 300 questions listed.
		const many = { ...reference, questions: Array.from({ length: 300 }, (_, i) => i) };
		expect(() => encodeAssignmentReference(many)).toThrow(/Cannot make an assignment link/);
		expect(() => encodeAssignmentReference({ ...reference, questions: [1, 1] })).toThrow(
			/listed twice/
		);
	});

	it('refuses a reference pointing past the set, and a set that changed', () => {
		const small = { ...set, questions: set.questions.slice(0, 5) };
		const { payload } = examplePayload();
		expect(decodeAssignment(payload, [small])).toEqual({
			ok: false,
			error: expect.stringMatching(/different version/)
		});
	});

	it('keeps edited questions and broken characters out of compact links', () => {
		const assignment = assignmentFor(reference);
		const edited = {
			...assignment,
			questions: [{ ...assignment.questions[0]!, answer: '1999' }]
		};
		expect(referenceFor(edited, set)).toBeNull();
		expect(referenceFor({ ...assignment, title: 'Half \ud800 a pair' }, set)).toBeNull();
	});

	it('never throws on random data, sealed or not (property)', fuzzBudget, () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, sealed) => {
				const payload = sealed ? sealCompact('assignment', bytes) : `A2.${bytesToBase32(bytes)}`;
				const outcome = decodeAssignment(payload, [set]);
				if (outcome.ok) expect(outcome.value.questions.length).toBeGreaterThan(0);
				else expect(outcome.error.length).toBeGreaterThan(10);
			}),
			fuzzRuns(2000)
		);
	});
});
