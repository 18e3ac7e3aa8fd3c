// Numeric answers: "How many ...?" with the number as answer and its other spellings accepted.
import type { Fact } from '../facts/types';
import { factKey, numberVariants, type BuildContext, type Candidate } from './candidate';
import { quantityPrompt } from './quantity';

export function numericFromFact(fact: Fact, build: BuildContext): Candidate | null {
	if (fact.kind !== 'quantity' || fact.subtype !== 'count') return null;
	// A numeric answer is typed in digits; "three titles" is asked as a multiple choice instead.
	if (!/\d/.test(fact.answer)) return null;
	const prompt = quantityPrompt(fact, build);
	if (!prompt) return null;
	return {
		type: 'numeric',
		prompt,
		answer: fact.answer,
		accept: numberVariants(fact.answer),
		sourceSentence: fact.sentence,
		difficulty: 3,
		tags: ['quantity'],
		score: fact.weight + 0.2,
		factKey: factKey(fact)
	};
}
