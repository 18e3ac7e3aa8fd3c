// Regression tests for round 30: a number inside a name is no count (a false statement made "the
// Seven Nations match" of "the Six Nations match"), and a cloze reads "Saturday's X" as "the X".
// Every sentence here was written for these tests in the shape of sentences seen in real articles.
import { describe, expect, it } from 'vitest';
import { runGeneration, type GenerationTrace } from './index';

function analysed(text: string) {
	const trace: GenerationTrace = { analysis: null, candidates: [] };
	const set = runGeneration({ text, title: 'Kelby news' }, {}, trace);
	if (!trace.analysis) throw new Error('no analysis');
	return { set, analysis: trace.analysis, candidates: trace.candidates };
}

describe('round 30: names with a number in them, and the day of a named event', () => {
	it('does not count "Six" in "the Six Nations match", nor change it in a false statement', () => {
		const { set, analysis } = analysed(
			"Tom Reed will make his first start for Wales after being named at fly-half for Saturday's Six Nations match with Italy in Rome.\n\nThe 23-year-old replaces Dan Price, who hurt his knee in training."
		);
		expect(analysis.facts.some((f) => f.kind === 'quantity' && f.answer === 'Six')).toBe(false);
		for (const q of set.questions) expect(q.prompt).not.toMatch(/\b(?:Seven|Five|Eight) Nations/);
	});

	it('shows "Saturday\'s Six Nations match" in a cloze as "the Six Nations match"', () => {
		const { set, candidates } = analysed(
			"Tom Reed will make his first start for Wales after being named at fly-half for Saturday's Six Nations match with Italy in Rome.\n\nThe 23-year-old replaces Dan Price, who hurt his knee in training."
		);
		const clozes = candidates.filter(
			(c) => c.candidate.type === 'cloze' && c.candidate.sourceSentence === 0
		);
		expect(clozes.length).toBeGreaterThan(0);
		for (const c of clozes) {
			expect(c.candidate.prompt).toMatch(/for the Six Nations match/);
			expect(c.candidate.prompt).not.toMatch(/Saturday/);
		}
		expect(set.questions.some((q) => q.sourceSentence === 0)).toBe(true);
	});
});
