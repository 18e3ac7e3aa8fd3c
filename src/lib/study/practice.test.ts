import { describe, expect, it } from 'vitest';
import type { Card, QuestionSet } from '$lib/types';
import { practiceQueue } from './practice';
import { makeCard } from './testing';

const set: QuestionSet = {
	id: 's',
	title: 'S',
	generatorVersion: 't',
	sentences: ['a'],
	questions: ['q1', 'q2', 'q3', 'q4'].map((id, i) => ({
		id,
		type: i === 3 ? 'flashcard' : 'cloze',
		prompt: id,
		answer: 'a',
		sourceSentence: 0,
		explanation: 'a'
	}))
};

function card(questionId: string, state: Card['state'], due: number): Card {
	return makeCard({ setId: 's', questionId, state, due });
}

describe('practiceQueue', () => {
	it('puts due cards first, then new ones, then the rest, of the chosen types', () => {
		const cards = [card('q1', 2, 500), card('q2', 0, 0), card('q3', 2, 50), card('q4', 0, 0)];
		const queue = practiceQueue(cards, set, { now: 100, types: ['cloze'] });
		expect(queue.map((c) => c.questionId)).toEqual(['q3', 'q2', 'q1']);
	});
	it('keeps to the limit and skips retired cards', () => {
		const cards = [card('q1', 0, 0), { ...card('q2', 0, 0), retired: true }, card('q3', 0, 0)];
		expect(
			practiceQueue(cards, set, { now: 0, types: ['cloze'], limit: 1 }).map((c) => c.questionId)
		).toEqual(['q1']);
	});

	it('never puts two questions on one sentence one after the other', () => {
		const onSentences = { ...set, sentences: ['a', 'b'] };
		onSentences.questions = set.questions.map((q, i) => ({ ...q, sourceSentence: i < 2 ? 0 : 1 }));
		const cards = ['q1', 'q2', 'q3', 'q4'].map((id, i) =>
			makeCard({ setId: 's', questionId: id, siblingKey: `s#${i < 2 ? 0 : 1}` })
		);
		const queue = practiceQueue(cards, onSentences, { now: 0, types: ['cloze', 'flashcard'] });
		expect(queue.map((c) => c.questionId)).toEqual(['q1', 'q3', 'q2', 'q4']);
	});
});
