import { describe, expectTypeOf, it, expect } from 'vitest';
import { QUESTION_TYPES, type Question, type QuestionSet, type SetSummary } from './types';

// The question set JSON is a published contract (README, CLI, exports, links): these tests fail
// when a field the contract names is renamed, dropped or loosened.
describe('the question set contract', () => {
	it('has exactly the five question types, in their documented order', () => {
		expect(QUESTION_TYPES).toEqual(['mcq', 'cloze', 'truefalse', 'numeric', 'flashcard']);
	});

	it('gives every question the documented fields and types', () => {
		expectTypeOf<Question['type']>().toEqualTypeOf<
			'mcq' | 'cloze' | 'truefalse' | 'numeric' | 'flashcard'
		>();
		expectTypeOf<Pick<Question, 'id' | 'prompt' | 'answer' | 'explanation'>>().toEqualTypeOf<{
			id: string;
			prompt: string;
			answer: string;
			explanation: string;
		}>();
		expectTypeOf<Question['sourceSentence']>().toEqualTypeOf<number>();
		expectTypeOf<Question['options']>().toEqualTypeOf<string[] | undefined>();
		expectTypeOf<Question['accept']>().toEqualTypeOf<string[] | undefined>();
		expectTypeOf<Question['difficulty']>().toEqualTypeOf<number | undefined>();
		expectTypeOf<Question['tags']>().toEqualTypeOf<string[] | undefined>();
		expectTypeOf<Question['asOf']>().toEqualTypeOf<string | undefined>();
	});

	it('gives every set the documented fields, with the optional ones optional', () => {
		expectTypeOf<
			Pick<QuestionSet, 'id' | 'title' | 'generatorVersion' | 'sentences' | 'questions'>
		>().toEqualTypeOf<{
			id: string;
			title: string;
			generatorVersion: string;
			sentences: string[];
			questions: Question[];
		}>();
		expectTypeOf<QuestionSet['source']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<QuestionSet['url']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<QuestionSet['date']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<QuestionSet['warnings']>().toEqualTypeOf<string[] | undefined>();
	});

	it('counts every question type in a set summary', () => {
		expectTypeOf<keyof SetSummary['counts']>().toEqualTypeOf<Question['type']>();
	});
});
