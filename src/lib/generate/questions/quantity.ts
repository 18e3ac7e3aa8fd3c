// The question that asks for a quantity: a wh-question from the clause, or, for
// "brings the total number of X to 11,000", "What is the total number of X?".
import type { Fact } from '../facts/types';
import { renderPieces } from '../render';
import { whQuestion } from '../wh';
import type { BuildContext } from './candidate';
import { whTarget } from './targets';

/** Words that end the clause a subject count opens: "Two men died | after ...". */
const CLAUSE_END =
	/^(?:after|before|because|while|when|as|but|and|since|until|though|although|where|which|who|according)$/;

/**
 * "Two migrants were found dead after ..." -> "How many migrants were found dead?": a count that
 * opens its sentence is its subject, so the question is the clause with "How many" for the count.
 */
export function subjectCountPrompt(fact: Fact, build: BuildContext): string | null {
	const ctx = build.contexts[fact.sentence];
	if (!ctx || fact.subtype !== 'count') return null;
	const { tokens } = ctx.sentence;
	// The count opens the sentence, or a modifier as "About" or "At least" does.
	const lead = tokens.slice(0, fact.from).map((t) => t.normal);
	if (
		!/^(?:(?:about|nearly|almost|over|more than|at least|some|around|roughly) )?$/.test(
			lead.join(' ') + (lead.length ? ' ' : '')
		)
	)
		return null;
	// The range may hold what it counts ("Two migrants"): the noun is the first word after the number.
	let at = fact.from;
	while (at < fact.to && tokens[at]?.tags.has('Value')) at += 1;
	const noun = tokens[at];
	if (!noun || !/s$/.test(noun.normal) || !noun.tags.has('Noun')) return null;
	if (/[,;:]/.test(tokens[at - 1]?.post ?? '')) return null;
	let end = at + 1;
	while (end < tokens.length) {
		const token = tokens[end] as (typeof tokens)[number];
		if (CLAUSE_END.test(token.normal) || token.tags.has('Date') || token.tags.has('Value')) break;
		end += 1;
		if (/[,;:(—–-]/.test(token.post.trim()) || /"/.test(token.post)) break;
	}
	const verbs = tokens.slice(at + 1, end).filter((t) => t.tags.has('Verb'));
	if (!verbs.length || end - at < 3 || end - at > 16) return null;
	const phrase = renderPieces(tokens, ctx.referents, [{ from: at, to: end }]);
	if (!phrase || /"/.test(phrase.text)) return null;
	const text = phrase.text.replace(/[\s,;:.!?-]+$/, '');
	const first =
		/^[A-Z][a-z]/.test(text) && !noun.tags.has('ProperNoun')
			? text[0]?.toLowerCase() + text.slice(1)
			: text;
	return `How many ${first}?`;
}

export function quantityPrompt(fact: Fact, build: BuildContext): string | null {
	const ctx = build.contexts[fact.sentence];
	if (!ctx) return null;
	// "the 1,900-mile-wide (3,100 kilometers) moon": a figure in brackets restates the one
	// before it, which the question would keep ("How many kilometers ... 1,900-mile-wide ...?").
	if (/\([^()]*$/.test(ctx.sentence.text.slice(0, fact.start))) return null;
	const found = whTarget(fact);
	// "confirmed only two deaths": "How many deaths did they confirm?", not "... confirm only?".
	const focus =
		found && /^(?:only|just|merely)$/.test(ctx.sentence.tokens[found.from - 1]?.normal ?? '');
	const target = found && focus ? { ...found, from: found.from - 1 } : found;
	const prompt = (target ? whQuestion(ctx, target) : null) ?? subjectCountPrompt(fact, build);
	if (prompt || !fact.numberOf) return prompt;
	const phrase = renderPieces(ctx.sentence.tokens, ctx.referents, [fact.numberOf]);
	if (!phrase || phrase.text.split(' ').length > 16) return null;
	// Tense from the verb that governs the phrase: "bring the total ..." -> "What is".
	const verb = ctx.sentence.tokens
		.slice(Math.max(0, fact.numberOf.from - 3), fact.numberOf.from)
		.reverse()
		.find((t) => t.tags.has('Verb'));
	const past = verb !== undefined && verb.tags.has('PastTense');
	return `What ${past ? 'was' : 'is'} ${phrase.text}?`;
}
