// Vetoes every candidate must pass before it is emitted: fluent English and no trivia.
import { grammarProblem } from './grammar';
import { triviaReason, type TriviaInput } from './trivia';

export type GateCandidate = TriviaInput;

/** Why the candidate must not be emitted, or null when every gate passes. */
export function gateReason(candidate: GateCandidate): string | null {
	const { type, prompt, answer } = candidate;
	const promptKind = type === 'cloze' ? 'cloze' : type === 'truefalse' ? 'statement' : 'question';
	const problem =
		grammarProblem(prompt, promptKind) ??
		(type === 'flashcard' ? grammarProblem(answer, 'answer') : null) ??
		(type === 'cloze' || type === 'mcq' ? grammarProblem(answer, 'cloze') : null);
	if (problem) return `ungrammatical: ${problem}`;
	const trivia = triviaReason(candidate);
	return trivia ? `trivia: ${trivia}` : null;
}
