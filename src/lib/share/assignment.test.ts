import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { Assignment } from '$lib/types';
import { assignment as anyAssignment } from './test-arbitraries';
import {
	assignmentAsQuestionSet,
	assignmentProblem,
	assignmentQuestions,
	assignmentUrl,
	decodeAssignment,
	encodeAssignment,
	toAssignmentQuestion
} from './assignment';
import { sealDeflated } from './envelope';
import { payloadFromLink } from './link';
import { deflateSync } from 'fflate';

const example: Assignment = {
	id: 'a7',
	title: 'Troops <script>alert(1)</script>',
	due: '2026-12-01',
	passMark: 60,
	shuffle: true,
	feedback: 'end',
	createdAt: 1_795_000_000_000,
	questions: [
		{
			id: 'q1',
			type: 'mcq',
			prompt: 'How many troops were sent in _____?',
			answer: 'January',
			options: ['March', 'January', 'May', 'June'],
			explanation: 'How many troops were sent in January?'
		},
		{ id: 'q2', type: 'truefalse', prompt: 'Seoul is in the north.', answer: 'false' },
		{ id: 'q3', type: 'cloze', prompt: 'It cost _____.', answer: '$& 5', accept: ['$&5'] },
		{
			id: 'q4',
			type: 'numeric',
			prompt: 'How many?',
			answer: '11000',
			explanation: 'About 11,000.'
		}
	]
};

describe('assignment links', () => {
	it('round-trips an example, including `$&` in an answer and a derived explanation', () => {
		expect(decodeAssignment(encodeAssignment(example))).toEqual({ ok: true, value: example });
		const derived = { ...example.questions[2]!, explanation: 'It cost $& 5.' };
		const withDerived = { ...example, questions: [derived] };
		expect(decodeAssignment(encodeAssignment(withDerived))).toEqual({
			ok: true,
			value: withDerived
		});
	});

	it('round-trips any assignment (property)', fuzzBudget, () => {
		fc.assert(
			fc.property(anyAssignment, (a) => {
				expect(decodeAssignment(encodeAssignment(a))).toEqual({ ok: true, value: a });
			}),
			fuzzRuns(300)
		);
	});

	it('builds a link whose fragment decodes, and uses only QR-alphanumeric characters after #', () => {
		const url = assignmentUrl('https://factdeck.app/', example);
		expect(url.startsWith('https://factdeck.app/a#A1.')).toBe(true);
		expect(url.split('#')[1]).toMatch(/^[A-Z0-9.]+$/);
		expect(decodeAssignment(payloadFromLink(url)).ok).toBe(true);
	});

	it('refuses to encode an mcq whose answer is not an option', () => {
		const bad = {
			...example,
			questions: [{ ...example.questions[0]!, answer: 'April' }]
		};
		expect(() => encodeAssignment(bad)).toThrow(
			'Cannot make an assignment link: question q1: the answer is not one of its options'
		);
		expect(assignmentProblem(bad)).toMatch(/not one of its options/);
		expect(assignmentProblem(example)).toBeNull();
	});

	it('refuses to encode what no link could carry, rather than make a link that will not open', () => {
		const long = { id: 'q', type: 'flashcard' as const, prompt: 'p'.repeat(2000), answer: 'a' };
		const huge = {
			...example,
			questions: Array.from({ length: 200 }, (_, i) => ({
				...long,
				id: `x${i}`,
				prompt: String(i).repeat(2000 / String(i).length),
				explanation: '\u0001'.repeat(1900)
			}))
		};
		expect(() => encodeAssignment(huge)).toThrow(/too much data for one link/);
	});

	it('refuses to encode an assignment without questions', () => {
		expect(() => encodeAssignment({ ...example, questions: [] })).toThrow(/at least one question/);
	});

	it('says a newer Factdeck made a future-version link', () => {
		const future = 'A3.' + encodeAssignment(example).slice(3);
		const outcome = decodeAssignment(future);
		expect(outcome).toEqual({
			ok: false,
			error: expect.stringMatching(/newer Factdeck.*update the app/)
		});
	});

	it('names a result link given where an assignment was expected', () => {
		const outcome = decodeAssignment('R1.AAAAAAAAAA');
		expect(outcome).toEqual({ ok: false, error: 'This is a result link, not an assignment link.' });
	});

	it('detects a single changed character', () => {
		const payload = encodeAssignment(example);
		const i = payload.length - 10;
		const tampered = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
		expect(decodeAssignment(tampered)).toEqual({
			ok: false,
			error: expect.stringMatching(/damaged, incomplete or was edited/)
		});
	});

	it('refuses a well-sealed payload whose data breaks the schema', () => {
		const json = new TextEncoder().encode(JSON.stringify({ i: 'x', t: 'T', q: [] }));
		const outcome = decodeAssignment(sealDeflated('assignment', deflateSync(json)));
		expect(outcome.ok).toBe(false);
	});

	it('turns a set question into an assignment question, explanation only on request', () => {
		const q = {
			id: 'q9',
			type: 'cloze' as const,
			prompt: 'A _____ b',
			answer: 'x',
			accept: [],
			sourceSentence: 2,
			explanation: 'A x b'
		};
		expect(toAssignmentQuestion(q)).toEqual({
			id: 'q9',
			type: 'cloze',
			prompt: 'A _____ b',
			answer: 'x'
		});
		expect(toAssignmentQuestion(q, { explanation: true }).explanation).toBe('A x b');
	});

	it('turns an assignment into a study set with one sentence per question', () => {
		const set = assignmentAsQuestionSet(example);
		expect(set.id).toBe('assignment-a7');
		expect(set.questions).toHaveLength(4);
		set.questions.forEach((q) => expect(set.sentences[q.sourceSentence]).toBe(q.explanation));
		expect(set.questions[1]!.explanation).toBe('Seoul is in the north.');
		expect(set.questions.map((q) => q.sourceSentence)).toEqual([0, 1, 2, 3]);
	});
});

describe('assignmentQuestions', () => {
	it('numbers picked questions by position, which the link then leaves out', () => {
		const picked = [
			{
				id: 'x8f2k',
				type: 'cloze' as const,
				prompt: 'A _____',
				answer: 'b',
				sourceSentence: 0,
				explanation: 'A b'
			},
			{
				id: 'p0w1z',
				type: 'truefalse' as const,
				prompt: 'C',
				answer: 'true',
				sourceSentence: 1,
				explanation: 'C!'
			}
		];
		const questions = assignmentQuestions(picked, { explanations: true });
		expect(questions.map((q) => q.id)).toEqual(['q1', 'q2']);
		expect(questions[1]!.explanation).toBe('C!');
		const a = { ...example, questions };
		expect(decodeAssignment(encodeAssignment(a))).toEqual({ ok: true, value: a });
		const withIds = { ...example, questions: [...questions].reverse() };
		expect(decodeAssignment(encodeAssignment(withIds))).toEqual({ ok: true, value: withIds });
	});
});
