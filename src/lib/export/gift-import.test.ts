import { describe, expect, it } from 'vitest';
import { importGift } from './gift-import';

const sample = `// A quiz written by hand
$CATEGORY: $course$/History/Korea

::Capital::What is the capital of
North Korea? {
  =Pyongyang # yes!
  ~Seoul # that is the South
  ~Busan
  #### Pyongyang has been the capital since 1948.
}

// comments between questions are fine
::Sun::The sun rises in the east.{T}

Two plus two equals {=four =4} in any base above four.

::Year::In which year did the war begin?{#1950:0}

::Escapes::Is 1\\:2 written \\{ratio\\} \\= half\\~ish \\#1\\\\?{
=yes \\= true
~no}
`;

describe('GIFT import', () => {
	const outcome = importGift(sample, { id: 'imp' });

	it('reads mcq, true/false, short answer and numeric questions', () => {
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const set = outcome.value;
		expect(set).toMatchObject({ id: 'imp', title: 'Korea', generatorVersion: 'import:gift' });
		expect(set.questions.map((q) => [q.id, q.type, q.prompt, q.answer])).toEqual([
			['q1', 'mcq', 'What is the capital of North Korea?', 'Pyongyang'],
			['q2', 'truefalse', 'The sun rises in the east.', 'true'],
			['q3', 'cloze', 'Two plus two equals _____ in any base above four.', 'four'],
			['q4', 'numeric', 'In which year did the war begin?', '1950'],
			['q5', 'mcq', 'Is 1:2 written {ratio} = half~ish #1\\?', 'yes = true']
		]);
		expect(set.questions[0]!.options).toEqual(['Pyongyang', 'Seoul', 'Busan']);
		expect(set.questions[2]!.accept).toEqual(['4']);
	});

	it('uses the general feedback, else the question text, as the source sentence', () => {
		if (!outcome.ok) return;
		const [q1, q2, q3] = outcome.value.questions;
		expect(q1!.explanation).toBe('Pyongyang has been the capital since 1948.');
		expect(q2!.explanation).toBe('The sun rises in the east.');
		expect(q3!.explanation).toBe('Two plus two equals four in any base above four.');
		for (const q of outcome.value.questions) {
			expect(outcome.value.sentences[q.sourceSentence]).toBe(q.explanation);
		}
	});

	it('names the line of a missing closing brace', () => {
		const text = '::A::One {=1}\n\n::B::Two\nlines {\n=2\n~3\n\n::C::Three {=3}';
		expect(importGift(text, { id: 'x' })).toEqual({
			ok: false,
			errors: ['line 4: missing closing }']
		});
	});

	it('reports every error with its line, and imports nothing', () => {
		const text = [
			'::A::No right answer {~a ~b}', // line 1
			'',
			'::B::Two right {=a =b ~c}', // line 3
			'',
			'::C::Bad number {#lots}', // line 5
			'',
			'::D::Stray text {a =b}', // line 7
			'',
			'::E::Fine {=e}', // line 9
			'',
			'::F::Unclosed title {=f}', // line 11
			'::G:Oops {=g}'
		].join('\n');
		expect(importGift(text, { id: 'x' })).toEqual({
			ok: false,
			errors: [
				'line 1: multiple-choice question has no right answer (mark it with =)',
				'line 3: multiple-choice question has more than one right answer (=)',
				'line 5: numeric answer "lots" is not a number',
				'line 7: each answer must start with = (right) or ~ (wrong)',
				'line 11: only one answer block per question'
			]
		});
		expect(importGift('::T no end {=x}', { id: 'x' })).toEqual({
			ok: false,
			errors: ['line 1: missing closing :: after the question title']
		});
	});

	it('keeps imports within the limits of a saved set', () => {
		expect(importGift(`::A::${'x'.repeat(2001)} {=a}`, { id: 'x' })).toEqual({
			ok: false,
			errors: ['line 1: question text is over 2000 characters']
		});
		const options = Array.from({ length: 11 }, (_, i) => `~o${i}`).join(' ');
		expect(importGift(`Pick {=a ${options}}`, { id: 'x' })).toEqual({
			ok: false,
			errors: ['line 1: more than 10 choices']
		});
	});

	it('skips what Factdeck cannot use, with warnings', () => {
		const text = [
			'Just a description.',
			'',
			'Write an essay. {}',
			'',
			'Match. {=a -> 1 =b -> 2 =c -> 3}',
			'',
			'Pick two. {~%50%a ~%50%b ~%-100%c}',
			'',
			'Keep me. {=yes}'
		].join('\n');
		const outcome = importGift(text, { id: 'x', title: 'Mine' });
		expect(outcome).toMatchObject({ ok: true, value: { title: 'Mine' } });
		if (!outcome.ok) return;
		expect(outcome.value.questions).toHaveLength(1);
		expect(outcome.warnings).toEqual([
			'line 1: text without an answer block {…} skipped',
			'line 3: essay question skipped (Factdeck cannot mark essays)',
			'line 5: matching question skipped (not supported)',
			'line 7: multiple-answer question skipped (not supported)'
		]);
	});

	it('refuses empty, binary and oversized files clearly', () => {
		expect(importGift('', { id: 'x' })).toEqual({
			ok: false,
			errors: [expect.stringMatching(/^No questions found/)]
		});
		expect(importGift('PK\u0003\u0004\u0000\u0000', { id: 'x' })).toEqual({
			ok: false,
			errors: [expect.stringMatching(/binary data/)]
		});
		expect(importGift('x'.repeat(3 * 1024 * 1024), { id: 'x' })).toEqual({
			ok: false,
			errors: [expect.stringMatching(/too large/)]
		});
	});

	it('reads Windows line endings', () => {
		const outcome = importGift('::A::One\r\nline {=1}\r\n\r\n::B::Two {F}\r\n', { id: 'x' });
		expect(outcome.ok && outcome.value.questions.map((q) => q.prompt)).toEqual(['One line', 'Two']);
	});
});
