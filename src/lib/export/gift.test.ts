import fc from 'fast-check';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { Question, QuestionSet } from '$lib/types';
import { escapeGift, giftNumber, questionSetToGift } from './gift';
import { importGift } from './gift-import';
import { awkwardSet } from './test-set';

function setOf(questions: Omit<Question, 'id' | 'sourceSentence'>[]): QuestionSet {
	return {
		id: 's',
		title: 'T',
		generatorVersion: 'test',
		sentences: ['s'],
		questions: questions.map((q, i) => ({ ...q, id: `q${i + 1}`, sourceSentence: 0 }))
	};
}

/** The questions gift-pegjs reads from `gift`, comments and categories aside. */
function pegQuestions(gift: string): GIFTQuestion[] {
	return parse(gift).filter((q) => q.type !== 'Category');
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** What a browser shows for a [html] text: decoded by a real HTML parser (linkedom). */
function shownText(text: { format: string; text: string } | null): string {
	if (!text) return '';
	if (text.format !== 'html') throw new Error(`expected [html], got [${text.format}]`);
	const element = document.createElement('div');
	element.innerHTML = text.text.replace(/<br>/g, '\n');
	return element.textContent ?? '';
}

/** A short answer as Moodle compares it: `\*` is a literal *, as qtype_shortanswer reads it. */
function typedAnswer(choice: { text: { text: string } }): string {
	return choice.text.text.replace(/\\\*/g, '*');
}

describe('GIFT export', () => {
	it('escapes ~ = # { } : and the backslash, and new lines', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(escapeGift('two\nlines\r\nthree')).toBe('two\\nlines\\nthree');
	});

	it('writes each type in its GIFT form, titled ::…::, displayed text as [html]', () => {
		const gift = questionSetToGift(awkwardSet);
		expect(gift).toBe(
			[
				'// Factdeck set: Troops: {North} ~ Korea\n// Source: Example News',
				'::Q1 Who sent troops to \\{Russia\\}?::[html]Who sent troops to \\{Russia\\}?{\n' +
					'\t~[html]South Korea\n\t=[html]North Korea\n\t~[html]China\\: PRC\n\t~[html]a \\~ b \\= c\n' +
					'\t####[html]North Korea sent 3,000 troops to Russia in January.\n}',
				'::Q2 North Korea sent _____ troops to Russia.::[html]North Korea sent _____ troops&\\#9;to Russia.' +
					'{=3,000 =3000 =three thousand####[html]North Korea sent 3,000 troops to Russia in January.}',
				'::Q3 Seoul is north of Pyongyang.::[html]Seoul is north of Pyongyang.{FALSE####[html]Seoul is south of Pyongyang.}',
				'::Q4 How many troops were sent in January?::[html]How many troops were sent in January?' +
					'{#3000####[html]North Korea sent 3,000 troops to Russia in January.}',
				'// Q5 not exported: GIFT has no flashcard type (The pact with a new line)'
			].join('\n\n') + '\n'
		);
	});

	it('leaves no unescaped special character inside question text or answers', () => {
		const gift = questionSetToGift(awkwardSet);
		for (const block of gift.split('\n\n').filter((b) => b.startsWith('::'))) {
			const body = block.replace(/^::(?:\\.|[^\\:])*::/, '');
			const open = body.search(/(?<!\\)(?:\\\\)*\{/);
			expect(body.slice(0, open)).not.toMatch(/(?<!\\)(?:\\\\)*[~=#}:]/);
		}
	});

	it('writes numbers every GIFT reader takes', () => {
		expect(giftNumber('11,000')).toBe('11000');
		expect(giftNumber('-3.5')).toBe('-3.5');
		expect(giftNumber('.5')).toBe('0.5');
		expect(giftNumber('+5')).toBe('5');
		expect(giftNumber('1e3')).toBe('1000');
		expect(giftNumber('2.5E-3')).toBe('0.0025');
		expect(giftNumber('-0')).toBe('0');
		expect(giftNumber('about 5')).toBeNull();
		const set = setOf(
			['.5', '1e3', '+5', '-2.50'].map((answer) => ({
				type: 'numeric' as const,
				prompt: 'How many?',
				answer,
				explanation: ''
			}))
		);
		const numbers = pegQuestions(questionSetToGift(set)).map((q) =>
			q.type === 'Numerical' && !Array.isArray(q.choices) ? q.choices.number : null
		);
		expect(numbers).toEqual([0.5, 1000, 5, -2.5]);
	});

	it('writes other numeric spellings that are numbers as further answers', () => {
		const set = setOf([
			{
				type: 'numeric',
				prompt: 'How many?',
				answer: '2.7 million',
				accept: ['2,700,000', '2.7 million'],
				explanation: ''
			},
			{
				type: 'numeric',
				prompt: 'Year?',
				answer: '1950',
				accept: ['1950', '1951'],
				explanation: ''
			}
		]);
		const gift = questionSetToGift(set);
		expect(gift).toContain('{=2.7 million =2,700,000 =2.7 million}');
		expect(gift).toContain('{#=1950 =1951}');
	});

	it('shows HTML in prompts, options and feedback as text, and never reads it as a marker', () => {
		const set = setOf([
			{
				type: 'mcq',
				prompt: '[html]<b>Bold</b> & <script>alert(1)</script>?',
				answer: '[plain]<i>',
				options: ['[plain]<i>', '%50%half', '&amp; x', '[markdown]**y**'],
				explanation: '[moodle]<p>Use &lt;i&gt;</p>'
			}
		]);
		const gift = questionSetToGift(set);
		expect(gift).toContain(
			'::[html][html]&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;?{'
		);
		const [q] = pegQuestions(gift);
		if (q?.type !== 'MC') throw new Error(`read as ${q?.type}`);
		expect(shownText(q.stem)).toBe(set.questions[0]!.prompt);
		expect(q.choices.map((c) => [c.isCorrect, c.weight, shownText(c.text)])).toEqual([
			[true, null, '[plain]<i>'],
			[false, null, '%50%half'],
			[false, null, '&amp; x'],
			[false, null, '[markdown]**y**']
		]);
		expect(shownText(q.globalFeedback)).toBe('[moodle]<p>Use &lt;i&gt;</p>');
		const back = importGift(gift, { id: 'x' });
		expect(back.ok && back.value.questions[0]).toMatchObject({
			prompt: set.questions[0]!.prompt,
			answer: '[plain]<i>',
			options: set.questions[0]!.options,
			explanation: set.questions[0]!.explanation
		});
	});

	it('writes a short answer containing -> alone and without =, so Moodle does not read matching', () => {
		const set = setOf([
			{
				type: 'cloze',
				prompt: 'The arrow is _____.',
				answer: 'T->x',
				accept: ['t -> x'],
				explanation: 'x'
			},
			{
				type: 'cloze',
				prompt: 'Key _____',
				answer: '%50% *off*',
				accept: ['a->b', '[html]c'],
				explanation: ''
			}
		]);
		const gift = questionSetToGift(set);
		expect(gift).not.toContain('\u2060');
		expect(gift).toContain('{[plain]T->x####[html]x}');
		expect(gift).toContain('{=[plain]%50% \\\\*off\\\\* =[plain][html]c}');
		// Moodle's reader takes an answer block holding both = and -> for a matching question.
		for (const block of gift.match(/\{[^}]*\}/g) ?? []) {
			expect(block.includes('->') && /(?<!\\)=/.test(block)).toBe(false);
		}
		expect(gift).toContain('// Q1: 1 other accepted answer(s) left out');
		expect(gift).toContain('// Q2: 1 other accepted answer(s) left out');
		const peg = pegQuestions(gift);
		expect(peg.map((q) => (q.type === 'Short' ? q.choices.map(typedAnswer) : q.type))).toEqual([
			['T->x'],
			['%50% *off*', '[html]c']
		]);
		const back = importGift(gift, { id: 'x' });
		expect(back.ok && back.value.questions.map((q) => [q.answer, q.accept])).toEqual([
			['T->x', undefined],
			['%50% *off*', ['[html]c']]
		]);
	});

	it('cuts titles at 40 graphemes, never inside an emoji', () => {
		const family = '👨‍👩‍👧';
		const set = setOf([
			{
				type: 'truefalse',
				prompt: `${'a'.repeat(39)}${family}${'b'.repeat(10)}`,
				answer: 'true',
				explanation: ''
			}
		]);
		const [q] = pegQuestions(questionSetToGift(set));
		expect(q?.type === 'TF' && q.title).toBe(`Q1 ${'a'.repeat(39)}${family}…`);
	});

	it('is read by gift-pegjs as Moodle would read it', () => {
		const peg = pegQuestions(questionSetToGift(awkwardSet));
		expect(peg.map((q) => q.type)).toEqual(['MC', 'Short', 'TF', 'Numerical']);
		const [mcq, cloze, tf, numeric] = peg;
		expect(mcq?.type === 'MC' && mcq.choices.map((c) => [c.isCorrect, shownText(c.text)])).toEqual([
			[false, 'South Korea'],
			[true, 'North Korea'],
			[false, 'China: PRC'],
			[false, 'a ~ b = c']
		]);
		if (cloze?.type !== 'Short' || tf?.type !== 'TF') throw new Error('read as another type');
		expect(shownText(cloze.stem)).toBe('North Korea sent _____ troops\tto Russia.');
		expect(cloze.choices.map(typedAnswer)).toEqual(['3,000', '3000', 'three thousand']);
		expect(tf.isTrue).toBe(false);
		expect(shownText(tf.globalFeedback)).toBe('Seoul is south of Pyongyang.');
		expect(numeric?.type === 'Numerical' && numeric.choices).toEqual({
			type: 'simple',
			number: 3000
		});
	});
});

// Texts of every kind: any Unicode (emoji and combining marks included), HTML, entities, GIFT's
// special characters, format markers, weights, "->", wildcards. Trimmed and free of control
// characters other than tab and new line, as the app's texts are.
const special = fc.constantFrom(
	...'~=#{}:\\%*[]<>&"\'_-'.split(''),
	'->',
	'####',
	'::',
	'//',
	'<b>',
	'</p>',
	'<br>',
	'&amp;',
	'&#9;',
	'&lt;',
	'[html]',
	'[plain]',
	'[markdown]',
	'[moodle]',
	'%50%',
	'%-25%',
	'_____',
	'TRUE',
	'T',
	'F',
	'$$',
	'\\n',
	'👨‍👩‍👧',
	'🇰🇷',
	'👍🏽',
	'e\u0301',
	'\u00a0',
	' ',
	'\t',
	'\n'
);
const piece = fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }));
const rawText = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const shownTextArb = rawText.filter((t) => t.trim() === t && t !== '' && !CONTROL.test(t));
// Typed answers are one line; GIFT readers fold runs of spaces in them.
const typedTextArb = shownTextArb.filter((t) => !/[\t\n]|\s\s/.test(t));
const explanation = fc.option(shownTextArb, { nil: undefined });
// Numbers as the app may hold them; one with an exponent beyond ±99 (5e-324) goes out as a short
// answer, which the test of "2.7 million" covers.
const numberText = fc
	.oneof(
		fc.integer({ min: -1e9, max: 1e9 }).map(String),
		fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
		fc.constantFrom('.5', '+5', '1e3', '-0.25', '2.5E-3', '3,000')
	)
	.filter((n) => giftNumber(n) !== null);

type Draft = Omit<Question, 'id' | 'sourceSentence' | 'explanation'> & { explanation?: string };

const giftQuestion: fc.Arbitrary<Draft> = fc.oneof(
	fc
		.record({
			prompt: shownTextArb,
			options: fc.uniqueArray(shownTextArb, { minLength: 2, maxLength: 5 }),
			i: fc.nat(),
			explanation
		})
		.map(({ options, i, ...q }) => ({
			...q,
			type: 'mcq' as const,
			options,
			answer: options[i % options.length]!
		})),
	fc
		.record({ prompt: shownTextArb, answer: fc.constantFrom('true', 'false'), explanation })
		.map((q) => ({ ...q, type: 'truefalse' as const })),
	fc
		.record({
			prompt: shownTextArb,
			answer: typedTextArb,
			accept: fc.array(typedTextArb, { maxLength: 2 }),
			explanation
		})
		.map(({ accept, ...q }) => ({
			...q,
			type: 'cloze' as const,
			...(accept.length ? { accept } : {})
		})),
	fc
		.record({ prompt: shownTextArb, answer: numberText, explanation })
		.map((q) => ({ ...q, type: 'numeric' as const }))
);

/** The short answers the export can write: Moodle allows one alone when it holds "->". */
function writableAnswers(q: Draft): string[] {
	const [first, ...others] = [q.answer, ...(q.accept ?? [])];
	if (first!.includes('->')) return [first!];
	return [first!, ...others.filter((a) => !a.includes('->'))];
}

function checkWithPeg(peg: GIFTQuestion, q: Draft): void {
	if (peg.type === 'Category' || peg.type === 'Description') throw new Error(peg.type);
	expect(shownText(peg.stem)).toBe(q.prompt);
	expect(shownText(peg.globalFeedback)).toBe(q.explanation ?? '');
	switch (q.type) {
		case 'mcq':
			if (peg.type !== 'MC') throw new Error(`mcq read as ${peg.type}`);
			expect(peg.choices.map((c) => shownText(c.text))).toEqual(q.options);
			expect(peg.choices.map((c) => c.isCorrect)).toEqual(q.options!.map((o) => o === q.answer));
			expect(peg.choices.every((c) => c.weight === null && c.feedback === null)).toBe(true);
			return;
		case 'truefalse':
			if (peg.type !== 'TF') throw new Error(`truefalse read as ${peg.type}`);
			expect(peg.isTrue).toBe(q.answer === 'true');
			return;
		case 'cloze':
			if (peg.type !== 'Short') throw new Error(`cloze read as ${peg.type}`);
			expect(peg.choices.map(typedAnswer)).toEqual(writableAnswers(q));
			expect(peg.choices.every((c) => c.isCorrect && c.weight === null)).toBe(true);
			return;
		case 'numeric': {
			if (peg.type !== 'Numerical' || Array.isArray(peg.choices)) {
				throw new Error(`numeric read as ${peg.type}`);
			}
			expect(peg.choices).toEqual({ type: 'simple', number: Number(giftNumber(q.answer)) });
			return;
		}
	}
}

describe('GIFT export -> gift-pegjs and -> import (property)', fuzzBudget, () => {
	it('keeps every prompt, option, answer and explanation exactly', () => {
		fc.assert(
			fc.property(fc.array(giftQuestion, { minLength: 1, maxLength: 5 }), (drafts) => {
				const set = setOf(drafts.map((d) => ({ ...d, explanation: d.explanation ?? '' })));
				const gift = questionSetToGift(set);
				const peg = pegQuestions(gift);
				expect(peg).toHaveLength(drafts.length);
				drafts.forEach((d, i) => checkWithPeg(peg[i]!, d));

				const back = importGift(gift, { id: 's2' });
				if (!back.ok) throw new Error(back.errors.join('\n'));
				expect(back.warnings).toEqual([]);
				expect(back.value.questions).toHaveLength(drafts.length);
				back.value.questions.forEach((q, i) => {
					const original = drafts[i]!;
					expect(q.type).toBe(original.type);
					expect(q.prompt).toBe(original.prompt);
					expect(q.options).toEqual(original.options);
					if (original.type === 'cloze') {
						const [answer, ...accept] = writableAnswers(original);
						expect([q.answer, q.accept]).toEqual([answer, accept.length ? accept : undefined]);
					} else if (original.type === 'numeric') {
						expect(q.answer).toBe(giftNumber(original.answer));
					} else {
						expect(q.answer).toBe(original.answer);
					}
					if (original.explanation) expect(q.explanation).toBe(original.explanation);
					expect(back.value.sentences[q.sourceSentence]).toBe(q.explanation);
				});
			}),
			fuzzRuns(300)
		);
	});

	it('round-trips the awkward example, flashcard aside', () => {
		const back = importGift(questionSetToGift(awkwardSet), { id: 'copy' });
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.value.questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([
			['mcq', 'Who sent troops to {Russia}?', 'North Korea'],
			['cloze', 'North Korea sent _____ troops\tto Russia.', '3,000'],
			['truefalse', 'Seoul is north of Pyongyang.', 'false'],
			['numeric', 'How many troops were sent in January?', '3000']
		]);
	});
});
