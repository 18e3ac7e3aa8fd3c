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

const WORDING_TRIVIA = /\b(?:according to reports|the article|the author|the text)\b/i;

export function passesFilters(candidate: Candidate): boolean {
	const { prompt, answer, type } = candidate;
	if (!prompt || !answer || prompt.length > 320) return false;
	if (type !== 'truefalse' && containsPhrase(prompt, answer)) return false;
	if (type === 'cloze' && prompt.split('_____').length !== 2) return false;
	if (type === 'mcq') {
		const options = candidate.options ?? [];
		if (options.length !== 4 || new Set(options.map(normalise)).size !== 4) return false;
		if (!options.includes(answer)) return false;
		if (options.some((option) => option !== answer && containsPhrase(prompt, option))) return false;
		// The right option must not stand out as by far the longest.
		const others = options.filter((option) => option !== answer).map((option) => option.length);
		if (answer.length > 1.5 * Math.max(...others) && answer.length - Math.max(...others) > 6)
			return false;
	}
	if (gateReason(candidate)) return false;
	if (WORDING_TRIVIA.test(prompt)) return false;
	if (/\b(\w+) \1\b/i.test(prompt.replace(/_____/g, ''))) return false;
	return true;
}

export function promptKey(prompt: string): string {
	return normalise(prompt);
}
