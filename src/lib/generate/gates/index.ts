// Vetoes every candidate must pass before it is emitted: fluent English and no trivia.
import { grammarProblem } from './grammar';
import { triviaReason, type TriviaInput } from './trivia';
import { questionVagueReason, vagueReason } from './vague';

export type GateCandidate = TriviaInput;

/** What the caller knows beyond the candidate: its source sentence, when at hand. */
export interface GateContext {
	sentence?: string;
}

/**
 * Why the candidate must not be emitted, or null when every gate passes. With the source
 * sentence, a rewritten question is also refused for trivia its sentence shows (a byline, a
 * ticker, a sub-1% market move) that the rewrite no longer does.
 */
export function gateReason(candidate: GateCandidate, context: GateContext = {}): string | null {
	const { type, prompt, answer } = candidate;
	const promptKind = type === 'cloze' ? 'cloze' : type === 'truefalse' ? 'statement' : 'question';
	const problem =
		grammarProblem(prompt, promptKind) ??
		(type === 'flashcard' ? grammarProblem(answer, 'answer') : null) ??
		(type === 'cloze' || type === 'mcq' ? grammarProblem(answer, 'cloze') : null);
	if (problem) return `ungrammatical: ${problem}`;
	// A cloze or a statement is the source sentence: it keeps whatever the sentence leaned on.
	const vague =
		type === 'cloze' || type === 'truefalse' ? vagueReason(prompt) : questionVagueReason(prompt);
	if (vague) return `vague: ${vague}`;
	const trivia =
		triviaReason(candidate) ??
		(context.sentence && candidate.type !== 'cloze'
			? triviaReason({ ...candidate, type: 'cloze', prompt: context.sentence, answer: '' })
			: null);
	return trivia ? `trivia: ${trivia}` : null;
}
