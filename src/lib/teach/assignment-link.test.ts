import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuestionSet } from '$lib/content/question-set';
import {
	assignmentQuestions,
	createInboxKeys,
	decodeAssignment,
	fitsProjectorQr,
	inboxFromLink,
	payloadFromLink,
	referencedSet,
	type Inbox
} from '$lib/share';
import type { Assignment, QuestionSet } from '$lib/types';
import { assignmentLink } from './assignment-link';
import { bestQuestions } from './select';

const seed: QuestionSet = buildQuestionSet(
	'north-korea-troops-russia.md',
	readFileSync('content/articles/north-korea-troops-russia.md', 'utf8')
);

function assignmentOf(questions: Assignment['questions']): Assignment {
	return {
		id: 'k3x9w2q7',
		title: 'North Korean troops in Russia',
		due: '2026-12-04',
		passMark: 60,
		shuffle: true,
		feedback: 'end',
		createdAt: 1_795_000_000_123,
		questions
	};
}

describe('assignmentLink', () => {
	it('names a built-in set instead of carrying its questions, and opens with that set', () => {
		const assignment = assignmentOf(
			assignmentQuestions(bestQuestions(seed.questions, 20), { explanations: true })
		);
		const link = assignmentLink('https://factdeck.app', assignment, [seed]);
		expect(link).toMatch(/^https:\/\/factdeck\.app\/a#A2\.[A-Z2-7]+$/);
		expect(link.length).toBeLessThan(200);
		const payload = payloadFromLink(link);
		expect(referencedSet(payload)).toBe(seed.id);
		expect(decodeAssignment(payload, [seed])).toEqual({ ok: true, value: assignment });
	});

	it('keeps the teacher’s order and a choice without feedback', () => {
		const picked = bestQuestions(seed.questions, 8).reverse();
		const assignment = assignmentOf(assignmentQuestions(picked, { explanations: false }));
		const link = assignmentLink('https://factdeck.app', assignment, [seed]);
		expect(decodeAssignment(payloadFromLink(link), [seed])).toEqual({
			ok: true,
			value: assignment
		});
	});

	it('carries edited questions, or questions of a set made on this device, in full', () => {
		const questions = assignmentQuestions(seed.questions.slice(0, 3), { explanations: true });
		const edited = assignmentOf([{ ...questions[0]!, prompt: 'Edited?' }, ...questions.slice(1)]);
		const link = assignmentLink('https://factdeck.app', edited, [seed]);
		expect(link).toContain('#A1.');
		expect(decodeAssignment(payloadFromLink(link))).toEqual({ ok: true, value: edited });
		expect(assignmentLink('https://factdeck.app', edited, [])).toBe(link);
	});

	it('tells a student whose device holds another version of the set to update', () => {
		const assignment = assignmentOf(
			assignmentQuestions(seed.questions.slice(0, 5), { explanations: true })
		);
		const payload = payloadFromLink(assignmentLink('https://factdeck.app', assignment, [seed]));
		const changed: QuestionSet = {
			...seed,
			questions: seed.questions.map((q, i) => (i === 2 ? { ...q, explanation: 'Changed.' } : q))
		};
		expect(decodeAssignment(payload, [changed])).toEqual({
			ok: false,
			error: expect.stringMatching(/different version of them\. Reload the app/)
		});
		expect(decodeAssignment(payload, [])).toEqual({
			ok: false,
			error: expect.stringMatching(/does not have\. Reload the app/)
		});
	});

	describe('with a class inbox', () => {
		let inbox: Inbox;
		beforeAll(async () => {
			const { publicKey } = await createInboxKeys();
			inbox = { address: 'https://couch.example-school.org/class-7b-inbox', publicKey };
		});

		it('carries it after either form, and the assignment opens as without it', () => {
			const questions = assignmentQuestions(bestQuestions(seed.questions, 20), {
				explanations: true
			});
			const assignment = assignmentOf(questions);
			const edited = assignmentOf([{ ...questions[0]!, prompt: 'Edited?' }, ...questions.slice(1)]);
			for (const a of [assignment, edited]) {
				const plain = assignmentLink('https://factdeck.app', a, [seed]);
				const link = assignmentLink('https://factdeck.app', a, [seed], inbox);
				expect(link.startsWith(`${plain}.I1.`)).toBe(true);
				expect(decodeAssignment(payloadFromLink(link), [seed])).toEqual({ ok: true, value: a });
				expect(inboxFromLink(link)).toEqual({ inbox });
			}
		});

		it('keeps a 20-question compact link, titled as its set, in one code read across a room', () => {
			const assignment = {
				...assignmentOf(
					assignmentQuestions(bestQuestions(seed.questions, 20), { explanations: true })
				),
				title: seed.title
			};
			expect(
				fitsProjectorQr(assignmentLink('https://factdeck.app', assignment, [seed], inbox))
			).toBe(true);
		});
	});
});
