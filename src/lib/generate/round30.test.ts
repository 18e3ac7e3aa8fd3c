// Regression tests for round 30: key-fact sentences that gave no question. Every sentence here
// was written for these tests in the shape of sentences seen in real articles.
import { describe, expect, it } from 'vitest';
import { runGeneration, type GenerationTrace } from './index';
import { selectQuestions, type Ranked } from './rank';

function analysed(text: string) {
	const trace: GenerationTrace = { analysis: null, candidates: [] };
	const set = runGeneration({ text, title: 'Kelby news' }, {}, trace);
	if (!trace.analysis) throw new Error('no analysis');
	return { set, analysis: trace.analysis, candidates: trace.candidates };
}

function unresolvedWords(text: string, sentence = 0): string[] {
	const { analysis } = analysed(text);
	const ctx = analysis.contexts[sentence];
	if (!ctx) throw new Error('no such sentence');
	return [...ctx.referents.unresolved].map((i) => ctx.sentence.tokens[i]?.normal ?? '');
}

describe('round 30: comparisons with a span before, and an "it" that stands for what follows', () => {
	it('reads "up 5% from the same period a year earlier" as part of the sentence', () => {
		const text =
			"During the first six months of Maria Lund's term as governor, 12,345 burglary cases were opened in Kelby, up more than 5% from the same period a year earlier, according to police data.";
		expect(unresolvedWords(text)).toEqual([]);
		expect(
			unresolvedWords('Sales at Osk rose 4% from a year earlier, the company said.')
		).not.toContain('earlier');
		const { set } = analysed(text);
		expect(set.questions.some((q) => /12,345/.test(`${q.prompt} ${q.answer}`))).toBe(true);
	});

	it('still needs the article for "two years later" and "the same way"', () => {
		expect(unresolvedWords('Two years later, Kelby opened a second port.')).toContain('later');
		expect(unresolvedWords('Osk divided its budget in the same way.')).toContain('same');
	});

	it('reads "it can cost $30 billion to build" as a whole', () => {
		expect(
			unresolvedWords(
				'The analyst Tom Berg says it can cost as much as $30 billion to build a new chip plant.'
			)
		).not.toContain('it');
		expect(
			unresolvedWords('It took engineers in Kelby four years to finish the bridge.')
		).not.toContain('it');
		// A verdict on something the sentence does not name still needs it.
		expect(unresolvedWords('Mayor Ana Ruiz said it was unacceptable.')).toContain('it');
	});
});

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

describe('round 30: statements over their share', () => {
	function statement(sentence: number, score: number): Ranked {
		return {
			candidate: {
				type: 'truefalse',
				prompt: `Halvik shipped ${sentence + 30} crates in week ${sentence}.`,
				answer: 'true',
				sourceSentence: sentence,
				difficulty: 1,
				tags: ['quantity'],
				score: 1,
				factKey: `${sentence}:count`
			},
			score,
			salience: 0.5,
			kind: 'quantity/count',
			verbatim: false
		};
	}
	function question(sentence: number): Ranked {
		return {
			candidate: {
				type: 'mcq',
				prompt: `Which port did Halvik use in week ${sentence}?`,
				answer: `Port ${sentence}`,
				options: ['Port A', 'Port B', 'Port C', `Port ${sentence}`],
				sourceSentence: sentence,
				difficulty: 1,
				tags: ['place'],
				score: 1,
				factKey: `${sentence}:port`
			},
			score: 0.8,
			salience: 0.5,
			kind: 'place/port',
			verbatim: false
		};
	}

	it("drops first the statements whose sentence keeps another question, not a sentence's only one", () => {
		// Statements on sentences 1-4 share them with a question and score highest.
		const statements = Array.from({ length: 24 }, (_, i) =>
			statement(i, i >= 1 && i <= 4 ? 0.95 : 0.6)
		);
		const questions = [1, 2, 3, 4].map(question);
		const { chosen } = selectQuestions([...statements, ...questions], 40);
		expect(chosen.filter((c) => c.type === 'truefalse')).toHaveLength(16);
		for (const i of [1, 2, 3, 4]) expect(chosen).not.toContain(statements[i]?.candidate);
		for (const q of questions) expect(chosen).toContain(q.candidate);
	});
});
