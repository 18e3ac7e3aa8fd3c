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

	it('skips a question with a syntax error, names its line, and imports the rest', () => {
		const text = '::A::One {=1}\n\n::B::Two\nlines {\n=2\n~3\n\n::C::Three {=3}';
		const outcome = importGift(text, { id: 'x' });
		expect(outcome).toMatchObject({
			ok: true,
			warnings: ['line 4: missing closing }; question skipped']
		});
		expect(outcome.ok && outcome.value.questions.map((q) => q.prompt)).toEqual(['One', 'Three']);
	});

	it('reports every error with its line when no question can be imported', () => {
		const text = [
			'::A::No right answer {~a ~b}', // line 1
			'',
			'::B::Two right {=a =b ~c}', // line 3
			'',
			'::C::Bad number {#lots}', // line 5
			'',
			'::D::Stray } brace', // line 7
			'',
			'::E::Twice {~e =f ~e}', // line 9
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
				'line 7: } without an opening {',
				'line 9: two answers have the same text',
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
			'line 5: matching question skipped (Factdeck has no such type)',
			'line 7: multiple-answer question skipped (Factdeck has no such type)'
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

/** Imports `text`, expecting success; returns the questions and the warnings. */
function read(text: string) {
	const outcome = importGift(text, { id: 'x' });
	if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
	return { questions: outcome.value.questions, warnings: outcome.warnings };
}

describe('GIFT import of what Moodle writes', () => {
	it('reads a tolerance as its value plus the whole numbers within it, and says so', () => {
		const { questions, warnings } = read(
			'::Birth::In which year was the painter born?{#1822:5}\n\n::Small::Pick a number near three.{#3:2}'
		);
		expect(questions[0]).toMatchObject({
			type: 'numeric',
			answer: '1822',
			accept: ['1817', '1818', '1819', '1820', '1821', '1823', '1824', '1825', '1826', '1827']
		});
		expect(questions[1]).toMatchObject({ answer: '3', accept: ['1', '2', '4', '5'] });
		expect(warnings).toEqual([
			'line 1: Moodle accepts any number from 1817 to 1827; Factdeck has no number ranges, so only the whole numbers 1817 to 1827 count as right',
			'line 3: Moodle accepts any number from 1 to 5; Factdeck has no number ranges, so only the whole numbers 1 to 5 count as right'
		]);
	});

	it('reads a range as its middle value, and says that only it counts', () => {
		const { questions, warnings } = read('What is pi to three decimal places?{#3.141..3.142}');
		expect(questions[0]).toMatchObject({ type: 'numeric', answer: '3.1415' });
		expect(questions[0]!.accept).toBeUndefined();
		expect(warnings).toEqual([
			'line 1: Moodle accepts any number from 3.141 to 3.142; Factdeck has no number ranges, so only 3.1415 counts as right'
		]);
	});

	it('lists the values it accepts for several ranges, and only the middle of a wide one', () => {
		const { questions, warnings } = read(
			'Three or seven?{#=3:0.5 =7:0.5}\n\nAbout fifty?{#0..100}'
		);
		expect(questions.map((q) => [q.answer, q.accept])).toEqual([
			['3', ['7']],
			['50', undefined]
		]);
		expect(warnings).toEqual([
			'line 1: Moodle accepts any number from 2.5 to 3.5 or 6.5 to 7.5; Factdeck has no number ranges, so only 3 and 7 count as right',
			'line 3: Moodle accepts any number from 0 to 100; Factdeck has no number ranges, so only 50 counts as right'
		]);
	});

	it('reads +5, .5, 1e3 and several numeric answers, keeping only full marks', () => {
		const { questions, warnings } = read(
			[
				'Plus five?{#+5}',
				'',
				'Half?{#.5}',
				'',
				'A thousand?{#1e3}',
				'',
				'::Weighted::When was the bridge opened?{#',
				'  =1937:0 # Exactly right.',
				'  =%50%1937:3 # Close.',
				'}'
			].join('\n')
		);
		expect(questions.map((q) => q.answer)).toEqual(['5', '0.5', '1000', '1937']);
		expect(questions[3]!.accept).toBeUndefined();
		expect(questions[3]!.explanation).toBe('Exactly right.');
		expect(warnings).toEqual([
			'line 7: Moodle gives partial marks here ("1937:3" 50%); Factdeck marks each answer right or wrong, so these count as wrong',
			'line 7: feedback on single answers is not kept (Factdeck shows one explanation per question)'
		]);
	});

	it('reads feedback for any other numeric answer without failing', () => {
		const { questions, warnings } = read('Three, give or take two?{#3:2~#Completely wrong}');
		expect(questions[0]).toMatchObject({
			type: 'numeric',
			answer: '3',
			accept: ['1', '2', '4', '5']
		});
		expect(warnings).toEqual([
			expect.stringMatching(/^line 1: Moodle accepts any number from 1 to 5/),
			'line 1: feedback on single answers is not kept (Factdeck shows one explanation per question)'
		]);
	});

	it('counts short answers with partial marks as wrong, and says so', () => {
		const { questions, warnings } = read(
			'Which animal purrs?{=cat =%100%kitten =%50%lion#Big, but a cat.}'
		);
		expect(questions[0]).toMatchObject({ type: 'cloze', answer: 'cat', accept: ['kitten'] });
		expect(warnings).toEqual([
			'line 1: Moodle gives partial marks here ("lion" 50%); Factdeck marks each answer right or wrong, so these count as wrong',
			'line 1: feedback on single answers is not kept (Factdeck shows one explanation per question)'
		]);
	});

	it('skips a short answer that has no answer for full marks', () => {
		expect(importGift('Roughly?{=%50%about}\n\nKeep?{=yes}', { id: 'x' })).toMatchObject({
			ok: true,
			warnings: ['line 1: short-answer question skipped: no answer earns full marks']
		});
	});

	it('keeps the right answer of a multiple choice with weights and penalties', () => {
		const { questions, warnings } = read(
			[
				'::Rivers::Which river flows through Vienna?{',
				'  =Danube # Right.',
				'  ~%50%Rhine # Half a mark: wrong country.',
				'  ~%-25%Thames',
				'  ~Seine',
				'}'
			].join('\n')
		);
		expect(questions[0]).toMatchObject({
			type: 'mcq',
			answer: 'Danube',
			options: ['Danube', 'Rhine', 'Thames', 'Seine'],
			explanation: 'Right.'
		});
		expect(warnings).toEqual([
			'line 1: Moodle gives partial marks here ("Rhine" 50%, "Thames" −25%); Factdeck marks each answer right or wrong, so these count as wrong',
			'line 1: feedback on single answers is not kept (Factdeck shows one explanation per question)'
		]);
	});

	it('takes format markers off the question, options and feedback, and reads [html] as text', () => {
		const { questions } = read(
			[
				'[html]<p>Which tag makes text <b>bold</b> &amp; strong?</p>{',
				'  =[plain]<b>',
				'  ~[markdown]*em*',
				'  ~<i>italic</i>',
				'  ####[html]<p>Use &lt;b&gt; or&nbsp;&lt;strong&gt;.</p>',
				'}',
				'',
				'[moodle]Capital of France?{=[plain]Paris}',
				'',
				'[plain]Two and two?{#4####[markdown]**4**}'
			].join('\n')
		);
		expect(questions[0]).toMatchObject({
			prompt: 'Which tag makes text bold & strong?',
			answer: '<b>',
			options: ['<b>', '*em*', 'italic'],
			explanation: 'Use <b> or\u00a0<strong>.'
		});
		expect(questions[1]).toMatchObject({ prompt: 'Capital of France?', answer: 'Paris' });
		expect(questions[2]).toMatchObject({ prompt: 'Two and two?', explanation: '**4**' });
	});

	it('uses the right answer feedback when there is no general feedback', () => {
		const { questions, warnings } = read(
			'The Earth is flat.{F#No, it is round.#Right: it is round.}'
		);
		expect(questions[0]).toMatchObject({ answer: 'false', explanation: 'Right: it is round.' });
		expect(warnings).toEqual([
			'line 1: feedback on single answers is not kept (Factdeck shows one explanation per question)'
		]);
	});

	it('reads a short answer written without =, as Moodle does', () => {
		expect(read('Arrow?{[plain]->}').questions[0]).toMatchObject({ type: 'cloze', answer: '->' });
		expect(read('Two?{two =2}').questions[0]).toMatchObject({ answer: 'two', accept: ['2'] });
	});
});
