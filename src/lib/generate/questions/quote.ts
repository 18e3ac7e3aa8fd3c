// A quote's claim, asked as who said it: 'Who said: "…"?' for each quoted sentence whose speaker
// the document names, with other people of the document as options (or, with too few of them, as
// a card). A quotation may run over several sentences ("… . … ," X said.): every sentence of it
// is the speaker's. "he said" takes the one person named just before the quotation; a quotation
// that stands alone as whole sentences takes the speaker of the sentence before it.
import { KIND_TRUSTED, kindConfidence, type Fact } from '../facts/types';
import { shuffled } from '../random';
import { surnameOf, TITLE_WORDS } from '../words';
import { nameGender, samePersonOrTitled } from './mcq';
import type { BuildContext, Candidate } from './candidate';

const SAYS =
	'(?:said|says|told|tells|added|adds|explained|wrote|writes|insisted|warned|stated|noted|recalls|recalled|underlined|continued)';
/** '…," X said in a statement.' / '…," said X, …' after the closing quotation mark. */
const TAIL = new RegExp(`^[,.]?\\s+(?:(.+?) ${SAYS}\\b.*|${SAYS} (.+))[.]$`);
/** 'X said: "…' / 'X said after the vote: "…' before the opening quotation mark. */
const HEAD = new RegExp(`^(.+?) ${SAYS}\\b[^"]{0,30}[:,]\\s*$`);
/** "Robertson, the U.S. commander, said: ...": the writer's words, so no quotation was open. */
const NARRATION = new RegExp(`\\b${SAYS}[:,]`);
/** A quotation of fewer or more words is a stock phrase or a speech. */
const MIN_WORDS = 9;
const MAX_WORDS = 30;
/** Longest run of sentences one quotation may cover. */
const MAX_PASSAGE = 6;
/** Words that point outside the quotation: without the article, "it" means nothing. */
const POINTING =
	/\b(?:it|its|it's|they|them|their|they're|he|him|his|she|her|this|these|those|such|there)\b|\bboth (?:men|women|sides|teams|countries)\b|\bthat(?= ?[.,;]| (?:is|was|'s|has|will|would)\b)/i;
/** An opening "it" or "there" that stands for no thing or place. */
const EMPTY_SUBJECT =
	/^(?:It(?:'s| is| was| will be| would be) (?:[a-z]+ ){1,3}(?:to|that)\b|There(?:'s| is| are| was| were| will be| has been| have been)\b)/;
const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? ([A-Z][a-z'-]+)$/;

/** One sentence's part of a quotation: its quoted words only. */
interface QuotedPart {
	sentence: number;
	text: string;
}

/** A quotation: its sentences, and the speaker's words outside it (character range). */
interface Passage {
	parts: QuotedPart[];
	/** Sentence and character range that names the speaker. */
	speakerAt: { sentence: number; from: number; to: number; text: string } | null;
	/**
	 * A quotation that stands alone as whole sentences, its speaker named in the sentence
	 * before: '"A," Kerry said. "B."' or 'Kerry said on Monday that A. "B."'.
	 */
	carried?: boolean;
	/**
	 * A quotation that runs on into the next paragraph, which opens with a quotation mark again
	 * and no closing one before it (the convention of news copy): the next one's speaker says it.
	 */
	runsOn?: boolean;
}

function marks(text: string): number {
	return (text.match(/"/g) ?? []).length;
}

/**
 * Quotations of the document, sentence by sentence. `paragraphOf[i]` numbers sentence i's
 * paragraph: a quotation goes on into a new paragraph only when it opens with a quotation mark.
 */
export function passages(texts: readonly string[], paragraphOf?: readonly number[]): Passage[] {
	const out: Passage[] = [];
	let open: Passage | null = null;
	texts.forEach((text, index) => {
		const count = marks(text);
		const newParagraph = paragraphOf !== undefined && paragraphOf[index] !== paragraphOf[index - 1];
		if (open && newParagraph && !text.startsWith('"')) {
			// The paragraph ended with the quotation unclosed: a mark was lost.
			out.push(open);
			open = null;
		}
		if (open) {
			if (count === 0 && !NARRATION.test(text)) {
				open.parts.push({ sentence: index, text });
			} else if (count === 1 && !text.startsWith('"')) {
				const close = text.indexOf('"');
				open.parts.push({ sentence: index, text: text.slice(0, close) });
				const tail = text.slice(close + 1);
				const said = TAIL.exec(tail);
				if (!said && tail.trim() === '' && texts[open.parts[0]?.sentence ?? -1]?.startsWith('"'))
					open.carried = true;
				if (said)
					open.speakerAt = {
						sentence: index,
						from: close + 1,
						to: text.length,
						text: (said[1] ?? said[2] ?? '').trim()
					};
				out.push(open);
				open = null;
				return;
			} else {
				// A new paragraph reopens the quotation, or the text lost a mark: start afresh.
				if (newParagraph && text.startsWith('"')) open.runsOn = true;
				out.push(open);
				open = null;
			}
			if (open && open.parts.length > MAX_PASSAGE) open = null;
			if (open) return;
		}
		if (count === 0) return;
		const first = text.indexOf('"');
		const head = text.slice(0, first);
		const headSaid = first > 0 ? HEAD.exec(head) : null;
		if (first > 0 && !headSaid) return;
		const speakerAt = headSaid
			? { sentence: index, from: 0, to: first, text: (headSaid[1] as string).trim() }
			: null;
		if (count === 1) {
			open = { parts: [{ sentence: index, text: text.slice(first + 1) }], speakerAt };
			return;
		}
		// '"A," he told The Tulsa World, "because we are."': the first quoted part and its speaker.
		if (count !== 2 && (headSaid || first > 0)) return;
		const close = text.indexOf('"', first + 1);
		const part = { sentence: index, text: text.slice(first + 1, close) };
		if (headSaid) {
			if (/^[.!?]?$/.test(text.slice(close + 1).trim())) out.push({ parts: [part], speakerAt });
			return;
		}
		if (count === 2 && close === text.length - 1) {
			out.push({ parts: [part], speakerAt: null, carried: true });
			return;
		}
		// '"A," he said, adding: "B."': the speaker's words end where the next quotation does.
		const said = TAIL.exec(text.slice(close + 1).replace(/(?<=[.])"$/, ''));
		if (!said) return;
		out.push({
			parts: [part],
			speakerAt: {
				sentence: index,
				from: close + 1,
				to: text.length,
				text: (said[1] ?? said[2] ?? '').trim()
			}
		});
	});
	if (open) out.push(open);
	return out.filter((p) => p.speakerAt !== null || p.carried || p.runsOn);
}

const NOT_NAMES =
	/^(?:Superintendent|Commissioner|Inspector|Detective|Deputy|Assistant|Officer)\b|\b(?:Cup|Finals?|League|Club|Party|House|Council|Committee|University|Company)\b/;

/** Capitalised words only, no title and no word of an event or an organisation. */
function plainName(name: string): boolean {
	if (!/^[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'.-]+)+$/u.test(name) || NOT_NAMES.test(name)) return false;
	return !TITLE_WORDS.has((name.split(' ')[0] as string).toLowerCase());
}

/**
 * A person the tagger filed as a term: a plain name whose first name compromise knows
 * ("Secretary of State John Kerry" -> "John Kerry").
 */
function namedPerson(fact: Fact): boolean {
	if (fact.kind === 'person') return true;
	return fact.kind === 'term' && plainName(fact.answer) && nameGender(fact.answer) !== null;
}

/** "researchers at Johns Hopkins": a name the text writes as a place one is at. */
function somewhere(name: string, texts: readonly string[]): boolean {
	const at = new RegExp(`\\bat (?:the )?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
	return texts.some((text) => at.test(text));
}

/** The document's people by full name, and how many full names share each surname. */
function documentPeople(
	facts: readonly Fact[],
	texts: readonly string[]
): {
	names: string[];
	surnames: Map<string, number>;
	trusted: string[];
} {
	const names = new Set<string>();
	const trusted = new Set<string>();
	for (const fact of facts) {
		if (!namedPerson(fact) || fact.alias) continue;
		if (fact.answer.split(' ').length < 2 || TITLED.test(fact.answer)) continue;
		names.add(fact.answer);
		// Options must be people for sure: not "Davis Cup Finals", not "Superintendent Ann Berg".
		const sure = fact.kind === 'person' && kindConfidence(fact) >= KIND_TRUSTED;
		if (sure && plainName(fact.answer) && !somewhere(fact.answer, texts)) trusted.add(fact.answer);
	}
	const surnames = new Map<string, number>();
	for (const name of names) {
		const surname = surnameOf(name);
		surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
	}
	return { names: [...names].sort(), surnames, trusted: [...trusted].sort() };
}

/**
 * "Tretter said" where the text once wrote "NFLPA president JC Tretter": the one full name the
 * document writes with that surname, a known first name or initials before it; else null.
 */
function fullNameInText(surname: string, texts: readonly string[]): string | null {
	const found = new Set<string>();
	const before = new RegExp(
		`(?:^|[^\\p{L}.])([A-Z][\\p{L}'-]*|[A-Z]\\.(?: ?[A-Z]\\.)*|[A-Z]{2}) ${surname}\\b`,
		'gu'
	);
	for (const text of texts) {
		for (const match of text.matchAll(before)) {
			const first = match[1] as string;
			if (TITLE_WORDS.has(first.toLowerCase().replace(/\.$/, ''))) continue;
			const name = `${first} ${surname}`;
			// "But Tretter", "Senior Investigator Neil Campbell": only a first name or initials count.
			if (/^[A-Z](?:\.|[A-Z])/.test(first) || nameGender(name) !== null) found.add(name);
		}
	}
	return found.size === 1 ? ([...found][0] as string) : null;
}

/** "Mann", "Mr Saldarriaga" -> the one full name the document gives that surname, else null. */
function fullNameOf(name: string, people: ReturnType<typeof documentPeople>): string | null {
	const bare = TITLED.exec(name)?.[1] ?? name;
	if (bare.includes(' ')) return people.names.includes(bare) ? bare : null;
	if ((people.surnames.get(bare) ?? 0) !== 1) return null;
	return people.names.find((n) => surnameOf(n) === bare) ?? null;
}

/**
 * The one person the sentences just before `index` name, outside quotation marks, who can be
 * the "he" or "she" of `pronoun`: "Lady Morgan" is no "he", "Michael Ferguson" no "she". A
 * sentence that opens on "He" or "She" goes on about someone named further back.
 */
function personBefore(
	index: number,
	pronoun: string,
	facts: readonly Fact[],
	texts: readonly string[],
	people: ReturnType<typeof documentPeople>
): Fact | null {
	const said = pronoun.toLowerCase() === 'she' ? 'female' : 'male';
	for (let s = index - 1; s >= Math.max(0, index - 3); s -= 1) {
		const text = texts[s] ?? '';
		if (/^(?:He|She) /.test(text)) continue;
		const named = facts.filter(
			(f) =>
				f.sentence === s &&
				(namedPerson(f) || (f.kind === 'term' && TITLED.test(f.answer))) &&
				marks(text.slice(0, f.start)) % 2 === 0
		);
		if (named.length === 0) continue;
		const who = new Set(named.map((f) => fullNameOf(f.answer, people) ?? f.answer));
		if (who.size !== 1) return null;
		const fact = named[0] as Fact;
		const gender = nameGender(fact.answer) ?? nameGender([...who][0] as string);
		return gender && gender !== said ? null : fact;
	}
	return null;
}

/** The speaker a passage names: a person (or "Mr X") in its words of saying, or "he"/"she". */
function speakerOf(
	passage: Passage,
	facts: readonly Fact[],
	texts: readonly string[],
	people: ReturnType<typeof documentPeople>
): { name: string; weight: number } | null {
	const at = passage.speakerAt;
	if (!at) return null;
	const named = facts.filter(
		(f) =>
			f.sentence === at.sentence &&
			f.start >= at.from &&
			f.end <= at.to &&
			(namedPerson(f) || (f.kind === 'term' && TITLED.test(f.answer)))
	);
	let fact: Fact | null = null;
	if (named.length === 1) fact = named[0] as Fact;
	else if (named.length === 0 && /^(?:he|she)$/i.test(at.text)) {
		const first = passage.parts[0]?.sentence ?? at.sentence;
		fact = personBefore(first, at.text, facts, texts, people);
	}
	if (fact?.alias) return null;
	// "Hyland said": a surname the tagger missed, of someone the document names in full.
	const written =
		fact?.answer ?? /^(?:[a-z]+ )*((?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z'-]+)$/.exec(at.text)?.[1];
	if (!written) return null;
	const bare = TITLED.exec(written)?.[1] ?? written;
	// A surname no tagged full name has: the one full name the text writes with it.
	const name =
		fullNameOf(written, people) ??
		(bare.includes(' ') || people.surnames.has(bare) ? null : fullNameInText(bare, texts));
	return name ? { name, weight: fact?.weight ?? 1 } : null;
}

/**
 * Who says what the sentence at `index` reports: the one person it names, outside quotation
 * marks, before a verb of saying ("Kerry said on Monday that ...").
 */
function reportedBy(
	index: number,
	facts: readonly Fact[],
	texts: readonly string[],
	people: ReturnType<typeof documentPeople>
): { name: string; weight: number } | null {
	const text = texts[index] ?? '';
	const named = facts.filter(
		(f) =>
			f.sentence === index && namedPerson(f) && !f.alias && marks(text.slice(0, f.start)) % 2 === 0
	);
	const who = new Set(named.map((f) => fullNameOf(f.answer, people)));
	const fact = named[0];
	if (!fact || who.size !== 1 || who.has(null)) return null;
	const after = text.slice(fact.end);
	const said = new RegExp(`\\b${SAYS}\\b`).exec(after);
	if (!said || marks(after.slice(0, said.index)) % 2 === 1) return null;
	// "Those around Assad feel ..., said Salem Zahran": after a comma, the speaker follows the verb.
	const next = after.slice(said.index + said[0].length).trimStart();
	if (/,\s*$/.test(after.slice(0, said.index)) && /^(?:[A-Z]|(?:the|a|an) )/.test(next))
		return null;
	return { name: [...who][0] as string, weight: fact.weight ?? 1 };
}

/**
 * Each quotation's speaker: named beside it; for a paragraph that runs on into the next, the
 * next one's speaker; for a quotation that stands alone (or runs on with no speaker after it),
 * the speaker of the sentence just before (a quotation of theirs, or their report).
 */
function speakers(
	found: readonly Passage[],
	facts: readonly Fact[],
	texts: readonly string[],
	people: ReturnType<typeof documentPeople>
): Map<Passage, { name: string; weight: number }> {
	const out = new Map<Passage, { name: string; weight: number }>();
	const fromBefore = (p: Passage) => p.carried || (p.runsOn && !p.speakerAt);
	for (const passage of found) {
		const speaker = fromBefore(passage) ? null : speakerOf(passage, facts, texts, people);
		if (speaker) out.set(passage, speaker);
	}
	for (let k = found.length - 2; k >= 0; k -= 1) {
		const passage = found[k] as Passage;
		const next = found[k + 1] as Passage;
		const last = passage.parts[passage.parts.length - 1]?.sentence ?? -2;
		const speaker = out.get(next);
		if (passage.runsOn && !out.has(passage) && speaker && next.parts[0]?.sentence === last + 1)
			out.set(passage, speaker);
	}
	const bySentence = new Map<number, { name: string; weight: number }>();
	for (const passage of found) {
		const first = passage.parts[0]?.sentence ?? 0;
		if (!out.has(passage) && fromBefore(passage)) {
			const speaker = bySentence.get(first - 1) ?? reportedBy(first - 1, facts, texts, people);
			if (speaker) out.set(passage, speaker);
		}
		const speaker = out.get(passage);
		if (!speaker) continue;
		for (const part of passage.parts) bySentence.set(part.sentence, speaker);
		if (passage.speakerAt) bySentence.set(passage.speakerAt.sentence, speaker);
	}
	return out;
}

/** The quoted words of one sentence as a question can show them, or null. */
function quotedClaim(text: string): string | null {
	const claim = text.trim().replace(/[,.]$/, '');
	// Marks, an ellipsis or an editor's bracket: words cut or put in by the writer.
	if (!/^[A-Z]/.test(claim) || /["?!()[\]]|\. ?\. ?\./.test(claim)) return null;
	// "But the third ...", "And so ...": the quotation goes on from words the question leaves out.
	if (/^(?:But|And|Or|So|Yet|Also|Then|Still)\b/.test(claim)) return null;
	// "... step up and say, 'I'm here": a quotation inside it, opened and cut before it closes.
	const opened = (claim.match(/(?:^|\s)'(?=\w)/g) ?? []).length;
	const closed = (claim.match(/(?<=[\w.,!?])'(?=\s|$|[.,;:!?])/g) ?? []).length;
	if (opened > closed) return null;
	// "I think we're going to know a lot more ...": a guess, not a claim worth its speaker.
	if (/^(?:I|We) (?:think|believe|guess|hope|suppose)\b/.test(claim)) return null;
	const words = claim.split(/\s+/).length;
	if (words < MIN_WORDS || words > MAX_WORDS) return null;
	// "It is important to ...", "There are ...": an "it" or "there" that points at nothing.
	if (POINTING.test(claim.replace(EMPTY_SUBJECT, ''))) return null;
	return claim;
}

/** Three other people of the document, full names, none sharing the answer's surname. */
function otherPeople(answer: string, prompt: string, names: readonly string[], seed: string) {
	const others = names.filter((name) => name !== answer && !prompt.includes(surnameOf(name)));
	const picked: string[] = [];
	for (const name of shuffled([...others], seed)) {
		// "Mr Clarke" beside "Andy Clarke": one person twice, and a title that stands out.
		if (picked.length < 3 && !samePersonOrTitled(answer, name, picked)) picked.push(name);
	}
	return picked.length === 3 ? picked : null;
}

/** The document's quotations whose speaker is known, in document order, with that speaker. */
function spokenPassages(
	facts: readonly Fact[],
	build: BuildContext
): Array<{ passage: Passage; speaker: { name: string; weight: number } }> {
	const texts = build.contexts.map((ctx) => ctx.sentence.text);
	const found = passages(
		texts,
		build.contexts.map((ctx) => ctx.sentence.paragraph)
	);
	const who = speakers(found, facts, texts, documentPeople(facts, texts));
	return found.flatMap((passage) => {
		const speaker = who.get(passage);
		return speaker ? [{ passage, speaker }] : [];
	});
}

/**
 * Sentences inside a quotation that runs over several, with its speaker's full name: a cloze or
 * statement of one of them shows its own quotation marks only, and must be closed and
 * attributed to read as what it is, someone's words.
 */
export function quotationSpeakers(
	facts: readonly Fact[],
	build: BuildContext
): Map<number, string> {
	const out = new Map<number, string>();
	for (const { passage, speaker } of spokenPassages(facts, build)) {
		if (passage.parts.length < 2) continue;
		for (const part of passage.parts) out.set(part.sentence, speaker.name);
	}
	return out;
}

/**
 * A cloze or statement of a sentence inside a longer quotation, closed and attributed:
 * '"The terminal will carry _____ passengers.' -> '"The terminal will carry _____ passengers,"
 * Lena Okafor said.'; 'Every ferry will stop here," Okafor said.' gets its opening mark;
 * 'Okafor said: "The terminal will open in May.' its closing one. Null when the text is not
 * the sentence's whole part of the quotation.
 */
export function attributed(text: string, sentence: string, speaker: string): string | null {
	const count = marks(text);
	if (count !== Math.min(1, marks(sentence))) return null;
	const wrap = (inner: string) =>
		/^[A-Z_]/.test(inner) && /[^.!?][.]$/.test(inner)
			? `"${inner.slice(0, -1)}," ${speaker} said.`
			: null;
	if (count === 0) return wrap(text);
	if (sentence.startsWith('"')) return text.startsWith('"') ? wrap(text.slice(1)) : null;
	const head = HEAD.exec(sentence.slice(0, sentence.indexOf('"')));
	if (head) return /[^.!?][.]$/.test(text) && !/"$/.test(text) ? `${text}"` : null;
	if (text.startsWith('"')) return null;
	// 'X said: "… . … within Syria."': the last sentence of a quotation its first one attributes.
	const closing = /^(.*[^.!?])[.]"$/.exec(text);
	if (closing) return wrap(`${closing[1]}.`);
	return TAIL.test(text.slice(text.indexOf('"') + 1)) ? `"${text}` : null;
}

export function quoteQuestions(facts: readonly Fact[], build: BuildContext): Candidate[] {
	const texts = build.contexts.map((ctx) => ctx.sentence.text);
	const people = documentPeople(facts, texts);
	const out: Candidate[] = [];
	for (const { passage, speaker } of spokenPassages(facts, build)) {
		const answer = speaker.name;
		// One question per quotation: its sentences are one speaker's one claim.
		const factKey = `quote:${passage.parts[0]?.sentence}:${answer.toLowerCase()}`;
		for (const part of passage.parts) {
			if (!build.contexts[part.sentence]?.sentence.usable) continue;
			const claim = quotedClaim(part.text);
			if (!claim || claim.includes(surnameOf(answer))) continue;
			const prompt = `Who said: "${claim}"?`;
			const seed = `${prompt}|${answer}`;
			const distractors = otherPeople(answer, prompt, people.trusted, seed);
			out.push({
				type: distractors ? 'mcq' : 'flashcard',
				prompt,
				answer: distractors ? answer : `${answer}.`,
				...(distractors ? { options: shuffled([answer, ...distractors], seed) } : {}),
				sourceSentence: part.sentence,
				difficulty: 2,
				tags: ['person', 'quote'],
				score: speaker.weight,
				factKey
			});
		}
	}
	return out;
}
