import type { Analysis } from '../analyse';
import type { Fact } from '../facts/types';
import type { BuildContext, Candidate } from './candidate';
import { clozeFromFact } from './cloze';
import { flashcardFromFact } from './flashcard';
import { mcqFromFact } from './mcq';
import { numericFromFact } from './numeric';
import { trueFalseFromSentence } from './truefalse';

function mentionCounter(analysis: Analysis): (text: string) => number {
	const cache = new Map<string, number>();
	return (text) => {
		const key = text.toLowerCase();
		let count = cache.get(key);
		if (count === undefined) {
			count = analysis.sentences.filter((s) => s.text.toLowerCase().includes(key)).length;
			cache.set(key, count);
		}
		return count;
	};
}

/** Every question the facts allow; filters and ranking choose among them. */
export function buildCandidates(analysis: Analysis): Candidate[] {
	const build: BuildContext = {
		contexts: analysis.contexts,
		facts: analysis.facts,
		mentions: mentionCounter(analysis)
	};
	const out: Candidate[] = [];
	const bySentence = new Map<number, Fact[]>();
	for (const fact of analysis.facts) {
		const mcq = mcqFromFact(fact, build);
		if (mcq) out.push(mcq);
		const numeric = numericFromFact(fact, build);
		if (numeric) out.push(numeric);
		out.push(...clozeFromFact(fact, build));
		const card = flashcardFromFact(fact, build);
		if (card) out.push(card);
		bySentence.set(fact.sentence, [...(bySentence.get(fact.sentence) ?? []), fact]);
	}
	for (const [index, facts] of bySentence) {
		const ctx = analysis.contexts[index];
		const tf = ctx ? trueFalseFromSentence(ctx, facts, build) : null;
		if (tf) out.push(tf);
	}
	return out;
}
