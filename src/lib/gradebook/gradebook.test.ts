import { describe, expect, it } from 'vitest';
import type { Assignment, StudentResult } from '$lib/types';
import { encodeResult, resultUrl } from '$lib/share';
import {
	addResult,
	addResultLinks,
	assignmentForResult,
	emptyGradebook,
	gradebookSummary,
	gradebookToCsv,
	questionStats,
	studentRows,
	type Gradebook
} from './index';

const assignment: Assignment = {
	id: 'as1',
	title: 'Troops',
	passMark: 50,
	shuffle: false,
	feedback: 'end',
	createdAt: 0,
	questions: ['q1', 'q2', 'q3', 'q4'].map((id) => ({
		id,
		type: 'cloze' as const,
		prompt: `${id} _____`,
		answer: 'x'
	}))
};

function result(
	student: string,
	marks: number[],
	finishedAt = 1000,
	timeMs = 60_000
): StudentResult {
	return {
		assignmentId: 'as1',
		student,
		answers: marks.map((m, i) => ({ answer: m ? 'x' : `wrong${i}`, correct: m === 1 })),
		timeMs,
		finishedAt
	};
}

function bookOf(results: StudentResult[]): Gradebook {
	let book = emptyGradebook(assignment);
	for (const r of results) {
		const outcome = addResult(book, r);
		if (!outcome.ok) throw new Error(outcome.error);
		book = outcome.value;
	}
	return book;
}

// Six students, four questions (1 = correct). Rest score = total minus the question itself.
//          q1 q2 q3 q4  total
//   Ada     1  1  1  0    3
//   Ben     1  1  0  0    2
//   Cleo    1  1  0  0    2
//   Dev     1  0  0  1    2
//   Eli     0  0  0  1    1
//   Fay     0  1  0  0    1
const classResults = [
	result('Ada', [1, 1, 1, 0]),
	result('Ben', [1, 1, 0, 0]),
	result('Cleo', [1, 1, 0, 0]),
	result('Dev', [1, 0, 0, 1]),
	result('Eli', [0, 0, 0, 1]),
	result('Fay', [0, 1, 0, 0])
];

describe('item analysis on a hand-computed example', () => {
	const stats = questionStats(bookOf(classResults));

	it('facility is the share correct', () => {
		expect(stats.map((s) => s.facility)).toEqual([4 / 6, 4 / 6, 1 / 6, 2 / 6]);
	});

	it('discrimination is the item–rest correlation', () => {
		// q1: item 1,1,1,1,0,0; rest 2,1,1,1,1,1. Means 2/3 and 7/6.
		//     Sxy = 1/3, Sxx = 4/3, Syy = 5/6  ->  r = (1/3) / sqrt(10/9) = 1/sqrt(10) ≈ 0.316
		// q2: item 1,1,1,0,0,1; rest 2,1,1,2,1,0.
		//     Sxy = -2/3, Sxx = 4/3, Syy = 17/6 ->  r = -2/sqrt(34) ≈ -0.343
		// q3: item 1,0,0,0,0,0; rest 2,2,2,2,1,1.
		//     Sxy = 1/3, Sxx = 5/6, Syy = 4/3  ->  r = 1/sqrt(10) ≈ 0.316
		// q4: item 0,0,0,1,1,0; rest 3,2,2,1,0,1.
		//     Sxy = -2, Sxx = 4/3, Syy = 11/2  ->  r = -2/sqrt(22/3) ≈ -0.739
		const expected = [
			1 / Math.sqrt(10),
			-2 / Math.sqrt(34),
			1 / Math.sqrt(10),
			-2 / Math.sqrt(22 / 3)
		];
		stats.forEach((s, i) => expect(s.discrimination).toBeCloseTo(expected[i]!, 10));
	});

	it('flags facility under 30 % and negative discrimination', () => {
		expect(stats.map((s) => s.flags)).toEqual([
			[],
			['negative-discrimination'],
			['low-facility'],
			['negative-discrimination']
		]);
	});

	it('lists the wrong answers given, most common first', () => {
		expect(stats[0]!.wrongAnswers).toEqual([{ answer: 'wrong0', count: 2 }]);
	});

	it('leaves discrimination out with fewer than 5 students, and without variance', () => {
		const few = questionStats(bookOf(classResults.slice(0, 4)));
		expect(few.every((s) => s.discrimination === null)).toBe(true);
		expect(few[0]!.facility).toBe(1);
		const allRight = questionStats(
			bookOf(
				classResults.map((r) => ({
					...r,
					answers: r.answers.map((a) => ({ ...a, correct: true }))
				}))
			)
		);
		expect(allRight.every((s) => s.discrimination === null && s.flags.length === 0)).toBe(true);
		expect(questionStats(emptyGradebook(assignment))[0]!.facility).toBeNull();
	});
});

describe('students', () => {
	it('scores each student, in name order', () => {
		const rows = studentRows(bookOf(classResults));
		expect(rows.map((r) => [r.student, r.scorePct, r.passed])).toEqual([
			['Ada', 75, true],
			['Ben', 50, true],
			['Cleo', 50, true],
			['Dev', 50, true],
			['Eli', 25, false],
			['Fay', 25, false]
		]);
	});

	it('shows the same student once: latest attempt by finish time, attempts counted', () => {
		const book = bookOf([
			result('Ada Lovelace', [0, 0, 0, 0], 2000),
			result('  ada   LOVELACE', [1, 1, 1, 1], 3000, 90_000),
			// An older attempt pasted last must not replace the newer one.
			result('ADA LOVELACE', [1, 0, 0, 0], 1000)
		]);
		const rows = studentRows(book);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			student: 'ada LOVELACE',
			attempts: 3,
			scorePct: 100,
			timeMs: 90_000
		});
	});

	it('keeps one copy of an attempt pasted twice', () => {
		const book = bookOf([result('Ada', [1, 1, 1, 1])]);
		const again = addResult(book, result('ada', [1, 1, 1, 1]));
		expect(again).toMatchObject({ ok: true, duplicate: true });
		expect(again.ok && again.value.results).toHaveLength(1);
	});

	it('summarises the class', () => {
		const summary = gradebookSummary(
			bookOf([result('A', [1, 1, 1, 1], 1, 30_000), result('B', [0, 0, 0, 0], 1, 60_000)])
		);
		expect(summary).toEqual({ students: 2, meanScorePct: 50, medianTimeMs: 45_000, passed: 1 });
		expect(gradebookSummary(emptyGradebook(assignment)).meanScorePct).toBeNull();
	});
});

describe('refusals', () => {
	it('refuses a result for another assignment with a clear message', () => {
		const outcome = addResult(emptyGradebook(assignment), {
			...result('Ada', [1, 1, 1, 1]),
			assignmentId: 'zz'
		});
		expect(outcome).toEqual({
			ok: false,
			error: expect.stringMatching(/different assignment, not “Troops”/)
		});
		expect(
			assignmentForResult([assignment], { ...result('Ada', [1]), assignmentId: 'zz' })
		).toEqual({
			ok: false,
			error: expect.stringMatching(/assignment this device does not know/)
		});
		expect(assignmentForResult([assignment], result('Ada', [1]))).toEqual({
			ok: true,
			value: assignment
		});
	});

	it('refuses a result with the wrong number of answers', () => {
		expect(addResult(emptyGradebook(assignment), result('Ada', [1, 1]))).toEqual({
			ok: false,
			error: expect.stringMatching(/2 answers but the assignment has 4 questions/)
		});
	});
});

describe('pasting links', () => {
	it('adds several links at once and reports each refusal with its position', () => {
		const text = [
			resultUrl('https://factdeck.app', result('Ada', [1, 1, 0, 0])),
			encodeResult(result('Ben', [1, 1, 1, 1])),
			'https://factdeck.app/teach/result#R1.GARBAGE',
			encodeResult({ ...result('Cy', [1, 1, 1, 1]), assignmentId: 'other' }),
			encodeResult(result('Ben', [1, 1, 1, 1]))
		].join('\n');
		const report = addResultLinks(emptyGradebook(assignment), text);
		expect(report.added).toBe(2);
		expect(report.duplicates).toBe(1);
		expect(report.errors).toEqual([
			expect.stringMatching(/^Link 3: This link is (damaged|incomplete)/),
			expect.stringMatching(/^Link 4: .*different assignment/)
		]);
		expect(studentRows(report.book).map((r) => r.student)).toEqual(['Ada', 'Ben']);
	});

	it('asks for a link when nothing was pasted', () => {
		expect(addResultLinks(emptyGradebook(assignment), '  \n').errors).toEqual([
			'Paste at least one result link.'
		]);
	});
});

describe('CSV export', () => {
	it('writes one row per student with answers, quoting and defusing formulas', () => {
		const book = bookOf([
			{
				...result('=HYPERLINK("x")', [1, 0, 1, 1], Date.UTC(2026, 0, 2, 3, 4, 5), 61_234),
				answers: [
					{ answer: 'x', correct: true },
					{ answer: 'a, "b"', correct: false },
					{ answer: '-5', correct: true },
					{ answer: 'line\nbreak', correct: true }
				]
			}
		]);
		expect(gradebookToCsv(book)).toBe(
			'student,attempts,score %,correct,questions,time (s),finished (UTC),passed,' +
				'Q1 answer,Q1 correct,Q2 answer,Q2 correct,Q3 answer,Q3 correct,Q4 answer,Q4 correct\r\n' +
				`"'=HYPERLINK(""x"")",1,75,3,4,61.2,2026-01-02T03:04:05.000Z,yes,` +
				'x,yes,"a, ""b""",no,-5,yes,"line\nbreak",yes\r\n'
		);
	});

	it('writes a true/false answer as the report shows it ("False"), typed text verbatim', () => {
		const trueFalse: Assignment = {
			...assignment,
			questions: [
				{ id: 't1', type: 'truefalse', prompt: 'The river froze.', answer: 'true' },
				{ id: 't2', type: 'cloze', prompt: 'The _____ froze.', answer: 'river' }
			]
		};
		const outcome = addResult(emptyGradebook(trueFalse), {
			assignmentId: 'as1',
			student: 'Ada',
			answers: [
				{ answer: 'false', correct: false },
				{ answer: 'false', correct: false }
			],
			timeMs: 1000,
			finishedAt: 1000
		});
		if (!outcome.ok) throw new Error(outcome.error);
		const row = gradebookToCsv(outcome.value).split('\r\n')[1];
		expect(row).toMatch(/,False,no,false,no$/);
	});
});
