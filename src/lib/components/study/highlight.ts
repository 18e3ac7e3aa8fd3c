/** A run of text, marked when it is the answer. Rendered as text nodes, never as HTML. */
export interface TextPart {
	text: string;
	mark: boolean;
}

function candidates(answers: readonly string[]): string[] {
	const out: string[] = [];
	for (const answer of answers) {
		const trimmed = answer.trim();
		// A flashcard's back often ends in a full stop the sentence does not have there.
		const bare = trimmed.replace(/[\s.,;:!?]+$/u, '');
		for (const value of [trimmed, bare]) if (value && !out.includes(value)) out.push(value);
	}
	return out;
}

/**
 * Splits `sentence` around the first occurrence (ignoring case) of the first answer spelling
 * that occurs in it, so the answer can be highlighted. No occurrence: one unmarked part.
 */
export function highlightParts(sentence: string, answers: readonly string[]): TextPart[] {
	const lower = sentence.toLocaleLowerCase();
	for (const answer of candidates(answers)) {
		const at = lower.indexOf(answer.toLocaleLowerCase());
		if (at < 0) continue;
		const end = at + answer.length;
		return [
			{ text: sentence.slice(0, at), mark: false },
			{ text: sentence.slice(at, end), mark: true },
			{ text: sentence.slice(end), mark: false }
		].filter((part) => part.text !== '');
	}
	return [{ text: sentence, mark: false }];
}
