import { describe, expect, it } from 'vitest';
import { lossWarning, planSetEdit, unconfirmedLoss, type QuestionProgress } from './edit-plan';

const ids = (...list: string[]) => list.map((id) => ({ id }));
const progress = (questionId: string, reviews: number, reps = reviews): QuestionProgress => ({
	questionId,
	reviews,
	reps
});

describe('planSetEdit', () => {
	it('keeps the progress of questions that stay, adds new ones, and counts what removal loses', () => {
		const plan = planSetEdit(ids('q1', 'q2', 'q3', 'q4'), ids('q3', 'own-x', 'q1'), [
			progress('q1', 4),
			progress('q2', 3),
			progress('q4', 0),
			progress('q3', 1)
		]);
		expect(plan).toEqual({
			kept: ['q3', 'q1'],
			added: ['own-x'],
			removed: ['q2', 'q4'],
			removedWithProgress: ['q2'],
			reviewsLost: 3
		});
		expect(lossWarning(plan)).toBe(
			'One question you removed has study progress (3 reviews). Saving deletes its card and review history; the other questions keep theirs.'
		);
	});

	it('counts a card with repetitions but no log entries (the log was imported without it) as studied', () => {
		const plan = planSetEdit(ids('q1', 'q2'), ids(), [progress('q1', 0, 2), progress('q2', 1)]);
		expect(plan.removedWithProgress).toEqual(['q1', 'q2']);
		expect(lossWarning(plan)).toMatch(/^2 questions you removed have study progress \(1 review\)/);
	});

	it('needs no confirmation when nothing studied is removed', () => {
		const plan = planSetEdit(ids('q1', 'q2'), ids('q1'), [progress('q1', 5)]);
		expect(plan.removed).toEqual(['q2']);
		expect(lossWarning(plan)).toBeNull();
		expect(unconfirmedLoss(plan, [])).toEqual([]);
	});

	it('finds studied removals the teacher did not confirm', () => {
		const plan = planSetEdit(ids('q1', 'q2', 'q3'), ids('q3'), [
			progress('q1', 1),
			progress('q2', 2)
		]);
		expect(unconfirmedLoss(plan, ['q1'])).toEqual(['q2']);
		expect(unconfirmedLoss(plan, ['q2', 'q1'])).toEqual([]);
	});
});
