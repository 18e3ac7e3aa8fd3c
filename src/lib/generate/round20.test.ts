// Regression tests for round 20, from test25 and test26's raters: a "his" in a phrase set before
// the subject is the subject's, not the person of the sentence before; the day of an aside
// (", announced on Friday,") stays, or the aside reads ", announced,"; a "his" after "Mr. Brady"
// is written "Mr. Brady's", never "Mr's"; "How much ...?" that still holds an amount; no pronoun
// as an answer. Sentences written for these tests in the shape of the cases seen on held-out
// articles.
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '.';
import { gateReason } from './gates';
import { withoutRelativeTime } from './text';

function texts(text: string): string[] {
	const set = generateQuestionSet({ text, title: 'Test story' });
	return set.questions.flatMap((q) => [q.prompt, q.answer]);
}

describe('round 20', () => {
	it('gives a "his" before the subject to no person of the sentence before', () => {
		const shown = texts(
			[
				'Tom Hill and Harlow United lost 2-0 at Kelby Park on Saturday.',
				"After expressing his unease about his side's poor start in midweek, Berg had more reason to complain at the Kelby Arena.",
				'Berg has won 12 of his 20 games in charge of Kelby Town.'
			].join('\n\n')
		);
		for (const text of shown) expect(text).not.toMatch(/expressing Tom Hill/);
	});

	it('keeps the day of an aside that a cut would leave as ", announced,"', () => {
		expect(
			withoutRelativeTime(
				'The resignation offer from the whole Kelby council, announced on Friday, was the first of its kind.'
			)
		).toBe(
			'The resignation offer from the whole Kelby council, announced on Friday, was the first of its kind.'
		);
		// A day that only says when is still cut.
		expect(withoutRelativeTime('The Kelby council announced on Friday that it would resign.')).toBe(
			'The Kelby council announced that it would resign.'
		);
		const shown = texts(
			[
				'Ann Berg met the 34 members of the Kelby council in Harlow on Monday.',
				'The resignation offer from the 34 members of the Kelby council, announced on Friday, was the first of its kind in the history of Harlow.',
				'The offer was rejected by Berg.'
			].join('\n\n')
		);
		for (const text of shown) expect(text).not.toMatch(/announced,/);
	});

	it('writes in "Mr. Brady", never the title alone ("renamed in Mr\'s honor")', () => {
		const shown = texts(
			[
				'Ann Lee, the first mayor of Kelby, opened the new town hall in 1990.',
				'In 1997, Mr. Brady joined the Harlow council. In 2000, the Harlow press room was renamed in his honor.',
				'The room seats 120 reporters.'
			].join('\n\n')
		);
		for (const text of shown) expect(text).not.toMatch(/\bMr'?s\b/);
		expect(shown.some((text) => /Mr\. Brady's honor/.test(text))).toBe(true);
	});

	it('refuses "How much ...?" that still holds an amount where the answer was', () => {
		for (const prompt of [
			'How much has the Harlow council announced $1.7 million in flood aid?',
			'How much do Kelby clinics charge for one test or $90 for both tests?',
			'How much did the Tane lottery shower 2.2 billion euros across the region?'
		])
			expect(
				gateReason({
					type: 'mcq',
					prompt,
					answer: '1.5 million pounds',
					tags: ['quantity']
				})
			).toBe('ungrammatical: the amount asked for is still in the question');
		expect(
			gateReason({
				type: 'mcq',
				prompt: 'How much has the Harlow council announced in flood aid?',
				answer: '1.5 million pounds',
				tags: ['quantity']
			})
		).toBeNull();
	});

	it('refuses a pronoun as the answer', () => {
		expect(
			gateReason({
				type: 'cloze',
				prompt: '"_____ all so excited for our town," Ann Berg, 52, told the Kelby Herald.',
				answer: "We're",
				tags: ['person']
			})
		).toBe('ungrammatical: a pronoun as the answer');
	});
});
