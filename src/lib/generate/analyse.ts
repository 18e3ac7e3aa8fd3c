// Document -> sentences with tags, clauses, referents and typed facts.
import {
	readClause,
	readRelativeClause,
	readReportedClause,
	readSecondClause,
	type Clause
} from './clause';
import {
	agentFacts,
	causeFacts,
	definitionFacts,
	objectFacts,
	REPORTING_VERBS,
	termFacts,
	sourceFacts
} from './facts/relations';
import { entityFacts, linkPeople } from './facts/entities';
import { listFacts } from './facts/lists';
import { monthFacts } from './facts/dates';
import { numberFacts } from './facts/numbers';
import type { AnalysedSentence, Fact } from './facts/types';
import { documentLexicon, retag } from './lexicon';
import { documentKinds, nameKinds, resolveReferents, type Referents } from './referents';
import { documentSalience, type Salience } from './salience';
import { tokeniseAll } from './tokens';
import type { SentenceContext } from './wh';

export interface Analysis {
	sentences: AnalysedSentence[];
	contexts: SentenceContext[];
	facts: Fact[];
	/** Sentences that were analysed (a long document is sampled evenly). */
	analysed: number;
	/** True when the document was too long to analyse every sentence. */
	sampled: boolean;
	/** The document's title, when it has one. */
	title?: string;
	/** Sentence salience and the document's topic entities. */
	salience: Salience;
	/** The one organisation the document calls "the company", when it names one. */
	company?: string;
}

const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** Beyond this many characters of prose, an even sample of sentences is analysed. */
export const ANALYSIS_BUDGET = 120_000;

/** Greetings, thanks and sign-offs: no fact worth a question. */
const BOILERPLATE =
	/^(?:thank you|thanks(?: for|[.!,])|good (?:morning|afternoon|evening)|welcome|ladies and gentlemen|dear |i (?:want|would like|wish) to (?:thank|welcome)|subscribe|sign up|click|read more|all rights reserved|copyright)/i;

/**
 * "Orbitel cuts 400 jobs": a capitalised word of a title written in sentence case, which the
 * text never writes in lower case, is a name, even where the text only has it first.
 */
function titleNames(title: string | undefined, texts: readonly string[]): string[] {
	const words = title?.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean) ?? [];
	const lower = words.filter((word) => /^[a-z]/.test(word) && word.length > 3);
	if (lower.length < 2) return [];
	const body = ` ${texts.join(' ')} `;
	return words.filter(
		(word) =>
			/^[A-Z][a-z]/.test(word) &&
			!new RegExp(`[^\\p{L}]${word.toLowerCase()}[^\\p{L}]`, 'u').test(body)
	);
}

function isUsable(text: string): boolean {
	const words = text.split(' ').length;
	return (
		words >= MIN_WORDS &&
		words <= MAX_WORDS &&
		/[.!?]["')]?$/.test(text) &&
		/^["'(]?[A-Z0-9]/.test(text) &&
		!/[{}<>|\\@#=_]/.test(text) &&
		!/https?:|www\./.test(text) &&
		!BOILERPLATE.test(text)
	);
}

/** Indexes of the sentences worth tagging, sampled evenly when the document is huge. */
function chooseSentences(texts: readonly string[]): { chosen: number[]; sampled: boolean } {
	const usable = texts.map((t, i) => (isUsable(t) ? i : -1)).filter((i) => i >= 0);
	const total = usable.reduce((sum, i) => sum + (texts[i] as string).length, 0);
	if (total <= ANALYSIS_BUDGET) return { chosen: usable, sampled: false };
	const keep = Math.max(1, Math.floor((usable.length * ANALYSIS_BUDGET) / total));
	const step = usable.length / keep;
	const chosen: number[] = [];
	for (let k = 0; k < keep; k += 1) chosen.push(usable[Math.floor(k * step)] as number);
	return { chosen, sampled: true };
}

/**
 * "the Six Nations match": "Six" is part of a name, not a count of anything. A statement that
 * made it "Seven Nations" would change a name, not a fact.
 */
function countInsideName(fact: Fact, facts: readonly Fact[]): boolean {
	if (fact.kind !== 'quantity' || /\d/.test(fact.answer)) return false;
	return facts.some(
		(f) =>
			f !== fact &&
			f.sentence === fact.sentence &&
			/^(?:term|org|place|person)$/.test(f.kind) &&
			f.start <= fact.start &&
			f.end >= fact.end
	);
}

/** `paragraphOf[i]` numbers sentence i's paragraph; without it, the text is one paragraph. */
export function analyse(
	texts: readonly string[],
	documentYear: number | undefined,
	title?: string,
	paragraphOf?: readonly number[]
): Analysis {
	const choice = chooseSentences(texts);
	const chosen = new Set(choice.chosen);
	const order = [...chosen].sort((a, b) => a - b);
	const chosenTexts = order.map((i) => texts[i] as string);
	const lexicon = documentLexicon(chosenTexts.join('\n'));
	const tokenLists = tokeniseAll(chosenTexts, lexicon).map(retag);
	const tokensOf = new Map(order.map((i, k) => [i, tokenLists[k] ?? []]));
	const sentences: AnalysedSentence[] = texts.map((text, index) => ({
		index,
		text,
		paragraph: paragraphOf?.[index] ?? 0,
		tokens: tokensOf.get(index) ?? [],
		usable: chosen.has(index) && (tokensOf.get(index)?.length ?? 0) > 0
	}));
	const properWords = new Set<string>();
	for (const sentence of sentences) {
		sentence.tokens.forEach((token, i) => {
			if (i > 0 && /^[A-Z]/.test(token.text)) properWords.add(token.text);
		});
	}
	for (const word of titleNames(title, texts)) properWords.add(word);
	const clauses: Array<Clause | null> = sentences.map((s) =>
		s.usable ? readClause(s.tokens) : null
	);
	const emptyReferents: Referents = {
		replace: new Map(),
		unresolved: new Set(),
		vague: new Set(),
		firstPerson: new Set(),
		local: new Set()
	};
	// Names first, so that a surname alone ("Shoigu") links back to the full name.
	const firstPass = sentences.flatMap((s) => (s.usable ? entityFacts(s, new Map()) : []));
	const people = linkPeople(firstPass);
	const kinds = documentKinds(
		sentences.filter((s) => s.usable),
		title,
		people
	);
	const companies = kinds.get('company');
	const company = companies?.size === 1 ? [...companies][0] : undefined;
	const contexts: SentenceContext[] = sentences.map((sentence, i) => ({
		sentence,
		clause: clauses[i] ?? null,
		referents: sentence.usable
			? resolveReferents(sentences, i, documentYear, kinds)
			: emptyReferents,
		protect: [],
		inner: readReportedClause(sentence.tokens, clauses[i] ?? null, REPORTING_VERBS),
		second: sentence.usable ? readSecondClause(sentence.tokens, clauses[i] ?? null) : null,
		relative: sentence.usable ? readRelativeClause(sentence.tokens, clauses[i] ?? null) : null,
		properWords
	}));
	const facts: Fact[] = [];
	for (const [i, sentence] of sentences.entries()) {
		if (!sentence.usable) continue;
		const clause = clauses[i] ?? null;
		facts.push(
			...entityFacts(sentence, people),
			...numberFacts(sentence),
			...monthFacts(sentence),
			...listFacts(sentence),
			...causeFacts(sentence),
			...sourceFacts(sentence, clause),
			...definitionFacts(sentence, clause),
			...agentFacts(sentence, clause),
			...objectFacts(sentence, clause),
			...termFacts(sentence)
		);
	}
	nameKinds(facts, sentences, kinds);
	for (const fact of facts) {
		if (fact.kind === 'list')
			contexts[fact.sentence]?.protect.push({ from: fact.from, to: fact.to });
	}
	// An answer must be whole words: "General" out of "Estates-General" is not one.
	const whole = facts.filter((fact) => {
		const text = sentences[fact.sentence]?.text ?? '';
		const before = text[fact.start - 1] ?? ' ';
		const after = text[fact.end] ?? ' ';
		return (
			!/[\p{L}\p{N}-]/u.test(before) &&
			!/[\p{L}\p{N}-]/u.test(after) &&
			!countInsideName(fact, facts)
		);
	});
	return {
		sentences,
		contexts,
		facts: whole,
		analysed: chosen.size,
		sampled: choice.sampled,
		...(title ? { title } : {}),
		salience: documentSalience(sentences, whole, title),
		...(company ? { company } : {})
	};
}

const MENTIONS = new WeakMap<Analysis, Map<string, number>>();

/** How many sentences of the document mention the text (case-insensitive). */
export function mentionCount(analysis: Analysis, text: string): number {
	let cache = MENTIONS.get(analysis);
	if (!cache) {
		cache = new Map();
		MENTIONS.set(analysis, cache);
	}
	const key = text.toLowerCase();
	let count = cache.get(key);
	if (count === undefined) {
		count = analysis.sentences.filter((s) => s.text.toLowerCase().includes(key)).length;
		cache.set(key, count);
	}
	return count;
}
