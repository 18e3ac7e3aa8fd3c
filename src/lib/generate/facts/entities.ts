// People (with their roles), places and organisations: runs of capitalised words typed by
// compromise's tags, a title word before them, or the head noun that follows them.
import { CITIES, CONTINENTS, COUNTRIES } from '../gazetteer';
import { has, isCapitalised, tokenAt, type Token } from '../tokens';
import { MONTHS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, surnameOf, TITLE_WORDS } from '../words';
import type { AnalysedSentence, Fact } from './types';

const NOT_NAMES = new Set(
	[...MONTHS.map((m) => m.toLowerCase()), 'the', 'a', 'an', 'i', 'we', 'it', 'this', 'that'].concat(
		'monday tuesday wednesday thursday friday saturday sunday'.split(' ')
	)
);
const DEMONYMS = new Set(
	'swiss dutch french greek thai british irish welsh scottish danish finnish polish czech basque catalan'.split(
		' '
	)
);
const JOINERS = new Set(['of', 'for', 'de', 'and']);
const LOCATIVE = new Set(
	'in at to from near on into across around outside inside over toward towards'.split(' ')
);
const COUNTRY_SET = new Set(COUNTRIES);
const CONTINENT_SET = new Set(CONTINENTS);
const CITY_SET = new Set(CITIES);

interface Run {
	from: number;
	to: number;
	possessive: boolean;
}

function possessive(token: Token): boolean {
	return /'s$|s'$/.test(token.text);
}

function startsRun(
	tokens: readonly Token[],
	i: number,
	knownPeople: ReadonlyMap<string, string>
): boolean {
	const token = tokenAt(tokens, i);
	if (!isCapitalised(token) || NOT_NAMES.has(token.normal) || /\d/.test(token.text)) return false;
	if (i > 0) return true;
	// "Bashar al-Assad was ...": a first name compromise does not know, before a name particle.
	const next = tokens[i + 1];
	if (next && NAME_PARTICLES.has(next.text) && isCapitalised(tokens[i + 2])) return true;
	// "Volker said ...": a sentence's first word is a name when the document named that person
	// in full elsewhere.
	const surname = knownPeople.has(token.text.replace(/['’]s?$/, ''));
	return surname || has(token, 'ProperNoun') || has(token, 'Person') || has(token, 'Place');
}

/** Maximal runs of capitalised words ("Joint Chiefs of Staff"); a possessive ends a run. */
function capitalisedRuns(
	tokens: readonly Token[],
	knownPeople: ReadonlyMap<string, string>
): Run[] {
	const runs: Run[] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!startsRun(tokens, i, knownPeople)) {
			i += 1;
			continue;
		}
		let j = i;
		for (;;) {
			const token = tokenAt(tokens, j);
			// An initial ("John F. Kennedy") does not end the name.
			const initial = /^[A-Z]\.?$/.test(token.text) && /^\.? $/.test(token.post);
			if (
				possessive(token) ||
				(!initial && /[,.;:!?)"]/.test(token.post)) ||
				token.post.trim() === '-'
			)
				break;
			const next = tokens[j + 1];
			const after = tokens[j + 2];
			if (
				isCapitalised(next) &&
				!NOT_NAMES.has(next?.normal ?? '') &&
				!/^\(/.test(next?.pre ?? '')
			) {
				j += 1;
			} else if (
				next &&
				NAME_PARTICLES.has(next.text) &&
				isCapitalised(after) &&
				/^-?\s?$/.test(next.post)
			) {
				// "Bashar al-Assad", "Mohammed bin Salman": a particle inside one name.
				j += 2;
			} else if (
				next &&
				JOINERS.has(next.text) &&
				next.text !== 'and' &&
				isCapitalised(after) &&
				!NOT_NAMES.has(after?.normal ?? '') &&
				// "Senator Maria Lopez of Ohio": a person from a place, not one name ("Bank of Japan").
				!(has(token, 'Person') && has(after, 'Place'))
			) {
				j += 2;
			} else break;
		}
		runs.push({ from: i, to: j + 1, possessive: possessive(tokenAt(tokens, j)) });
		i = j + 1;
	}
	return runs;
}

function answerEnd(token: Token, isPossessive: boolean): number {
	return isPossessive ? token.end - (/s'$/.test(token.text) ? 1 : 2) : token.end;
}

function textOf(
	sentence: string,
	tokens: readonly Token[],
	from: number,
	to: number,
	poss: boolean
): string {
	const first = tokenAt(tokens, from);
	const last = tokenAt(tokens, to - 1);
	return sentence.slice(first.start, answerEnd(last, poss));
}

/** The role written before a name: "Ukrainian President", "North Korean leader". */
function roleBefore(
	sentence: string,
	tokens: readonly Token[],
	nameStart: number
): { text: string; from: number } | undefined {
	let k = nameStart - 1;
	const title = tokens[k];
	if (!title || !TITLE_WORDS.has(title.normal) || /[,;:]/.test(title.post)) return undefined;
	while (k - 1 >= 0) {
		const prev = tokenAt(tokens, k - 1);
		if (/[,;:.]/.test(prev.post) || possessive(prev)) break;
		if (!(isCapitalised(prev) || TITLE_WORDS.has(prev.normal)) || NOT_NAMES.has(prev.normal)) break;
		// "When Afghan President ...", "However, Nintendo president ...": not part of the title.
		if (NOT_TITLE_WORDS.has(prev.normal)) break;
		if (NOT_TITLE_TAGS.some((tag) => has(prev, tag)) && !has(prev, 'Noun')) break;
		k -= 1;
	}
	// "former Prime Minister", "acting chief": the word that says which time the title is of.
	if (
		k > 0 &&
		TITLE_QUALIFIERS.test(tokens[k - 1]?.normal ?? '') &&
		!/[,;:]/.test(tokens[k - 1]?.post ?? '')
	)
		k -= 1;
	return { text: sentence.slice(tokenAt(tokens, k).start, title.end), from: k };
}

/** Words before a title that change what it says: a former prime minister is not one now. */
const TITLE_QUALIFIERS =
	/^(?:former|ex|then|late|acting|interim|outgoing|incoming|retired|longtime|deputy|founding)$/;

const NOT_TITLE_WORDS = new Set(
	'when however but and or while after before since as if though although meanwhile then so once until whereas'.split(
		' '
	)
);
const NOT_TITLE_TAGS = ['Conjunction', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Verb'];

/** "Tory", "American": a party or nationality in front of a name is a role, not the name. */
const PARTY_WORDS = new Set(
	'tory labour democrat republican conservative liberal socialist communist green'.split(' ')
);

function isAffiliation(token: Token): boolean {
	return has(token, 'Demonym') || DEMONYMS.has(token.normal) || PARTY_WORDS.has(token.normal);
}

function placeSubtype(name: string, tokens: readonly Token[], from: number, to: number): string {
	if (CONTINENT_SET.has(name)) return 'continent';
	if (COUNTRY_SET.has(name) || tokens.slice(from, to).some((t) => has(t, 'Country')))
		return 'country';
	if (CITY_SET.has(name) || tokens.slice(from, to).some((t) => has(t, 'City'))) return 'city';
	return 'place';
}

function isPlaceRun(tokens: readonly Token[], run: Run, name: string): boolean {
	if (COUNTRY_SET.has(name) || CITY_SET.has(name)) return true;
	return tokens.slice(run.from, run.to).every((t) => has(t, 'Place') || JOINERS.has(t.text));
}

/** Heads that make a capitalised run a thing, whatever compromise thinks of "James Webb". */
const THING_HEADS = new Set(
	(
		'telescope bridge center centre prize bible gate wall station mission ship airport stadium ' +
		'tower building hall square street park lake river mountain ocean sea award cup treaty ' +
		'act law war museum library cathedral church palace'
	).split(' ')
);

function isPersonRun(tokens: readonly Token[], run: Run): boolean {
	const span = tokens.slice(run.from, run.to);
	const head = span[span.length - 1]?.normal ?? '';
	if (THING_HEADS.has(head) || ORG_HEADS.has(head) || PLACE_HEADS.has(head)) return false;
	if (span.some((t) => has(t, 'Place') || has(t, 'Organization'))) return false;
	// "Bashar al-Assad": first name, particle, family name; compromise knows few such names.
	const particle = span.findIndex((t, k) => k > 0 && NAME_PARTICLES.has(t.text));
	if (particle > 0 && particle < span.length - 1 && span.length <= 4) {
		// "the Ain al-Asad air base": a name before a noun names the noun's thing.
		const next = tokens[run.to];
		return !(next && has(next, 'Noun') && !isCapitalised(next) && !has(next, 'Pronoun'));
	}
	return (
		run.to - run.from >= 2 &&
		run.to - run.from <= 4 &&
		span.every((t) => has(t, 'Person') || has(t, 'ProperNoun')) &&
		span.some((t) => has(t, 'FirstName') || has(t, 'LastName')) &&
		!span.some((t) => has(t, 'Place') || has(t, 'Organization'))
	);
}

/** A demonym or adjective run that only modifies a following common noun ("North Korean troops"). */
function isModifier(tokens: readonly Token[], run: Run): boolean {
	const next = tokens[run.to];
	if (run.possessive || !next || isCapitalised(next) || !has(next, 'Noun')) return false;
	const last = tokenAt(tokens, run.to - 1);
	if (PLACE_HEADS.has(next.normal) || ORG_HEADS.has(next.normal)) return false;
	return (
		has(last, 'Demonym') ||
		has(last, 'Adjective') ||
		/(?:an|ese|ish|ian|i)$/.test(last.normal) ||
		DEMONYMS.has(last.normal)
	);
}

/** One capitalised run being read: where its name starts after any title, and its text. */
interface RunView {
	sentence: AnalysedSentence;
	runs: readonly Run[];
	r: number;
	run: Run;
	/** First token of the name proper (after "Ukrainian President"). */
	from: number;
	name: string;
	last: Token;
}

/**
 * Each reader returns the facts of a run it recognises (possibly none, when it recognises the
 * run but will not ask about it), or undefined to let the next reader try.
 */
type RunReader = (view: RunView, knownPeople: ReadonlyMap<string, string>) => Fact[] | undefined;

/** "Ukrainian President Volodymyr Zelensky", "Sergei Shoigu", or a surname seen in full before. */
const readPerson: RunReader = (view, knownPeople) => {
	const { tokens, text, index } = view.sentence;
	const { run, from, name, last } = view;
	const before = roleBefore(text, tokens, from);
	const title = before ?? titleOf(view);
	// "director of Disability Rights Wisconsin": a title's "of" phrase may run on into an
	// organisation's name; only a name that reads as a person's is taken for one.
	if (!before && title && !isPersonRun(tokens, { ...run, from }) && !knownPeople.has(name))
		return undefined;
	const skipped = from > run.from ? tokenAt(tokens, run.from) : undefined;
	const affiliation = !title && skipped && isAffiliation(skipped) ? skipped : undefined;
	const role = title?.text ?? affiliation?.text;
	// "de Klerk": a surname with a lower-case particle is only half a name.
	const particle = /^(?:de|van|von|der|da|di|du|la|le|bin|al|del)$/.test(
		tokens[from - 1]?.text ?? ''
	);
	const linked = particle ? undefined : knownPeople.get(name);
	if (!title && !isPersonRun(tokens, { ...run, from }) && !linked) return undefined;
	if (run.to - from < 2 && !linked) return [];
	return [
		{
			alias: /^(?:born|née|nee|alias|formerly)$/.test(tokens[from - 1]?.normal ?? ''),
			kind: 'person',
			sentence: index,
			from,
			to: run.to,
			start: tokenAt(tokens, from).start,
			end: answerEnd(last, run.possessive),
			possessive: run.possessive,
			answer: name,
			role,
			roleFrom: title?.from ?? (affiliation ? run.from : undefined),
			weight: title ? 2.6 : 2.2,
			// A title before the name, a full name seen before, or only compromise's name lists.
			confidence: title ? 0.95 : linked ? 0.85 : 0.75
		}
	];
};

/** "North Korean troops": a modifier, not a fact of its own. */
const skipModifier: RunReader = (view) =>
	isModifier(view.sentence.tokens, view.run) ? [] : undefined;

/** "Kursk region", "Russia's Kursk region": a named place with its head noun. */
const readHeadedPlace: RunReader = (view) => {
	const { tokens, text, index } = view.sentence;
	const { run, from, name, last } = view;
	const next = tokens[run.to];
	const demonym = has(last, 'Demonym') || /(?:an|ese|ish|ian)$/.test(last.normal);
	if (run.possessive || demonym || !next || !PLACE_HEADS.has(next.normal) || isCapitalised(next))
		return undefined;
	// "Russia's Kursk region": the fact spans the possessor and the head noun.
	const owner = view.runs[view.r - 1];
	const ownerAdjacent = owner && owner.possessive && owner.to === from;
	return [
		{
			kind: 'place',
			sentence: index,
			from: ownerAdjacent ? owner.from : from,
			to: run.to + 1,
			start: tokenAt(tokens, from).start,
			end: last.end,
			answer: name,
			subtype: next.normal === 'city' ? 'city' : 'region',
			role: ownerAdjacent ? textOf(text, tokens, owner.from, owner.to, true) : undefined,
			weight: 2.4,
			confidence: 0.85
		}
	];
};

const readCountry: RunReader = (view) => {
	const { tokens, index } = view.sentence;
	const { run, from, name, last } = view;
	if (!COUNTRY_SET.has(name)) return undefined;
	return [
		{
			kind: 'place',
			sentence: index,
			from,
			to: run.to,
			start: tokenAt(tokens, from).start,
			end: answerEnd(last, run.possessive),
			possessive: run.possessive,
			answer: name,
			subtype: 'country',
			weight: 2,
			confidence: 0.95
		}
	];
};

/** "the British Columbia Wildfire Service", "Russia's Defence Ministry". */
const readOrganisation: RunReader = (view) => {
	const { tokens, text, index } = view.sentence;
	const { run, from, last } = view;
	const head = last.normal.replace(/'s$/, '');
	const thing = THING_HEADS.has(head) || /^(?:day|week|month|year|act)$/.test(head);
	if (
		thing ||
		!(ORG_HEADS.has(head) || tokens.slice(from, run.to).some((t) => has(t, 'Organization')))
	)
		return undefined;
	if (run.to - from < 2 && !ORG_HEADS.has(head)) return [];
	const owner = view.runs[view.r - 1];
	const ownerAdjacent = owner && owner.possessive && owner.to === from;
	const start = ownerAdjacent ? owner.from : from;
	return [
		{
			kind: 'org',
			sentence: index,
			from: start,
			to: run.to,
			start: tokenAt(tokens, start).start,
			end: answerEnd(last, run.possessive),
			possessive: run.possessive,
			answer: textOf(text, tokens, start, run.to, run.possessive),
			weight: 2.2,
			confidence: ORG_HEADS.has(head) ? 0.85 : 0.6
		}
	];
};

/** Any other place name compromise or the gazetteer knows. */
const readPlace: RunReader = (view) => {
	const { tokens, index } = view.sentence;
	const { run, from, name, last } = view;
	if (!isPlaceRun(tokens, run, name)) return undefined;
	const subtype = placeSubtype(name, tokens, from, run.to);
	const prep = tokens[from - 1]?.normal ?? '';
	return [
		{
			metonym: subtype === 'city' && !LOCATIVE.has(prep),
			kind: 'place',
			sentence: index,
			from,
			to: run.to,
			start: tokenAt(tokens, from).start,
			end: answerEnd(last, run.possessive),
			possessive: run.possessive,
			answer: name,
			subtype,
			weight: 2,
			// The gazetteer knows it, or only compromise's place tags say so.
			confidence: COUNTRY_SET.has(name) || CITY_SET.has(name) ? 0.9 : 0.65
		}
	];
};

/**
 * "Blue Origin", "New Shepard": a name of two or more words that is no known person, place or
 * organisation. Its kind is unknown, so it is only blanked, never asked, swapped or offered.
 */
const readName: RunReader = (view) => {
	const { tokens, index } = view.sentence;
	const { run, from, name, last } = view;
	const words = tokens.slice(from, run.to);
	if (words.length < 2 || words.length > 5) return undefined;
	if (!words.every((t) => /^[A-Z][a-z]/.test(t.text) || JOINERS.has(t.text))) return undefined;
	if (words.some((t) => has(t, 'Date') || has(t, 'Month') || TITLE_WORDS.has(t.normal)))
		return undefined;
	return [
		{
			kind: 'term',
			subtype: 'name',
			sentence: index,
			from,
			to: run.to,
			start: tokenAt(tokens, from).start,
			end: answerEnd(last, run.possessive),
			possessive: run.possessive,
			answer: name,
			weight: 1.6,
			confidence: 0.3
		}
	];
};

const RUN_READERS: readonly RunReader[] = [
	readPerson,
	skipModifier,
	readHeadedPlace,
	readCountry,
	readOrganisation,
	readPlace,
	readName
];

/** "Chief of | Police Wayne Holben": a title whose "of" phrase the run began inside. */
function titleOf(view: RunView): { text: string; from: number } | undefined {
	const { tokens, text } = view.sentence;
	const { run, from } = view;
	const head = run.from - 2;
	if (from !== run.from + 1 || tokens[run.from - 1]?.normal !== 'of') return undefined;
	if (!TITLE_WORDS.has(tokens[head]?.normal ?? '')) return undefined;
	return {
		text: text.slice(tokenAt(tokens, head).start, tokenAt(tokens, run.from).end),
		from: head
	};
}

/** Where the name proper starts: after the last title word ("Ukrainian President | Zelensky"). */
function nameStart(tokens: readonly Token[], run: Run): number {
	for (let k = run.to - 2; k >= run.from; k -= 1) {
		if (!TITLE_WORDS.has(tokenAt(tokens, k).normal)) continue;
		// "Chief of Police Wayne Holben", "Secretary of State Ann Lee": the title runs on.
		if (tokens[k + 1]?.normal === 'of' && k + 3 < run.to) return k + 3;
		return k + 1;
	}
	// "Chief of | Police Wayne Holben": the run began after the title's "of".
	if (
		tokens[run.from - 1]?.normal === 'of' &&
		TITLE_WORDS.has(tokens[run.from - 2]?.normal ?? '') &&
		run.to - run.from >= 3 &&
		// "director of Disability Rights Wisconsin": no person's name after the first word.
		has(tokens[run.from + 1], 'Person')
	)
		return run.from + 1;
	// "Tory Neil Hamilton", "American Kevin King": the affiliation is not part of the name.
	const first = tokenAt(tokens, run.from);
	if (run.to - run.from >= 3 && isAffiliation(first) && has(tokens[run.from + 1], 'FirstName'))
		return run.from + 1;
	return run.from;
}

/** "the Iraq war", "Clippers teammate": the name only modifies the common noun after it. */
function modifiesNoun(tokens: readonly Token[], fact: Fact): boolean {
	const last = tokens[fact.to - 1];
	const next = tokens[fact.to];
	return (
		fact.possessive !== true &&
		last !== undefined &&
		last.post === ' ' &&
		next !== undefined &&
		!isCapitalised(next) &&
		has(next, 'Noun') &&
		!has(next, 'Pronoun') &&
		!has(next, 'Verb') &&
		!has(next, 'Value')
	);
}

export function entityFacts(
	sentence: AnalysedSentence,
	knownPeople: ReadonlyMap<string, string>
): Fact[] {
	const { tokens, text } = sentence;
	const facts: Fact[] = [];
	const runs = capitalisedRuns(tokens, knownPeople);
	runs.forEach((run, r) => {
		const from = nameStart(tokens, run);
		const view: RunView = {
			sentence,
			runs,
			r,
			run,
			from,
			name: textOf(text, tokens, from, run.to, run.possessive),
			last: tokenAt(tokens, run.to - 1)
		};
		for (const read of RUN_READERS) {
			const found = read(view, knownPeople);
			if (found) {
				facts.push(...found);
				return;
			}
		}
	});
	for (const fact of facts) {
		if (!modifiesNoun(tokens, fact)) continue;
		fact.modifier = true;
		// "the Sierra Nevada foothills": whatever compromise thought, its kind is a guess.
		fact.confidence = Math.min(fact.confidence ?? 1, 0.3);
	}
	return facts;
}

/** Full names seen anywhere, keyed also by surname, so "Shoigu" links back to "Sergei Shoigu". */
export function linkPeople(facts: readonly Fact[]): Map<string, string> {
	const people = new Map<string, string>();
	const surnames = new Map<string, Set<string>>();
	for (const fact of facts) {
		if (fact.kind !== 'person') continue;
		const parts = fact.answer.split(' ');
		if (parts.length < 2) continue;
		people.set(fact.answer, fact.answer);
		const surname = surnameOf(fact.answer);
		if (!surnames.has(surname)) surnames.set(surname, new Set());
		surnames.get(surname)?.add(fact.answer);
	}
	for (const [surname, names] of surnames) {
		if (names.size === 1) people.set(surname, [...names][0] as string);
	}
	return people;
}
