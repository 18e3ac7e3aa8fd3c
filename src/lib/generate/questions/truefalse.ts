// True/false: the sentence as a self-contained statement; a false one changes exactly one fact
// (a number, a month, a year or a place) to a same-type value the text contradicts.
import {
	monthDistractors,
	numberDistractors,
	tooClose,
	yearDistractors,
	entityDistractors
} from '../distractors';
import type { Fact } from '../facts/types';
import { hashString } from '../hash';
import { asStatement, renderPieces } from '../render';
import type { SentenceContext } from '../wh';
import { factKey, type BuildContext, type Candidate } from './candidate';

const SWAPPABLE = new Set(['quantity', 'year', 'month', 'place']);

function replacementFor(fact: Fact, build: BuildContext, sentence: string): string | undefined {
	const seed = `tf|${fact.sentence}|${fact.answer}`;
	let pool: string[] = [];
	if (fact.kind === 'quantity')
		pool = numberDistractors(fact.answer, seed, fact.subtype === 'percent');
	else if (fact.kind === 'year') pool = yearDistractors(fact.answer, seed);
	else if (fact.kind === 'month') pool = monthDistractors(fact.answer, seed);
	else if (fact.kind === 'place' && fact.subtype !== 'place')
		pool = entityDistractors(fact, build.facts, seed);
	const lower = sentence.toLowerCase();
	return pool.find((c) => !lower.includes(c.toLowerCase()) && !tooClose(fact.answer, c));
}

function statementStart(ctx: SentenceContext): number {
	if (ctx.clause) return ctx.clause.introStart;
	const first = ctx.sentence.tokens[0];
	return first &&
		/,/.test(first.post) &&
		/^(?:however|meanwhile|moreover|furthermore|also)$/.test(first.normal)
		? 1
		: 0;
}

export function trueFalseFromSentence(
	ctx: SentenceContext,
	facts: readonly Fact[],
	build: BuildContext
): Candidate | null {
	const { sentence } = ctx;
	const words = sentence.text.split(' ').length;
	// Quotations keep their speaker's "I" and "my": not a statement a learner can judge.
	if (words < 7 || words > 35 || facts.length === 0 || sentence.text.includes('"')) return null;
	const pieces = [{ from: statementStart(ctx), to: sentence.tokens.length }];
	const truth = renderPieces(sentence.tokens, ctx.referents, pieces);
	if (!truth) return null;
	const wantFalse = hashString(sentence.text) % 2 === 0;
	const order = ['quantity', 'month', 'year', 'place'];
	const swappable = facts
		.filter((f) => SWAPPABLE.has(f.kind) && !f.metonym)
		.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.from - b.from);
	const best = [...facts].sort((a, b) => b.weight - a.weight)[0] as Fact;
	const base = {
		type: 'truefalse' as const,
		sourceSentence: sentence.index,
		difficulty: 1,
		score: best.weight - 0.3 - (truth.vague ? 0.8 : 0)
	};
	if (wantFalse) {
		for (const fact of swappable) {
			const replacement = replacementFor(fact, build, sentence.text);
			if (!replacement) continue;
			const falsehood = renderPieces(sentence.tokens, ctx.referents, pieces, {
				start: fact.start,
				end: fact.end,
				text: replacement
			});
			if (!falsehood || falsehood.text === truth.text) continue;
			return {
				...base,
				prompt: asStatement(falsehood.text),
				answer: 'false',
				tags: [fact.kind],
				factKey: `tf:${factKey(fact)}`
			};
		}
	}
	return {
		...base,
		prompt: asStatement(truth.text),
		answer: 'true',
		tags: [best.kind],
		factKey: `tf:${factKey(best)}`
	};
}
