// A pasted article often starts with its headline: the document's title, not its first
// sentence. Taken out before sentences are split, it names the topic instead of being asked.

/** Headlines are short; a longer first line is prose. */
const MAX_HEADLINE = 120;

/** A line that reads as a headline: short, with a letter, and no sentence-ending punctuation. */
export function isHeadline(line: string): boolean {
	const trimmed = line.trim();
	return (
		trimmed.length > 0 &&
		trimmed.length <= MAX_HEADLINE &&
		/\p{L}/u.test(trimmed) &&
		!/[.!?;,:]["')\]]*$/.test(trimmed)
	);
}

export interface Headed {
	/** The first line, when it is a headline above more text. */
	headline?: string;
	/** The text after the headline (all of it when there is none). */
	body: string;
}

/** Splits a normalised text (one paragraph per line) into its headline and the rest. */
export function liftHeadline(text: string): Headed {
	const lines = text.split('\n');
	const first = lines.findIndex((line) => line.trim() !== '');
	const line = lines[first];
	const rest = lines.slice(first + 1).join('\n');
	if (line === undefined || rest.trim() === '' || !isHeadline(line)) return { body: text };
	return { headline: line.trim(), body: rest };
}
