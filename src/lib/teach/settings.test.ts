import { describe, expect, it } from 'vitest';
import { buildAssignment } from './settings';

const questions = [
	{ id: 'q1', type: 'truefalse' as const, prompt: 'Sky is blue.', answer: 'true' }
];
const settings = {
	title: ' Week 1 ',
	due: '',
	passMark: 60,
	shuffle: true,
	feedback: 'end' as const
};

describe('buildAssignment', () => {
	it('makes an assignment from valid settings', () => {
		expect(buildAssignment(settings, questions, 'abc', 5)).toEqual({
			ok: true,
			value: {
				id: 'abc',
				title: 'Week 1',
				passMark: 60,
				shuffle: true,
				feedback: 'end',
				createdAt: 5,
				questions
			}
		});
	});

	it('names each bad field', () => {
		const outcome = buildAssignment(
			{ ...settings, title: '', due: '2025-13-01', passMark: 101 },
			[],
			'abc',
			5
		);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok)
			expect(Object.keys(outcome.errors).sort()).toEqual(['due', 'passMark', 'questions', 'title']);
	});
});
