// The question that asks for a quantity: a wh-question from the clause, or, for
// "brings the total number of X to 11,000", "What is the total number of X?".
import type { Fact } from '../facts/types';
import { renderPieces } from '../render';
import { whQuestion } from '../wh';
import type { BuildContext } from './candidate';
import { whTarget } from './targets';

export function quantityPrompt(fact: Fact, build: BuildContext): string | null {
	const ctx = build.contexts[fact.sentence];
	if (!ctx) return null;
	const target = whTarget(fact);
	const prompt = target ? whQuestion(ctx, target) : null;
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
