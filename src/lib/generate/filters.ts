// Vetoes: a question that fails any of these is dropped, never repaired.
import type { Candidate } from './questions/candidate';
import { gateReason } from './gates';

function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function containsPhrase(haystack: string, needle: string): boolean {
	const h = ` ${normalise(haystack)} `;
	const n = normalise(needle);
	return n.length > 0 && h.includes(` ${n} `);
}

/** "..., according to _____'s military": who reported it is a detail, not the news. */
const ATTRIBUTION_BLANK = /\b(?:according to|citing)\s+(?:the\s+)?_____/i;

const WORDING_TRIVIA = /\b(?:according to reports|the article|the author|the text)\b/i;

/** Why the candidate is vetoed, or null when it passes every filter (and every gate, which
 * also read its source sentence: what a rewrite no longer shows). */
export function filterReason(
	candidate: Candidate,
	sentence?: string,
	title?: string
): string | null {
	const { prompt, answer, type } = candidate;
	if (!prompt || !answer) return 'filter: empty prompt or answer';
	if (prompt.length > 320) return 'filter: prompt too long';
	if (type !== 'truefalse' && containsPhrase(prompt, answer)) return 'filter: answer in prompt';
	if (type === 'cloze' && prompt.split('_____').length !== 2) return 'filter: not one blank';
	// "How likely is a conviction in _____?": a question the article asks (a subheading) states
	// no fact to fill in or to judge.
	const asked = (text: string | undefined) => text !== undefined && /\?["'”’)]?$/.test(text);
	if ((type === 'cloze' || type === 'truefalse') && (asked(prompt) || asked(sentence)))
		return 'filter: a question, not a statement';
	if (type === 'mcq') {
		const options = candidate.options ?? [];
		if (options.length !== 4 || new Set(options.map(normalise)).size !== 4)
			return 'filter: not four distinct options';
		if (!options.includes(answer)) return 'filter: answer not an option';
		if (options.some((option) => option !== answer && containsPhrase(prompt, option)))
			return 'filter: an option is in the prompt';
		// The right option must not stand out as by far the longest.
		const others = options.filter((option) => option !== answer).map((option) => option.length);
		if (answer.length > 1.5 * Math.max(...others) && answer.length - Math.max(...others) > 6)
			return 'filter: answer is the longest option';
	}
	const gate = gateReason(candidate, { sentence, title });
	if (gate) return `gate: ${gate}`;
	if (WORDING_TRIVIA.test(prompt)) return 'filter: wording trivia';
	if (type === 'cloze' && ATTRIBUTION_BLANK.test(prompt)) return 'filter: attribution detail';
	if (/\b(\w+) \1\b/i.test(prompt.replace(/_____/g, ''))) return 'filter: repeated word';
	// The lead leans on nothing before it: its short cloze stands ("Harlow Motors has reached an
	// annual run rate of _____ cars, the company said.").
	if (
		type === 'cloze' &&
		candidate.sourceSentence > 0 &&
		prompt.split(/\s+/).length <= SHORT_CLOZE_WORDS
	)
		return 'filter: too short to stand alone';
	return null;
}

/**
 * A cloze of a sentence this short leans on the sentences around it ("Roughly _____
 * supporters attended the hearing.", "_____ predicted $2.52 a share."): blind raters accepted
 * 3 of 11 such clozes on held-out articles, against two thirds of those over 20 words.
 */
const SHORT_CLOZE_WORDS = 15;

export function promptKey(prompt: string): string {
	return normalise(prompt);
}
