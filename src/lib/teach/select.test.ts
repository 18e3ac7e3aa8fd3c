import { describe, expect, it } from 'vitest';
import type { Question, QuestionType } from '$lib/types';
import { bestQuestions, filterQuestions, newAssignmentId, shuffled } from './select';

function q(id: string, type: QuestionType, sourceSentence: number, difficulty = 2): Question {
	return { id, type, prompt: id, answer: 'x', sourceSentence, explanation: '', difficulty };
}

const questions = [
	q('m0', 'mcq', 0, 1),
	q('c0', 'cloze', 0, 2),
	q('m1', 'mcq', 1, 3),
	q('t1', 'truefalse', 1),
	q('n2', 'numeric', 2),
	q('f3', 'flashcard', 3)
];

describe('choosing questions', () => {
	it('filters by type and difficulty', () => {
		expect(
			filterQuestions(questions, { types: ['mcq'], difficulty: null }).map((x) => x.id)
		).toEqual(['m0', 'm1']);
		expect(
			filterQuestions(questions, { types: ['mcq', 'cloze'], difficulty: 2 }).map((x) => x.id)
		).toEqual(['c0']);
	});

	it('best N covers different sentences and types first, in the set order', () => {
		expect(bestQuestions(questions, 3).map((x) => x.id)).toEqual(['m0', 't1', 'n2']);
		expect(bestQuestions(questions, 10)).toHaveLength(6);
		expect(bestQuestions(questions, 0)).toEqual([]);
	});

	it('shuffles every item exactly once and makes link-safe ids', () => {
		expect(shuffled([1, 2, 3, 4], () => 0).sort()).toEqual([1, 2, 3, 4]);
		expect(newAssignmentId()).toMatch(/^[a-z2-9]{8}$/);
	});
});
