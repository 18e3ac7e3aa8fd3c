// "How many migrants were found dead?" names no event: the place its sentence gives ("police in
// South Texas") says which one. A question with nothing to identify its event takes that place;
// without one, the vagueness gate refuses it.
import type { Fact } from '../facts/types';
import { unidentifiedEvent } from '../gates/vague';
import type { Candidate } from './candidate';

/** The question with " in <place>" from its own sentence, when it names nothing else. */
export function anchoredInPlace(
	candidate: Candidate,
	sentence: string | undefined,
	facts: readonly Fact[]
): Candidate {
	const { type, prompt, answer } = candidate;
	if (type === 'cloze' || type === 'truefalse' || !sentence || !unidentifiedEvent(prompt))
		return candidate;
	const places = facts.filter(
		(f) =>
			f.sentence === candidate.sourceSentence &&
			f.kind === 'place' &&
			!f.possessive &&
			!f.modifier &&
			f.answer !== answer.replace(/\.$/, '')
	);
	// Two places in the sentence: which one the event happened in, the text alone does not say.
	const [place] = places;
	if (!place || places.length > 1 || !sentence.includes(`in ${place.answer}`)) return candidate;
	return { ...candidate, prompt: prompt.replace(/\?$/, ` in ${place.answer}?`) };
}
