import { describe, expect, it } from 'vitest';
import type { Question, QuestionSet } from '$lib/types';
import { buildSetIndex, countByType } from './set-index';

const question = (id: string, type: Question['type']): Question => ({
	id,
	type,
	prompt: `Prompt ${id}`,
	answer: 'A',
	sourceSentence: 0,
	explanation: 'A sentence.'
});

const set = (id: string, date: string | undefined, questions: Question[] = []): QuestionSet => ({
	id,
	title: `Set ${id}`,
	date,
	generatorVersion: 'test',
	sentences: ['A sentence.'],
	questions
});

describe('countByType', () => {
	it('counts every type, including the ones a set lacks', () => {
		const counts = countByType(
			set('a', undefined, [question('1', 'mcq'), question('2', 'mcq'), question('3', 'flashcard')])
		);
		expect(counts).toEqual({ mcq: 2, cloze: 0, truefalse: 0, numeric: 0, flashcard: 1 });
	});
});

describe('buildSetIndex', () => {
	it('lists sets newest first, undated ones last, with their question counts', () => {
		const index = buildSetIndex([
			set('old', '2024-01-05'),
			set('undated', undefined),
			set('new', '2025-02-01', [question('1', 'cloze')])
		]);
		expect(index.map((entry) => entry.id)).toEqual(['new', 'old', 'undated']);
		expect(index[0]).toMatchObject({ title: 'Set new', questionCount: 1, counts: { cloze: 1 } });
	});

	it('carries only summary fields, not the questions or sentences', () => {
		const [entry] = buildSetIndex([set('a', '2025-01-01', [question('1', 'mcq')])]);
		expect(Object.keys(entry ?? {}).sort()).toEqual(
			['counts', 'date', 'id', 'questionCount', 'source', 'tags', 'title', 'url'].sort()
		);
	});
});
