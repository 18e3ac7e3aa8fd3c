// Sentence splitting that survives abbreviations ("U.S.", "Dr."), initials, decimals ("3.5")
// and quotes. One linear pass over each paragraph.
// Why not compromise's own splitter: it has known splitting bugs (see DESIGN.md), it would cost
// a second parse of the whole text just to find boundaries (the seed parses in ~25 ms), and the
// set's `sentences` must be exact substrings that a cloze blank can be filled back into.

const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm maj gov sen rep pres rev hon fr ' +
		'govs sens reps ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ' +
		'no nos vol vols fig figs approx est dept univ inc ltd co corp bros assn ave blvd rd mt ft ' +
		'vs etc al cf ca ed eds pp op'
	).split(' ')
);

/** True when the word ending at a full stop is an abbreviation rather than a sentence end. */
function isAbbreviation(word: string): boolean {
	const bare = word.replace(/^[("'[]+/, '');
	if (bare.length === 0) return false;
	// Initials and dotted acronyms: "J.", "U.S.", "e.g.", "a.m."
	if (/^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(bare) || /^[A-Z]$/.test(bare)) return true;
	return ABBREVIATIONS.has(bare.toLowerCase());
}

const MAX_SENTENCE_CHARS = 4000;

/** "U.S", "U.K", "U.N" before their last full stop. */
const COUNTRY_INITIALS = /^\(?(?:U\.S|U\.K|U\.N|E\.U)$/;
/** Words that open a sentence and never continue a name: "Within", "The", "But", "He". */
const SENTENCE_OPENER =
	/^(?:Within|The|But|And|However|He|She|It|They|We|I|This|That|These|Those|There|In|On|At|For|After|Before|When|While|If|As|A|An|His|Her|Its|Their|Our|Some|Many|Most|Meanwhile|Still|Yet|So)\b(?![.'-])/;

function splitParagraph(paragraph: string, out: string[]): void {
	let start = 0;
	const length = paragraph.length;
	for (let i = 0; i < length; i += 1) {
		const ch = paragraph[i];
		if (ch !== '.' && ch !== '!' && ch !== '?') {
			// A sentence without any full stop for thousands of characters is cut at a space,
			// so that nothing downstream ever sees an unbounded sentence.
			if (i - start > MAX_SENTENCE_CHARS && ch === ' ') {
				out.push(paragraph.slice(start, i).trim());
				start = i + 1;
			}
			continue;
		}
		let end = i + 1;
		while (end < length && /[.!?'")\]]/.test(paragraph[end] as string)) end += 1;
		if (end >= length) break;
		if (paragraph[end] !== ' ') continue;
		const next = paragraph.slice(end + 1, end + 3);
		if (!/^["'(]?[A-Z0-9]/.test(next)) continue;
		if (ch === '.' && end === i + 1) {
			const wordStart = paragraph.lastIndexOf(' ', i - 1) + 1;
			const word = paragraph.slice(wordStart, i);
			// "... in the U.S. Within two years ...": a country's initials end a sentence when a
			// word that only opens one follows ("U.S. Army" goes on).
			const ends = COUNTRY_INITIALS.test(word) && SENTENCE_OPENER.test(paragraph.slice(end + 1));
			if (!ends && isAbbreviation(word)) continue;
		}
		out.push(paragraph.slice(start, end).trim());
		start = end + 1;
		i = end;
	}
	const rest = paragraph.slice(start).trim();
	if (rest) out.push(rest);
}

/**
 * A label before the sentence proper: a scoreline heading a game's summary ("Rovers 4, City 1:"),
 * "Note:", "Update:", a team's name heading its notes ("Lakers: Kyle Kuzma left ..."). It stands apart, so that no question asks the label as part of the sentence.
 */
const LEADING_LABEL =
	/^(?:[A-Z][^:.!?]{0,40}? \d+, [A-Z][^:.!?]{0,40}? \d+(?: \([^)]{1,12}\))?|(?:Editor's )?[Nn]ote|Update|Correction|[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?):(?= ["'(]?[A-Z0-9])/;

function splitLabel(sentence: string, out: string[]): void {
	const label = LEADING_LABEL.exec(sentence)?.[0];
	if (label === undefined) out.push(sentence);
	else out.push(label, sentence.slice(label.length).trim());
}

/** Splits normalised text into its paragraphs' sentences; paragraph breaks always end one. */
export function splitParagraphs(text: string): string[][] {
	const paragraphs: string[][] = [];
	for (const paragraph of text.split('\n')) {
		const trimmed = paragraph.trim();
		if (!trimmed) continue;
		const sentences: string[] = [];
		splitParagraph(trimmed, sentences);
		const out: string[] = [];
		for (const sentence of sentences) if (sentence.length > 0) splitLabel(sentence, out);
		if (out.length > 0) paragraphs.push(out);
	}
	return paragraphs;
}

/** Splits normalised text into sentences, in order, across paragraphs. */
export function splitSentences(text: string): string[] {
	return splitParagraphs(text).flat();
}
