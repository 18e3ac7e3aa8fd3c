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
import { isBareDefinite, type SentenceContext } from '../wh';
import { factKey, type BuildContext, type Candidate } from './candidate';

function numberIn(text: string): number {
	return Number((/[\d,]+(?:\.\d+)?/.exec(text)?.[0] ?? '0').replace(/,/g, ''));
}

function closestFirst(options: string[], answer: string): string[] {
	const value = numberIn(answer);
	const distance = (o: string) => Math.abs(Math.log(numberIn(o) / value));
	return [...options].sort((a, b) => distance(a) - distance(b));
}

const NEEDS_THE =
	/^(?:United|Soviet|Netherlands|Philippines|Czech|Gambia|Bahamas)\b|(?:Republic|Union|Kingdom|States|Islands)$/;

/** "North Korea has" -> "the United States has"; "the United States" -> "Canada". */
function withArticle(sentence: string, fact: Fact, replacement: string) {
	if (fact.kind !== 'place') return { start: fact.start, end: fact.end, text: replacement };
	const before = sentence.slice(Math.max(0, fact.start - 4), fact.start);
	const hasThe = /\bthe $/i.test(before);
	const start = hasThe ? fact.start - 4 : fact.start;
	const article = NEEDS_THE.test(replacement) ? `${hasThe ? before.slice(0, 3) : 'the'} ` : '';
	return { start, end: fact.end, text: article + replacement };
}

const SWAPPABLE = new Set(['quantity', 'year', 'month', 'place', 'person', 'term']);

/** "Marie Curie was a physicist ...": a description other people in the text may fit too. */
function copular(fact: Fact, build: BuildContext): boolean {
	const clause = build.contexts[fact.sentence]?.clause;
	return !clause || clause.verb < 0;
}

/** "England goalkeeper Mary Earps": a role the swapped-in name would not fit. */
function afterNoun(fact: Fact, build: BuildContext): boolean {
	const previous = build.contexts[fact.sentence]?.sentence.tokens[fact.from - 1];
	return previous !== undefined && previous.tags.has('Noun') && !/[,;:]/.test(previous.post);
}

/** A swapped-in person whose own sentences share a content word with this one may fit it too. */
function sharesContext(name: string, fact: Fact, build: BuildContext): boolean {
	const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{5,}/g) ?? []);
	const own = words(build.contexts[fact.sentence]?.sentence.text ?? '');
	for (const ctx of build.contexts) {
		if (!ctx.sentence.text.includes(name)) continue;
		for (const word of words(ctx.sentence.text.replace(name, ''))) if (own.has(word)) return true;
	}
	return false;
}

/** Keeps "cut to 1.1 percent from 1.3 percent" a cut: the swap must not flip a comparison. */
function keepsOrder(fact: Fact, candidate: string, facts: readonly Fact[]): boolean {
	if (fact.kind !== 'quantity') return true;
	const value = numberIn(fact.answer);
	const next = numberIn(candidate);
	return facts.every((other) => {
		if (other === fact || other.kind !== 'quantity' || other.subtype !== fact.subtype) return true;
		const against = numberIn(other.answer);
		return Math.sign(value - against) === Math.sign(next - against);
	});
}

/** "February 30" is not a date: a month is only swapped when the day fits every month. */
function monthFits(fact: Fact, build: BuildContext): boolean {
	if (fact.kind !== 'month') return true;
	const ctx = build.contexts[fact.sentence];
	const day = Number(ctx?.sentence.tokens[fact.to - 1]?.normal);
	return !(Number.isFinite(day) && day > 28 && day <= 31);
}

function replacementFor(fact: Fact, build: BuildContext, sentence: string): string | undefined {
	const seed = `tf|${fact.sentence}|${fact.answer}`;
	let pool: string[] = [];
	// The nearest wrong number: a false statement should not be false by being absurd.
	if (fact.kind === 'quantity') {
		pool = closestFirst(
			numberDistractors(fact.answer, seed, fact.subtype === 'percent'),
			fact.answer
		);
	} else if (fact.kind === 'year') pool = yearDistractors(fact.answer, seed);
	else if (fact.kind === 'month') pool = monthDistractors(fact.answer, seed);
	else if (
		fact.kind === 'person' &&
		!fact.role &&
		fact.answer.includes(' ') &&
		!copular(fact, build) &&
		!afterNoun(fact, build)
	) {
		pool = entityDistractors(fact, build.facts, seed).filter(
			(name) => name.includes(' ') && !sharesContext(name, fact, build)
		);
	} else if (fact.kind === 'term') pool = entityDistractors(fact, build.facts, seed);
	else if (fact.kind === 'place' && fact.subtype !== 'place')
		pool = entityDistractors(fact, build.facts, seed);
	if (!monthFits(fact, build)) return undefined;
	const lower = sentence.toLowerCase();
	const neighbours = build.facts.filter((f) => f.sentence === fact.sentence);
	return pool.find(
		(c) =>
			!lower.includes(c.toLowerCase()) &&
			!tooClose(fact.answer, c) &&
			keepsOrder(fact, c, neighbours)
	);
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
	// "The vessel is 300 meters long": which vessel, the statement alone does not say.
	if (ctx.clause && ctx.clause.introEnd === 0 && isBareDefinite(ctx, ctx.clause)) return null;
	const [first, second, third] = sentence.tokens;
	if (
		!ctx.clause &&
		first?.normal === 'the' &&
		second !== undefined &&
		!/^[A-Z]/.test(second.text) &&
		!ctx.referents.replace.has(0) &&
		(third?.tags.has('Verb') ?? false)
	) {
		return null;
	}
	const pieces = [{ from: statementStart(ctx), to: sentence.tokens.length }];
	const truth = renderPieces(sentence.tokens, ctx.referents, pieces);
	if (!truth) return null;
	// Most sentences with something to change become false ones: only those can, so without
	// this bias the set would lean towards "true".
	const wantFalse = hashString(sentence.text) % 3 !== 0;
	const order = ['quantity', 'month', 'year', 'place', 'term', 'person'];
	const swappable = facts
		.filter((f) => SWAPPABLE.has(f.kind) && !f.metonym && !f.modifier)
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
			const falsehood = renderPieces(
				sentence.tokens,
				ctx.referents,
				pieces,
				withArticle(sentence.text, fact, replacement)
			);
			if (!falsehood || falsehood.text === truth.text) continue;
			return {
				...base,
				prompt: asStatement(falsehood.text),
				answer: 'false',
				tags: [fact.kind],
				factKey: factKey(fact)
			};
		}
	}
	return {
		...base,
		prompt: asStatement(truth.text),
		answer: 'true',
		tags: [best.kind],
		factKey: factKey(best)
	};
}
