// Turns token ranges back into text, applying resolved referents and refusing unresolved ones.
import type { Referents } from './referents';
import { tokenAt, type Token } from './tokens';

export interface Piece {
	from: number;
	to: number;
}

export interface Rendered {
	text: string;
	vague: boolean;
}

/** Renders the given token ranges in order; null when any token has an unknown referent. */
export function renderPieces(
	tokens: readonly Token[],
	referents: Referents,
	pieces: readonly Piece[],
	substitute?: { start: number; end: number; text: string }
): Rendered | null {
	const words: string[] = [];
	let vague = false;
	for (const { from, to } of pieces) {
		let gap = ' ';
		for (let i = from; i < to; i += 1) {
			const token = tokenAt(tokens, i);
			if (referents.unresolved.has(i)) return null;
			if (referents.vague.has(i)) vague = true;
			let word = referents.replace.get(i) ?? token.text;
			let post = token.post;
			if (substitute && token.start <= substitute.start && substitute.start < token.end) {
				let j = i;
				while (j + 1 < to && tokenAt(tokens, j).end < substitute.end) j += 1;
				const last = tokenAt(tokens, j);
				word =
					token.text.slice(0, substitute.start - token.start) +
					substitute.text +
					last.text.slice(Math.max(0, substitute.end - last.start));
				post = last.post;
				i = j;
			}
			if (word !== '')
				words.push((words.length ? gap : '') + (words.length ? token.pre : '') + word);
			gap = post || ' ';
		}
		// "(149 euros)." ending a piece: its closing bracket or quote stays with it.
		const closing = /^[)"\]]+/.exec(gap.trim())?.[0];
		if (closing && words.length) words.push(closing);
	}
	return { text: tidy(words.join('')), vague };
}

/** Collapses spaces, trims dangling punctuation, drops unbalanced quotes and brackets. */
export function tidy(text: string): string {
	let out = text
		.replace(/\s+/g, ' ')
		.replace(/\s+([,;:.!?])/g, '$1')
		.trim();
	out = out.replace(/[\s,;:-]+$/, '').replace(/^[\s,;:-]+/, '');
	if ((out.match(/"/g) ?? []).length % 2 === 1) out = out.replace(/"/g, '');
	if ((out.match(/\(/g) ?? []).length !== (out.match(/\)/g) ?? []).length)
		out = out.replace(/[()]/g, '');
	return out;
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a statement with a full stop unless it already ends with terminal punctuation. */
export function asStatement(text: string): string {
	const clean = text.replace(/[.!?]+$/, '');
	return `${capitalise(clean)}.`;
}
