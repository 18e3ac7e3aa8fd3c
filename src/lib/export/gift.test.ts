import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { Question, QuestionSet } from '$lib/types';
import { escapeGift, giftNumber, questionSetToGift } from './gift';
import { importGift } from './gift-import';
import { awkwardSet } from './test-set';

describe('GIFT export', () => {
	it('escapes ~ = # { } : and the backslash, and new lines', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(escapeGift('two\nlines\r\nthree')).toBe('two\\nlines\\nthree');
	});

	it('writes each type in its GIFT form, titled ::…::', () => {
		const gift = questionSetToGift(awkwardSet);
		expect(gift).toBe(
			[
				'// Factdeck set: Troops: {North} ~ Korea\n// Source: Example News',
				'::Q1 Who sent troops to \\{Russia\\}?::Who sent troops to \\{Russia\\}?{\n' +
					'\t~South Korea\n\t=North Korea\n\t~China\\: PRC\n\t~a \\~ b \\= c\n' +
					'\t####North Korea sent 3,000 troops to Russia in January.\n}',
				'::Q2 North Korea sent _____ troops to Russia.::North Korea sent _____ troops\tto Russia.' +
					'{=3,000 =3000 =three thousand####North Korea sent 3,000 troops to Russia in January.}',
				'::Q3 Seoul is north of Pyongyang.::Seoul is north of Pyongyang.{FALSE####Seoul is south of Pyongyang.}',
				'::Q4 How many troops were sent in January?::How many troops were sent in January?' +
					'{#3000####North Korea sent 3,000 troops to Russia in January.}',
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

	it('reads numbers the way GIFT wants them', () => {
		expect(giftNumber('11,000')).toBe('11000');
		expect(giftNumber('-3.5')).toBe('-3.5');
		expect(giftNumber('about 5')).toBeNull();
	});

	it('marks a text that looks like a format marker as plain', () => {
		const set = {
			...awkwardSet,
			questions: [{ ...awkwardSet.questions[2]!, prompt: '[html]<b>x</b>' }]
		};
		expect(questionSetToGift(set)).toContain('::[plain][html]<b>x</b>{FALSE');
		const back = importGift(questionSetToGift(set), { id: 'x' });
		expect(back.ok && back.value.questions[0]!.prompt).toBe('[html]<b>x</b>');
	});
});

// Words from an alphabet full of GIFT's special characters, joined by single spaces: the export
// keeps every character; only runs of layout whitespace are not preserved (GIFT treats them as one
// space), so the generator does not make them.
const word = fc.string({
	minLength: 1,
	maxLength: 8,
	unit: fc.constantFrom(...'abcXYZ019~=#{}:\\%.,?!"\'<>&éü'.split(''), '->', '\\n', '_____')
});
const giftText = fc
	.array(word, { minLength: 1, maxLength: 6 })
	.map((words) => words.join(' ').replace(/\\n/g, '\n'))
	.filter(
		(t) => !/^\s*%/.test(t) && !/^\[(html|moodle|plain|markdown)\]/i.test(t) && t.trim() === t
	);
const explanation = fc.option(giftText, { nil: undefined });

const giftQuestion: fc.Arbitrary<
	Omit<Question, 'id' | 'sourceSentence' | 'explanation'> & { explanation?: string }
> = fc.oneof(
	fc
		.record({
			prompt: giftText,
			options: fc.uniqueArray(giftText, { minLength: 2, maxLength: 5 }),
			i: fc.nat(),
			explanation
		})
		.map(({ prompt, options, i, explanation }) => ({
			type: 'mcq' as const,
			prompt,
			options,
			answer: options[i % options.length]!,
			explanation
		})),
	fc
		.record({ prompt: giftText, answer: fc.constantFrom('true', 'false'), explanation })
		.map((q) => ({ ...q, type: 'truefalse' as const })),
	fc
		.record({
			prompt: giftText,
			answer: giftText,
			accept: fc.array(giftText, { maxLength: 2 }),
			explanation
		})
		.map(({ accept, ...q }) => ({
			...q,
			type: 'cloze' as const,
			...(accept.length ? { accept } : {})
		})),
	fc
		.record({
			prompt: giftText,
			answer: fc.integer({ min: -1e6, max: 1e6 }).map(String),
			explanation
		})
		.map((q) => ({ ...q, type: 'numeric' as const }))
);

describe('GIFT export -> import round-trip', fuzzBudget, () => {
	it('keeps type, prompt, answer, options, accepted answers and explanation (property)', () => {
		fc.assert(
			fc.property(fc.array(giftQuestion, { minLength: 1, maxLength: 6 }), (drafts) => {
				const set: QuestionSet = {
					id: 's',
					title: 'T',
					generatorVersion: 'test',
					sentences: ['s'],
					questions: drafts.map((d, i) => ({
						...d,
						id: `q${i + 1}`,
						sourceSentence: 0,
						explanation: d.explanation ?? ''
					}))
				};
				const back = importGift(questionSetToGift(set), { id: 's2' });
				if (!back.ok) throw new Error(back.errors.join('\n'));
				expect(back.value.questions).toHaveLength(set.questions.length);
				back.value.questions.forEach((q, i) => {
					const original = set.questions[i]!;
					expect(q).toMatchObject({
						type: original.type,
						prompt: original.prompt,
						answer: original.answer
					});
					expect(q.options).toEqual(original.options);
					expect(q.accept).toEqual(original.accept);
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
			// The tab inside the prompt is layout to GIFT: it comes back as a space.
			['cloze', 'North Korea sent _____ troops to Russia.', '3,000'],
			['truefalse', 'Seoul is north of Pyongyang.', 'false'],
			['numeric', 'How many troops were sent in January?', '3000']
		]);
	});
});
