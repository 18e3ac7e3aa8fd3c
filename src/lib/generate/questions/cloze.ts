// Cloze: the sentence as written with one key span blanked (less the passing times rewrites drop).
import type { Fact } from '../facts/types';
import type { SentenceContext } from '../wh';
import { ambiguousSurname, entityAccept } from '../accept';
import { isCapitalised } from '../tokens';
import { sourceTypo } from '../text';
import { namedEventsOfDay } from './trim';
import { factKey, numberVariants, type BuildContext, type Candidate } from './candidate';

export const BLANK = '_____';

/**
 * Most words of a cloze's sentence. Blind raters accepted long clozes more often than short ones
 * (35 to 44 words: 37 of 52), the whole sentence saying what the blank is about.
 */
export const MOST_CLOZE_WORDS = 56;

const CLOZE_KINDS = new Set([
	'quantity',
	'year',
	'month',
	'person',
	'place',
	'org',
	'cause',
	'term'
]);

export function selfContained(ctx: SentenceContext): boolean {
	const { unresolved, replace, firstPerson, local } = ctx.referents;
	// Dropping "also" is cosmetic; any other rewrite means the sentence needs its neighbours.
	const dropped = ctx.referents.dropped;
	const rewritten = [...replace.keys()].some(
		(i) => !/^(?:also|too)$/.test(ctx.sentence.tokens[i]?.normal ?? '') && !dropped?.has(i)
	);
	// "The planet takes 33 days ...": a sentence about "the <thing>" needs the article to say which.
	// Unless the sentence names it at once ("The planet, known as K2-18 b, ...").
	const subjectStart = ctx.clause?.subjectStart ?? 0;
	const { tokens } = ctx.sentence;
	const named =
		/,/.test(tokens[subjectStart + 1]?.post ?? '') &&
		/^(?:known|called|named)$|^[A-Z]/.test(tokens[subjectStart + 2]?.text ?? '');
	if (unresolved.has(subjectStart) && tokens[subjectStart]?.normal === 'the' && !named)
		return false;
	return !rewritten && [...unresolved].every((i) => firstPerson.has(i) || local.has(i));
}

/** The spellings a blank accepts: numbers in every written form, names as people type them. */
export function acceptFor(fact: Fact, answer: string, build: BuildContext): string[] | undefined {
	// A year is typed as written: "2,010" is not a way to write 2010.
	if (fact.kind === 'year') return undefined;
	if (fact.kind === 'quantity') return numberVariants(answer);
	return entityAccept(fact, answer, build.facts);
}

function cloze(
	ctx: SentenceContext,
	start: number,
	end: number,
	answer: string,
	fact: Fact,
	score: number,
	build: BuildContext
): Candidate {
	const text = ctx.sentence.text;
	return {
		type: 'cloze',
		prompt: withoutPassingTime(ctx, start, end),
		answer,
		accept: acceptFor(fact, answer, build),
		sourceSentence: fact.sentence,
		difficulty: 2,
		tags: [fact.kind],
		// A typo copied from the source ("Boeing 's") cannot be fixed: prefer any other candidate.
		score: sourceTypo(text) ? score - 2 : score,
		factKey: factKey(fact)
	};
}

/** The character at `at` lies inside a quotation: an odd number of quotation marks before it. */
function insideQuote(text: string, at: number): boolean {
	return (text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1;
}

/**
 * The sentence with the blank, and without the passing times a rewrite leaves out ("provided to
 * investigators last month", "Earlier this year, ..."): the day the reader cannot date is not
 * what the blank asks. A dropped "also" stays: the sentence is copied as written otherwise.
 */
function withoutPassingTime(ctx: SentenceContext, start: number, end: number): string {
	const { text, tokens } = ctx.sentence;
	const dropped = [...(ctx.referents.dropped ?? [])].sort((a, b) => a - b);
	const cuts: Array<[number, number, string?]> = [];
	for (let k = 0; k < dropped.length;) {
		const first = dropped[k] as number;
		let last = first;
		while (dropped[k + 1] === last + 1) {
			k += 1;
			last += 1;
		}
		k += 1;
		const words = tokens.slice(first, last + 1);
		if (words.every((t) => /^(?:also|too)$/.test(t.normal))) continue;
		const from = tokens[first]?.start ?? 0;
		const to = tokens[last]?.end ?? 0;
		// Words inside a quotation are the speaker's: never cut ("Even today, if I wanted ...").
		if ((from < end && to > start) || insideQuote(text, from)) continue;
		// Fronted ("Earlier this year, Apollo ..."): up to the next word, which takes the capital.
		if (first === 0) cuts.push([from, tokens[last + 1]?.start ?? to]);
		else cuts.push([tokens[first - 1]?.end ?? from, to]);
	}
	// "Saturday's Six Nations match" reads "the Six Nations match": the day says nothing later.
	for (const { first, last } of namedEventsOfDay(tokens)) {
		const from = tokens[first]?.start ?? 0;
		const to = tokens[last]?.end ?? 0;
		if ((from < end && to > start) || insideQuote(text, from)) continue;
		cuts.push([from, to, first === 0 ? 'The' : 'the']);
	}
	const pieces: string[] = [];
	let at = 0;
	for (const [from, to, insert] of [...cuts, [start, end] as [number, number]].sort(
		(a, b) => a[0] - b[0]
	)) {
		pieces.push(text.slice(at, from));
		if (from === start && to === end) pieces.push(BLANK);
		else if (insert) pieces.push(insert);
		at = to;
	}
	pieces.push(text.slice(at));
	const prompt = pieces.join('');
	return cuts.some(([from]) => from === 0) && /^[a-z]/.test(prompt)
		? prompt.charAt(0).toUpperCase() + prompt.slice(1)
		: prompt;
}

/** "Porto, _____ and Inter Milan", "Coons and _____ wrote": one member of a coordination. */
function isCoordinated(ctx: SentenceContext, from: number, to: number): boolean {
	const { tokens } = ctx.sentence;
	const before = tokens[from - 1];
	const after = tokens[to];
	const last = tokens[to - 1];
	if (before && /^(?:and|or|nor)$/.test(before.normal)) return true;
	if (after && /^(?:and|or|nor)$/.test(after.normal)) return true;
	if (before && /,/.test(before.post) && isCapitalised(before) && from > 1) return true;
	return (
		last !== undefined &&
		/,/.test(last.post) &&
		isCapitalised(after) &&
		tokens.slice(to, to + 8).some((t) => t.normal === 'and' || t.normal === 'or')
	);
}

/** Clubs, firms and towns are told apart badly: places and organisations compete for one blank. */
function rivalKinds(fact: Pick<Fact, 'kind' | 'subtype'>): string[] {
	if (fact.kind === 'list') return ['person', 'place', 'org', 'name'];
	if (fact.kind === 'place' || fact.kind === 'org' || fact.subtype === 'name')
		return ['place', 'org', 'name'];
	return [fact.kind];
}

/** Names of unknown kind compete as "name"; other terms do not compete. */
function kindOf(fact: Pick<Fact, 'kind' | 'subtype'>): string {
	return fact.subtype === 'name' ? 'name' : fact.kind;
}

function numberInList(ctx: SentenceContext, from: number, to: number): boolean {
	const { tokens } = ctx.sentence;
	const numeric = (i: number) => /\d/.test(tokens[i]?.text ?? '');
	const joinedBefore =
		(/^(?:and|or)$/.test(tokens[from - 1]?.normal ?? '') && numeric(from - 2)) ||
		(/,/.test(tokens[from - 1]?.post ?? '') && numeric(from - 1));
	const joinedAfter =
		(/^(?:and|or)$/.test(tokens[to]?.normal ?? '') && numeric(to + 1)) ||
		(/,/.test(tokens[to - 1]?.post ?? '') && numeric(to));
	return joinedBefore || joinedAfter;
}

function sameEntity(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x.includes(y) || y.includes(x);
}

/**
 * Another entity of the same kind, named elsewhere in the document and not in this sentence,
 * that would fit a blank on one member of a list just as well.
 */
function hasRival(
	fact: Pick<Fact, 'kind' | 'subtype' | 'sentence' | 'answer'>,
	build: BuildContext
) {
	const sentence = build.contexts[fact.sentence]?.sentence.text ?? '';
	return build.facts.some(
		(other) =>
			other.sentence !== fact.sentence &&
			rivalKinds(fact).includes(kindOf(other)) &&
			(fact.subtype !== 'country' || other.subtype === 'country') &&
			!other.alias &&
			!sentence.includes(other.answer) &&
			!sameEntity(other.answer, fact.answer)
	);
}

/** A blank the document answers in one way only. */
export function singleAnswer(
	ctx: SentenceContext,
	fact: Fact,
	from: number,
	to: number,
	answer: string,
	build: BuildContext
): boolean {
	if (fact.kind === 'person' && ambiguousSurname(answer, build.facts)) return false;
	// "In 2019, 2020 and _____": one of a run of numbers is guessed from its neighbours.
	if ((fact.kind === 'year' || fact.kind === 'quantity') && numberInList(ctx, from, to))
		return false;
	// "the Sierra Nevada foothills": a "person" that only names a noun is likely no person.
	if (fact.kind === 'person' && fact.modifier) return false;
	// "since his _____ exit": a name of unknown kind that only modifies a noun.
	if (fact.subtype === 'name' && fact.modifier) return false;
	// "_____ aircraft firm Boeing", "the _____ price": "US" or "UK" before a noun says "American"
	// or "British", a word a reader guesses, not a fact ("the _____ war" for Iraq stays).
	if (fact.kind === 'place' && fact.modifier && /^(?:[A-Z]\.?){2,3}$/.test(answer)) return false;
	const named =
		fact.kind === 'person' ||
		fact.kind === 'place' ||
		fact.kind === 'org' ||
		fact.subtype === 'name';
	const properItem = fact.kind === 'list' && /^[A-Z]/.test(answer);
	if ((named || properItem) && isCoordinated(ctx, from, to)) {
		return !hasRival({ ...fact, answer }, build);
	}
	return true;
}

export function clozeFromFact(fact: Fact, build: BuildContext): Candidate[] {
	const ctx = build.contexts[fact.sentence];
	if (!ctx || !selfContained(ctx)) return [];
	const words = ctx.sentence.text.split(' ').length;
	if (words > MOST_CLOZE_WORDS) return [];
	if (fact.kind === 'list' && fact.items) {
		// Blank the middle item: the neighbours on both sides frame it.
		const item = fact.items[Math.floor(fact.items.length / 2)] as string;
		const at = ctx.sentence.text.indexOf(item, fact.start);
		if (at < 0) return [];
		// A list of names: any other name of the same kind in the document fits the blank too.
		if (/^[A-Z]/.test(item) && hasRival({ ...fact, answer: item }, build)) return [];
		return [cloze(ctx, at, at + item.length, item, fact, fact.weight - 0.2, build)];
	}
	if (!CLOZE_KINDS.has(fact.kind)) return [];
	if (fact.kind === 'cause' && fact.answer.split(' ').length > 5) return [];
	if (!singleAnswer(ctx, fact, fact.from, fact.to, fact.answer, build)) return [];
	return [cloze(ctx, fact.start, fact.end, fact.answer, fact, fact.weight, build)];
}
