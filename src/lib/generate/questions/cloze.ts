// Cloze: the sentence exactly as written with one key span blanked.
import type { Fact } from '../facts/types';
import type { SentenceContext } from '../wh';
import { factKey, numberVariants, type BuildContext, type Candidate } from './candidate';

export const BLANK = '_____';

const CLOZE_KINDS = new Set([
	'quantity',
	'year',
	'month',
	'person',
	'place',
	'org',
	'cause',
	'term'
]);

function selfContained(ctx: SentenceContext): boolean {
	const { unresolved, replace, firstPerson, local } = ctx.referents;
	// Dropping "also" is cosmetic; any other rewrite means the sentence needs its neighbours.
	const rewritten = [...replace.keys()].some(
		(i) => !/^(?:also|too)$/.test(ctx.sentence.tokens[i]?.normal ?? '')
	);
	// "The planet takes 33 days ...": a sentence about "the <thing>" needs the article to say which.
	// Unless the sentence names it at once ("The planet, known as K2-18 b, ...").
	const subjectStart = ctx.clause?.subjectStart ?? 0;
	const { tokens } = ctx.sentence;
	const named =
		/,/.test(tokens[subjectStart + 1]?.post ?? '') &&
		/^(?:known|called|named)$|^[A-Z]/.test(tokens[subjectStart + 2]?.text ?? '');
	if (unresolved.has(subjectStart) && tokens[subjectStart]?.normal === 'the' && !named)
		return false;
	return !rewritten && [...unresolved].every((i) => firstPerson.has(i) || local.has(i));
}

function cloze(
	ctx: SentenceContext,
	start: number,
	end: number,
	answer: string,
	fact: Fact,
	score: number
): Candidate {
	const text = ctx.sentence.text;
	const accept =
		fact.kind === 'quantity' || fact.kind === 'year' ? numberVariants(answer) : undefined;
	if (fact.kind === 'person') {
		const surname = answer.split(' ').pop();
		return {
			type: 'cloze',
			prompt: text.slice(0, start) + BLANK + text.slice(end),
			answer,
			accept: surname && surname !== answer ? [answer, surname] : undefined,
			sourceSentence: fact.sentence,
			difficulty: 2,
			tags: [fact.kind],
			score,
			factKey: factKey(fact)
		};
	}
	return {
		type: 'cloze',
		prompt: text.slice(0, start) + BLANK + text.slice(end),
		answer,
		accept,
		sourceSentence: fact.sentence,
		difficulty: 2,
		tags: [fact.kind],
		score,
		factKey: factKey(fact)
	};
}

export function clozeFromFact(fact: Fact, build: BuildContext): Candidate[] {
	const ctx = build.contexts[fact.sentence];
	if (!ctx || !selfContained(ctx)) return [];
	const words = ctx.sentence.text.split(' ').length;
	if (words > 40) return [];
	if (fact.kind === 'list' && fact.items) {
		// Blank the middle item: the neighbours on both sides frame it.
		const item = fact.items[Math.floor(fact.items.length / 2)] as string;
		const at = ctx.sentence.text.indexOf(item, fact.start);
		if (at < 0) return [];
		return [cloze(ctx, at, at + item.length, item, fact, fact.weight - 0.2)];
	}
	if (!CLOZE_KINDS.has(fact.kind)) return [];
	if (fact.kind === 'cause' && fact.answer.split(' ').length > 5) return [];
	return [cloze(ctx, fact.start, fact.end, fact.answer, fact, fact.weight)];
}
