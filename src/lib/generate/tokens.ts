import nlp from 'compromise';

/** One word of a sentence with compromise's tags and its character offsets in the sentence. */
export interface Token {
	text: string;
	/** Lower case, punctuation stripped. */
	normal: string;
	/** Punctuation and space after the word, as written. */
	post: string;
	pre: string;
	tags: ReadonlySet<string>;
	start: number;
	end: number;
}

export type Lexicon = Record<string, string>;

interface Term {
	text: string;
	pre: string;
	post: string;
	normal: string;
	tags: Set<string>;
}

/** Tags the sentence with compromise (plus the document's lexicon) and locates every word. */
export function tokenise(sentence: string, lexicon: Lexicon): Token[] {
	const doc = nlp(sentence, lexicon) as unknown as { document: Term[][] };
	const tokens: Token[] = [];
	let cursor = 0;
	for (const terms of doc.document) {
		for (const term of terms) {
			if (!term.text) continue;
			const at = sentence.indexOf(term.text, cursor);
			if (at < 0) return tokens.length ? tokens : [];
			cursor = at + term.text.length;
			tokens.push({
				text: term.text,
				normal: term.normal || term.text.toLowerCase(),
				pre: term.pre,
				post: term.post,
				tags: term.tags,
				start: at,
				end: cursor
			});
		}
	}
	return tokens;
}

/**
 * Tags many sentences with one compromise parse (one parse of the joined text costs about a
 * third less than one parse per sentence) and hands each sentence its own tokens.
 */
export function tokeniseAll(sentences: readonly string[], lexicon: Lexicon): Token[][] {
	const joined = sentences.join('\n');
	const starts: number[] = [];
	let offset = 0;
	for (const sentence of sentences) {
		starts.push(offset);
		offset += sentence.length + 1;
	}
	const doc = nlp(joined, lexicon) as unknown as { document: Term[][] };
	const out: Token[][] = sentences.map(() => []);
	let cursor = 0;
	let index = 0;
	for (const terms of doc.document) {
		for (const term of terms) {
			if (!term.text) continue;
			const at = joined.indexOf(term.text, cursor);
			if (at < 0) continue;
			cursor = at + term.text.length;
			while (index + 1 < starts.length && at >= (starts[index + 1] as number)) index += 1;
			const start = at - (starts[index] as number);
			(out[index] as Token[]).push({
				text: term.text,
				normal: term.normal || term.text.toLowerCase(),
				pre: term.pre,
				// A sentence's last word gets no trailing break from the joining newline.
				post: term.post.replace(/\n/g, ''),
				tags: term.tags,
				start,
				end: start + term.text.length
			});
		}
	}
	return out;
}

export function has(token: Token | undefined, tag: string): boolean {
	return token !== undefined && token.tags.has(tag);
}

export function isCapitalised(token: Token | undefined): boolean {
	return token !== undefined && /^[A-Z]/.test(token.text);
}

/** The text of tokens [from, to) exactly as written in the sentence. */
export function spanText(
	sentence: string,
	tokens: readonly Token[],
	from: number,
	to: number
): string {
	const first = tokens[from];
	const last = tokens[to - 1];
	if (!first || !last) return '';
	return sentence.slice(first.start, last.end);
}

const INFINITIVES = new Map<string, string>();

/** "withdrew" -> "withdraw"; cached because conjugation costs a small parse. */
export function toInfinitive(verb: string): string {
	const key = verb.toLowerCase();
	let found = INFINITIVES.get(key);
	if (found === undefined) {
		// A subject in front makes compromise read the word as a verb ("they developed").
		const doc = nlp(`they ${key}`) as unknown as {
			verbs(): { toInfinitive(): { text(): string } };
		};
		found =
			doc
				.verbs()
				.toInfinitive()
				.text()
				.replace(/^they\s+/, '') || key;
		INFINITIVES.set(key, found);
	}
	return found;
}

/**
 * The token at `index`, for callers that have already bounded the index: an index outside the
 * sentence is a defect in the caller, so it throws instead of handing on `undefined`.
 */
export function tokenAt(tokens: readonly Token[], index: number): Token {
	const token = tokens[index];
	if (token === undefined)
		throw new RangeError(`No token at ${index} in a sentence of ${tokens.length} tokens`);
	return token;
}
