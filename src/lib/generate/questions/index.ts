import { mentionCount, type Analysis } from '../analyse';
import type { Fact } from '../facts/types';
import { factKey, type BuildContext, type Candidate } from './candidate';
import { clozeFromFact } from './cloze';
import { flashcardFromFact } from './flashcard';
import { mcqFromFact } from './mcq';
import { numericFromFact } from './numeric';
import { attributed, quotationSpeakers, quoteQuestions } from './quote';
import { contextClozes } from './context';
import { fallbackClozes } from './fallback';
import { leadStatement, trueFalseFromSentence } from './truefalse';
import { clauseWindows, trimmedStatement, readableContext } from './trim';

/** Every question the facts allow; filters and ranking choose among them. */
export function buildCandidates(analysis: Analysis): Candidate[] {
	const build: BuildContext = {
		contexts: analysis.contexts,
		facts: analysis.facts,
		mentions: (text) => mentionCount(analysis, text),
		...(analysis.company ? { company: analysis.company } : {})
	};
	// Statements and clozes render the sentence itself: an undatable weekday or a dateline is
	// dropped there rather than refused. Rewritten questions keep the stricter reading.
	const contexts = analysis.contexts.map((ctx) =>
		ctx.sentence.usable ? readableContext(ctx) : ctx
	);
	const statements: BuildContext = { ...build, contexts };
	const out: Candidate[] = [];
	const bySentence = new Map<number, Fact[]>();
	const clozed = new Set<string>();
	for (const fact of analysis.facts) {
		const mcq = mcqFromFact(fact, build);
		if (mcq) out.push(mcq);
		const numeric = numericFromFact(fact, build);
		if (numeric) out.push(numeric);
		for (const cloze of clozeFromFact(fact, build)) {
			out.push(cloze);
			clozed.add(cloze.factKey);
		}
		// "What does the figure of 11,000 stand for?" asks a count backwards: only where no
		// "How many ...?" can be asked.
		const card =
			fact.kind === 'quantity' && (mcq || numeric) ? null : flashcardFromFact(fact, build);
		if (card) out.push(card);
		bySentence.set(fact.sentence, [...(bySentence.get(fact.sentence) ?? []), fact]);
	}
	// A quote's claim, asked as who said it.
	out.push(...quoteQuestions(analysis.facts, build));
	for (const [index, facts] of bySentence) {
		const ctx = contexts[index];
		if (!ctx) continue;
		const tf = trueFalseFromSentence(ctx, facts, statements);
		if (tf) out.push(tf);
		const windows = clauseWindows(ctx);
		// A long sentence's clauses, each a statement of its own (a prompt seen once only).
		const seen = new Set(tf ? [tf.prompt] : []);
		for (const window of windows) {
			const part = trueFalseFromSentence(ctx, facts, statements, window);
			if (part && !seen.has(part.prompt)) {
				seen.add(part.prompt);
				out.push(part);
			}
		}
		const trim = trimmedStatement(ctx);
		const range = trim ?? { from: 0, to: ctx.sentence.tokens.length };
		// Where no rewrite of a fact survives, a cloze on the sentence or on one of its clauses.
		const open = facts.filter((f) => !clozed.has(factKey(f)));
		for (const window of [range, ...windows]) {
			const repairs = fallbackClozes(
				ctx,
				open.filter((f) => !clozed.has(factKey(f))),
				window,
				statements
			);
			for (const repair of repairs) clozed.add(repair.factKey);
			out.push(...repairs);
		}
		// Where the sentence's subject is named only in the sentence before: a cloze that shows it.
		out.push(...contextClozes(ctx, facts, build));
	}
	// The lead states the story's main event: a statement of it even where it holds no fact.
	const lead = contexts.find((ctx) => ctx.sentence.usable);
	if (lead && !bySentence.has(lead.sentence.index)) {
		const statement = leadStatement(lead);
		if (statement) out.push(statement);
	}
	return attributeQuotations(out, analysis.facts, build);
}

/** A cloze or statement of a sentence inside a longer quotation reads as its speaker's words. */
function attributeQuotations(
	candidates: Candidate[],
	facts: readonly Fact[],
	build: BuildContext
): Candidate[] {
	const speakers = quotationSpeakers(facts, build);
	if (speakers.size === 0) return candidates;
	const out: Candidate[] = [];
	for (const candidate of candidates) {
		const speaker = speakers.get(candidate.sourceSentence);
		if (!speaker || (candidate.type !== 'cloze' && candidate.type !== 'truefalse')) {
			out.push(candidate);
			continue;
		}
		const sentence = build.contexts[candidate.sourceSentence]?.sentence.text ?? '';
		const prompt = attributed(candidate.prompt, sentence, speaker);
		// Not a whole sentence of the quotation: without its speaker it would state a view as fact.
		if (prompt) out.push({ ...candidate, prompt, tags: [...candidate.tags, 'attributed'] });
	}
	return out;
}
