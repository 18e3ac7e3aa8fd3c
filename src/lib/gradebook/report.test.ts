import { describe, expect, it } from 'vitest';
import type { Assignment, AssignmentQuestion, StudentResult } from '$lib/types';
import {
	addResult,
	emptyGradebook,
	hardestQuestions,
	mostCommonWrongAnswer,
	questionStats,
	scoreDistribution,
	separation,
	studentRows,
	type Gradebook
} from './index';

function assignmentOf(count: number): Assignment {
	return {
		id: 'as1',
		title: 'Capitals',
		passMark: 50,
		shuffle: false,
		feedback: 'end',
		createdAt: 0,
		questions: Array.from({ length: count }, (_, i): AssignmentQuestion => ({
			id: `q${i}`,
			type: 'cloze',
			prompt: `Question ${i} _____`,
			answer: 'x'
		}))
	};
}

/** A student's result from their answers; an answer equal to "x" is right. */
function result(student: string, answers: string[], finishedAt = 1000): StudentResult {
	return {
		assignmentId: 'as1',
		student,
		answers: answers.map((answer) => ({ answer, correct: answer === 'x' })),
		timeMs: 60_000,
		finishedAt
	};
}

function bookOf(assignment: Assignment, results: StudentResult[]): Gradebook {
	let book = emptyGradebook(assignment);
	for (const r of results) {
		const outcome = addResult(book, r);
		if (!outcome.ok) throw new Error(outcome.error);
		book = outcome.value;
	}
	return book;
}

/** n answers, the first `right` of them right. */
const marks = (n: number, right: number) =>
	Array.from({ length: n }, (_, i) => (i < right ? 'x' : 'no'));

describe('scoreDistribution', () => {
	it('gives each possible score its own bar on a short assignment', () => {
		const five = assignmentOf(5);
		const rows = studentRows(
			bookOf(five, [
				result('Ada', marks(5, 5)),
				result('Ben', marks(5, 3)),
				result('Cleo', marks(5, 3)),
				result('Dev', marks(5, 0))
			])
		);
		expect(scoreDistribution(rows, 5)).toEqual([
			{ label: '0 right', count: 1 },
			{ label: '1 right', count: 0 },
			{ label: '2 right', count: 0 },
			{ label: '3 right', count: 2 },
			{ label: '4 right', count: 0 },
			{ label: '5 right', count: 1 }
		]);
	});

	it('uses tenths of 100 % above ten questions; full marks join the top bar', () => {
		const twenty = assignmentOf(20);
		// 20/20 = 100 %, 19/20 = 95 %, 10/20 = 50 %, 9/20 = 45 %, 1/20 = 5 %.
		const rows = studentRows(
			bookOf(twenty, [
				result('Ada', marks(20, 20)),
				result('Ben', marks(20, 19)),
				result('Cleo', marks(20, 10)),
				result('Dev', marks(20, 9)),
				result('Eli', marks(20, 1))
			])
		);
		const bins = scoreDistribution(rows, 20);
		expect(bins.map((b) => b.label)).toEqual([
			'0–9 %',
			'10–19 %',
			'20–29 %',
			'30–39 %',
			'40–49 %',
			'50–59 %',
			'60–69 %',
			'70–79 %',
			'80–89 %',
			'90–100 %'
		]);
		expect(bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 1, 1, 0, 0, 0, 2]);
	});

	it('counts each student once, by their latest attempt', () => {
		const three = assignmentOf(3);
		const rows = studentRows(
			bookOf(three, [result('Ada', marks(3, 0), 1), result('ada', marks(3, 3), 2)])
		);
		expect(scoreDistribution(rows, 3).map((b) => b.count)).toEqual([0, 0, 0, 1]);
	});

	it('has empty bars and no students before any result', () => {
		expect(scoreDistribution([], 2)).toEqual([
			{ label: '0 right', count: 0 },
			{ label: '1 right', count: 0 },
			{ label: '2 right', count: 0 }
		]);
	});
});

describe('hardestQuestions and their most common wrong answer', () => {
	// Four questions, five students. Right answers per question: q0 5, q1 1, q2 3, q3 1.
	const book = bookOf(assignmentOf(4), [
		result('Ada', ['x', 'x', 'x', 'Paris']),
		result('Ben', ['x', 'Lyon', 'x', 'paris']),
		result('Cleo', ['x', 'Lyon', 'x', 'Paris']),
		result('Dev', ['x', '', 'Nice', 'x']),
		result('Eli', ['x', 'Nice', 'Nice', ''])
	]);
	const stats = questionStats(book);

	it('takes the three with the fewest right, ties in assignment order', () => {
		expect(hardestQuestions(stats).map((s) => s.index)).toEqual([1, 3, 2]);
		expect(hardestQuestions(stats, 1).map((s) => s.index)).toEqual([1]);
	});

	it('never lists a question everyone got right, nor one without answers', () => {
		expect(hardestQuestions(stats, 10).map((s) => s.index)).toEqual([1, 3, 2]);
		expect(hardestQuestions(questionStats(emptyGradebook(assignmentOf(3))))).toEqual([]);
	});

	it('names the wrong answer most students gave, verbatim, blanks aside', () => {
		expect(mostCommonWrongAnswer(stats[1]!)).toEqual({ answer: 'Lyon', count: 2 });
		// Case is kept as typed, so "Paris" and "paris" are two answers.
		expect(mostCommonWrongAnswer(stats[3]!)).toEqual({ answer: 'Paris', count: 2 });
		expect(mostCommonWrongAnswer(stats[2]!)).toEqual({ answer: 'Nice', count: 2 });
		expect(mostCommonWrongAnswer(stats[0]!)).toBeUndefined();
	});
});

describe('separation', () => {
	it('puts discrimination into words on the usual bands', () => {
		expect(separation(null)).toBeUndefined();
		expect(separation(-0.34)).toBe('reversed');
		expect(separation(0)).toBe('poorly');
		expect(separation(0.19)).toBe('poorly');
		expect(separation(0.2)).toBe('fairly');
		expect(separation(0.3)).toBe('well');
		expect(separation(0.9)).toBe('well');
	});
});
