// fast-check arbitraries shared by the share tests.
import fc from 'fast-check';
import type { Assignment, AssignmentQuestion, StudentResult } from '$lib/types';
import { BLANK } from './assignment-wire';

// Mixes plain text with any code points, lone surrogates included (JSON escapes them).
export const text = (maxLength: number, minLength = 0) =>
	fc.oneof(
		fc.string({ minLength, maxLength }),
		fc.string({ minLength, maxLength, unit: 'binary' }),
		fc.string({ minLength, maxLength, unit: 'grapheme' })
	);

const id = text(20, 1);

const explanation = (prompt: string, answer: string) =>
	fc.option(fc.oneof(text(100), fc.constant(prompt.replace(BLANK, () => answer))), {
		nil: undefined
	});

const withExplanation = <Q extends AssignmentQuestion>(q: Q) =>
	explanation(q.prompt, q.answer).map((e) => (e === undefined ? q : { ...q, explanation: e }));

const prompt = fc.oneof(
	text(120, 1),
	fc.tuple(text(40), text(40)).map(([a, b]) => `${a}${BLANK}${b}`)
);

const mcq = fc
	.record({
		id,
		prompt,
		options: fc.array(text(30), { minLength: 2, maxLength: 6 }),
		index: fc.nat()
	})
	.chain(({ id, prompt, options, index }) =>
		withExplanation({
			id,
			type: 'mcq' as const,
			prompt,
			answer: options[index % options.length] ?? '',
			options
		})
	);

const typed = fc
	.record({
		id,
		type: fc.constantFrom('cloze' as const, 'numeric' as const, 'flashcard' as const),
		prompt,
		answer: text(40, 1),
		accept: fc.option(fc.array(text(20, 1), { minLength: 1, maxLength: 3 }), { nil: undefined })
	})
	.map(({ accept, ...q }) => (accept ? { ...q, accept } : q))
	.chain(withExplanation);

const trueFalse = fc
	.record({ id, prompt, answer: fc.constantFrom('true', 'false') })
	.map((q) => ({ ...q, type: 'truefalse' as const }))
	.chain(withExplanation);

export const question: fc.Arbitrary<AssignmentQuestion> = fc.oneof(mcq, typed, trueFalse);

export const assignment: fc.Arbitrary<Assignment> = fc
	.record({
		id,
		title: text(60, 1),
		due: fc.option(
			fc
				.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) })
				.map((ms) => new Date(ms).toISOString().slice(0, 10)),
			{ nil: undefined }
		),
		passMark: fc.integer({ min: 0, max: 100 }),
		shuffle: fc.boolean(),
		feedback: fc.constantFrom('during' as const, 'end' as const),
		createdAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
		questions: fc.array(question, { minLength: 1, maxLength: 8 })
	})
	.map(({ due, ...a }) => (due ? { ...a, due } : a));

export const result: fc.Arbitrary<StudentResult> = fc.record({
	assignmentId: id,
	student: text(80).filter((name) => name.trim().replace(/\p{Cc}/gu, '') !== ''),
	answers: fc.array(fc.record({ answer: text(40), correct: fc.boolean() }), { maxLength: 12 }),
	timeMs: fc.integer({ min: 0, max: 3 * 3600 * 1000 }),
	finishedAt: fc.integer({ min: 0, max: 4_000_000_000_000 })
});
