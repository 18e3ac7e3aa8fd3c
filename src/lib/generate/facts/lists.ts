// Coordinated lists of three or more short noun phrases:
// "short-range ballistic missiles, self-propelled howitzers, and multiple rocket launchers".
import { has, tokenAt, type Token } from '../tokens';
import type { AnalysedSentence, Fact } from './types';

const MAX_ITEM = 5;

function itemToken(token: Token): boolean {
	return (
		(has(token, 'Noun') || has(token, 'Adjective') || /-/.test(token.text)) &&
		!has(token, 'Pronoun') &&
		!has(token, 'Determiner') &&
		!has(token, 'Preposition')
	);
}

function hasNoun(tokens: readonly Token[], from: number, to: number): boolean {
	return tokens.slice(from, to).some((t) => has(t, 'Noun'));
}

export function listFacts(sentence: AnalysedSentence): Fact[] {
	const { tokens, text, index } = sentence;
	const facts: Fact[] = [];
	for (let k = 1; k < tokens.length - 1; k += 1) {
		const conj = tokenAt(tokens, k);
		if (conj.normal !== 'and' && conj.normal !== 'or') continue;
		// Last item: after the conjunction up to punctuation or a non-noun word.
		let lastEnd = k + 1;
		while (
			lastEnd < tokens.length &&
			lastEnd - k <= MAX_ITEM &&
			itemToken(tokenAt(tokens, lastEnd))
		) {
			lastEnd += 1;
			if (/[,.;:!?)]/.test(tokens[lastEnd - 1]?.post ?? '')) break;
		}
		if (lastEnd === k + 1 || !hasNoun(tokens, k + 1, lastEnd)) continue;
		// Earlier items: comma-separated, walking back from the conjunction.
		const items: Array<[number, number]> = [[k + 1, lastEnd]];
		let end = k;
		for (;;) {
			let start = end;
			while (start > 0 && end - start < MAX_ITEM && itemToken(tokenAt(tokens, start - 1))) {
				if (start < end && /,/.test(tokens[start - 1]?.post ?? '')) break;
				start -= 1;
			}
			if (start === end || !hasNoun(tokens, start, end)) break;
			items.unshift([start, end]);
			if (start === 0 || !/,/.test(tokens[start - 1]?.post ?? '')) break;
			end = start;
		}
		if (items.length < 3) continue;
		const first = items[0] as [number, number];
		let from = first[0];
		// "essential resources such as coal, food, and medical aid": the head noun belongs to it.
		if (tokens[from - 1]?.normal === 'as' && tokens[from - 2]?.normal === 'such') {
			let k = from - 2;
			while (
				k > 0 &&
				itemToken(tokenAt(tokens, k - 1)) &&
				from - k < 6 &&
				!/,/.test(tokens[k - 1]?.post ?? '')
			)
				k -= 1;
			if (k < from - 2 && hasNoun(tokens, k, from - 2)) from = k;
		}
		const startChar = tokenAt(tokens, from).start;
		const endChar = tokenAt(tokens, lastEnd - 1).end;
		facts.push({
			kind: 'list',
			sentence: index,
			from,
			to: lastEnd,
			start: startChar,
			end: endChar,
			answer: text.slice(startChar, endChar),
			items: items.map(([a, b]) =>
				text.slice(tokenAt(tokens, a).start, tokenAt(tokens, b - 1).end)
			),
			weight: 2.4
		});
		k = lastEnd;
	}
	return facts;
}
