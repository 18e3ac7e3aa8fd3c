// Makes sentences readable on their own: "these soldiers" -> "the North Korean soldiers",
// "last year" -> "in 2023" when the document's date is known; marks what cannot be resolved.
import { has, isCapitalised, tokenAt } from './tokens';
import type { AnalysedSentence, Fact } from './facts/types';
import {
	DEMONSTRATIVES,
	EVENT_GROUPS,
	NAME_PARTICLES,
	PERSONAL_PRONOUNS,
	surnameOf,
	RELATIVE_TIME_UNITS,
	SYNONYM_GROUPS,
	TITLE_WORDS,
	VAGUE_TIME
} from './words';

export interface Referents {
	/** Token index -> replacement text ("" drops the token). */
	replace: Map<number, string>;
	/** Tokens whose referent is unknown: any question text that contains one is dropped. */
	unresolved: Set<number>;
	/** Tokens that make a question vaguer ("the strike"): a ranking penalty, not a veto. */
	vague: Set<number>;
	/** "we", "our", "I": unresolved, but fine inside a cloze of the speaker's own sentence. */
	firstPerson: Set<number>;
	/** Object pronouns whose referent is earlier in the same sentence: fine inside a cloze. */
	local: Set<number>;
	/** Tokens a rewrite leaves out for brevity ("on Friday" with no date): a cloze keeps them. */
	dropped?: Set<number>;
}

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const AUX_WORDS = new Set('is was are were has have had will would can could may might'.split(' '));
const REPORTING = new Set(
	'believe believes believed say says said think thinks thought'.split(' ')
);
const SUBORDINATORS = new Set(
	'as because while when if after before since until that and but or so'.split(' ')
);
const POSSESSIVES = new Set('his her its their'.split(' '));
/** Words that open a clause of its own after a name: "Lee ... when a man struck him". */
const OWN_CLAUSE_OPENERS = new Set(
	'when after before because while as since until that which who whom to and but'.split(' ')
);
const FIRST_PERSON = new Set('i me my mine we us our ours'.split(' '));

const ANAPHORIC_HEADS = new Set(
	(
		'project plan agreement deal pact treaty decision move proposal policy law bill measure ' +
		'programme program scheme strike attack incident crash accident event meeting summit talks ' +
		'report study announcement declaration deployment warning operation campaign effort ' +
		'initiative reform ' +
		// Things and people a news story introduces once and then calls "the ...".
		'bank fire vessel ship bridge company firm team crew planet barrier mission government ' +
		'city town court police group man woman boy girl victim suspect plane aircraft storm ' +
		'agency plant factory virus patient building tournament match season trade landing ' +
		'expedition fleet voyage show series bill legislation film movie album product truck rig ' +
		'party'
	).split(' ')
);
const TIME_SPANS = new Set('minute hour day night week month year decade century'.split(' '));

const VAGUE_HEADS = new Set(
	'strike attack agreement deal pact treaty conflict war region country plan report study meeting project'.split(
		' '
	)
);

function sameWord(a: string, b: string): boolean {
	return a === b;
}

function sameReferent(a: string, b: string): boolean {
	if (a === b || a.replace(/s$/, '') === b.replace(/s$/, '')) return true;
	return SYNONYM_GROUPS.some((group) => group.includes(a) && group.includes(b));
}

/** Modifiers of the nearest earlier noun with the same meaning: "North Korean" (troops). */
/**
 * Places a story names once ("Harlow County") and then calls by their kind ("the county's
 * order"), however far back: the one name the document gives that kind is meant.
 */
// Not "state" or "island": "the state" is as often Texas, and no name of it ends in "State".
const PLACE_HEADS = new Set(
	'county province district region borough parish prefecture river valley'.split(' ')
);

/** A name ending in `head` ("Francis Scott Key Bridge"), and whether the text wrote "the" before it. */
interface AntecedentName {
	name: string;
	the: boolean;
}

function nameWithHead(
	{ tokens, text }: AnalysedSentence,
	i: number,
	head: string
): AntecedentName | null | undefined {
	const token = tokenAt(tokens, i);
	if (token.normal.replace(/['’]s?$/, '') !== head || !isCapitalised(token) || i === 0) return;
	const k = capitalisedRunStart(tokens, i);
	// "Bank of Japan": the name goes on after the head.
	let end = i;
	while (tokens[end + 1]?.normal === 'of' && isCapitalised(tokens[end + 2])) end += 2;
	if ((k === i && end === i) || /'s$/.test(tokens[i - 1]?.text ?? '')) return null;
	const name = text.slice(tokenAt(tokens, k).start, tokenAt(tokens, end).end);
	return { name: name.replace(/['’]s?$/, ''), the: tokens[k - 1]?.normal === 'the' };
}

/**
 * "Francis Scott Key Bridge" for "bridge", from the two sentences before; for a place kind
 * ("county"), from anywhere before, when the document names only one.
 */
function antecedentName(
	sentences: readonly AnalysedSentence[],
	index: number,
	head: string
): AntecedentName | undefined {
	if (PLACE_HEADS.has(head)) {
		const found = new Map<string, AntecedentName>();
		for (let s = index - 1; s >= 0; s -= 1) {
			const sentence = sentences[s] as AnalysedSentence;
			for (let i = sentence.tokens.length - 1; i > 0; i -= 1) {
				const name = nameWithHead(sentence, i, head);
				if (name) found.set(name.name, name);
			}
		}
		return found.size === 1 ? [...found.values()][0] : undefined;
	}
	for (let s = index - 1; s >= Math.max(0, index - 2); s -= 1) {
		const sentence = sentences[s] as AnalysedSentence;
		for (let i = sentence.tokens.length - 1; i > 0; i -= 1) {
			const name = nameWithHead(sentence, i, head);
			if (name === null) return undefined;
			if (name) return name;
		}
	}
	return undefined;
}

function antecedentModifiers(
	sentences: readonly AnalysedSentence[],
	index: number,
	head: string,
	reach = 3,
	same: (a: string, b: string) => boolean = sameReferent
): string | undefined {
	for (let s = index - 1; s >= Math.max(0, index - reach); s -= 1) {
		const { tokens, text } = sentences[s] as AnalysedSentence;
		for (let i = tokens.length - 1; i > 0; i -= 1) {
			if (!same(tokenAt(tokens, i).normal, head)) continue;
			// "Brandenburg Gate" is a name, not a description of "the gates".
			if (isCapitalised(tokens[i])) return undefined;
			let k = i;
			while (k > 0) {
				const prev = tokenAt(tokens, k - 1);
				if (/[,;:.]/.test(prev.post) || has(prev, 'Determiner') || has(prev, 'Value')) break;
				if (has(prev, 'Possessive') || DEMONSTRATIVES.has(prev.normal)) break;
				if (!(
					has(prev, 'Adjective') ||
					has(prev, 'ProperNoun') ||
					(has(prev, 'Noun') && !has(prev, 'Plural'))
				)) {
					break;
				}
				k -= 1;
			}
			if (k === i) return undefined;
			return text.slice(tokenAt(tokens, k).start, tokenAt(tokens, i - 1).end);
		}
	}
	return undefined;
}

/** One sentence being resolved: its tokens, what is found so far and what was seen before. */
interface Walk {
	sentences: readonly AnalysedSentence[];
	index: number;
	documentYear: number | undefined;
	/** What the document calls its organisations ("the company" -> Nordair). */
	kinds?: DocumentKinds;
	tokens: AnalysedSentence['tokens'];
	out: Referents;
	/** What appeared earlier in the sentence, for pronouns and possessives. */
	seen: {
		name: boolean;
		noun: boolean;
		male: boolean;
		female: boolean;
		people: number;
		/** A person named in an earlier sentence, written in for this one's first pronoun. */
		before?: string;
		/** Where the last person named in the sentence so far was. */
		personAt?: number;
	};
}

/** "these soldiers" -> "the North Korean soldiers"; "this year" -> "in 2024". */
function resolveDemonstrativePhrase(walk: Walk, i: number): boolean {
	const { tokens, out } = walk;
	const word = tokenAt(tokens, i).normal;
	const next = tokens[i + 1];
	if (
		!(word === 'these' || word === 'those' || word === 'this' || (word === 'that' && i === 0)) ||
		!next
	)
		return false;
	let h = i + 1;
	while (h < tokens.length - 1 && has(tokens[h], 'Adjective') && !has(tokens[h], 'Noun')) h += 1;
	const head = tokenAt(tokens, h);
	if (!has(head, 'Noun') || has(head, 'Pronoun')) {
		out.unresolved.add(i);
		return true;
	}
	if (
		RELATIVE_TIME_UNITS.has(head.normal) &&
		word === 'this' &&
		walk.documentYear &&
		head.normal === 'year'
	) {
		out.replace.set(i, `in ${walk.documentYear}`);
		out.replace.set(h, '');
		return true;
	}
	const modifiers = antecedentModifiers(walk.sentences, walk.index, head.normal);
	if (modifiers && !RELATIVE_TIME_UNITS.has(head.normal)) out.replace.set(i, `the ${modifiers}`);
	else out.unresolved.add(i);
	return true;
}

/** "the rocket" after "a Saturn V rocket" -> "the Saturn V rocket". */
function resolveDefiniteDescription(walk: Walk, i: number): void {
	const { tokens, out } = walk;
	const next = tokens[i + 1];
	if (
		tokenAt(tokens, i).normal !== 'the' ||
		!next ||
		!has(next, 'Noun') ||
		has(next, 'ProperNoun') ||
		isCapitalised(next)
	)
		return;
	// "the county's emergency order": the noun after a possessive is owned, not a compound.
	const possessive = /['’]s?$/.test(next.text);
	const head = next.normal.replace(/['’]s?$/, '');
	// "the party" after "Russia's Communist Party": the party meant may be one whose name lacks
	// the word ("United Russia"); it stays unresolved (ANAPHORIC_HEADS).
	if (head === 'party') return;
	const following = tokens[i + 2];
	if (!possessive && following && has(following, 'Noun') && !has(following, 'Preposition')) return;
	const modifiers = possessive
		? undefined
		: antecedentModifiers(walk.sentences, walk.index, head, 2, sameWord);
	const name = modifiers ? undefined : antecedentName(walk.sentences, walk.index, head);
	if (modifiers && /^[A-Z]/.test(modifiers) && !/^(?:The|A|An)\b/.test(modifiers)) {
		out.replace.set(i, `the ${modifiers}`);
	} else if (name) {
		// "the bridge" after "the Francis Scott Key Bridge": the name in full; "the county's"
		// after "Harlow County": "Harlow County's".
		const article = name.the || endsInNoun(name.name, head) ? 'the ' : '';
		const owner = possessive ? (/s$/.test(name.name) ? "'" : "'s") : '';
		const written = `${article}${name.name}${owner}`;
		out.replace.set(i, i === 0 ? written.charAt(0).toUpperCase() + written.slice(1) : written);
		out.replace.set(i + 1, '');
	}
}

/** "last year" -> "in 2023" with the document's date; otherwise unresolved. */
function resolveRelativeYear(walk: Walk, i: number): boolean {
	const { tokens, out, documentYear } = walk;
	const word = tokenAt(tokens, i).normal;
	const next = tokens[i + 1];
	if ((word !== 'last' && word !== 'next') || !next || !RELATIVE_TIME_UNITS.has(next.normal))
		return false;
	if (documentYear && next.normal === 'year') {
		const year = documentYear + (word === 'last' ? -1 : 1);
		const afterPreposition = has(tokens[i - 1], 'Preposition') || tokens[i - 1]?.normal === 'for';
		out.replace.set(i, afterPreposition ? String(year) : `in ${year}`);
		out.replace.set(i + 1, '');
	} else {
		out.unresolved.add(i);
	}
	return true;
}

/** Times and comparisons counted from something told earlier in the article. */
function markEarlierAnchors(walk: Walk, i: number): void {
	const { tokens, out, documentYear } = walk;
	const word = tokenAt(tokens, i).normal;
	const next = tokens[i + 1];
	// "Two years later", "a week earlier", "the following day": counted from an event told
	// before, which a question cannot show.
	const previousUnit = tokens[i - 1]?.normal.replace(/s$/, '') ?? '';
	if ((word === 'later' || word === 'earlier') && TIME_SPANS.has(previousUnit)) {
		out.unresolved.add(i);
	}
	if (
		(word === 'following' || word === 'next') &&
		tokens[i - 1]?.normal === 'the' &&
		next !== undefined &&
		TIME_SPANS.has(next.normal)
	) {
		out.unresolved.add(i);
	}
	// "Another one, in Sweden, has begun": another of something told before.
	if (word === 'another' && i <= 2 && (next?.normal === 'one' || next?.normal === 'time'))
		out.unresolved.add(i);
	// "Plants also release ...": "also" points back to the sentence before.
	// "Me too.", "..., too": only a "too" that ends a phrase means "also"; "far too small" stays.
	const tooAsAlso = word === 'too' && (!next || /[,.;:!?]/.test(tokenAt(tokens, i).post));
	if (word === 'also' || tooAsAlso) out.replace.set(i, '');
	// "divided in the same way": the comparison is with something earlier in the article.
	if (
		word === 'same' &&
		tokens[i - 1]?.normal === 'the' &&
		!tokens.slice(i + 1, i + 4).some((t) => t.normal === 'as')
	) {
		out.unresolved.add(i);
	}
	// With no date for the document, "on Friday" says nothing a question can use: rewrites
	// leave it out, and a cloze shows it as written.
	if (WEEKDAYS.has(word) && documentYear === undefined) {
		// "between then and Thursday morning", "until Friday": the day is an object, not an
		// adverb; without it the sentence breaks, so it stays unknown.
		if (
			/^(?:and|or|between|until|till|from|since|to|before|after)$/.test(tokens[i - 1]?.normal ?? '')
		) {
			out.unresolved.add(i);
			return;
		}
		// "on Friday", "late Thursday", "by late Thursday", "later Wednesday", "Friday evening":
		// the day goes with the words that only say when it was.
		// "Saturday night's blast", "Friday's vote": the day is part of the noun phrase; cut
		// away it would leave "Night's blast".
		if (
			/['’]s?$/.test(tokens[i]?.text ?? '') ||
			/^(?:morning|afternoon|evening|night)['’]s$/.test(next?.text ?? '')
		)
			return;
		let from = i;
		if (/^(?:on|late|early|later|earlier|this|by|last|next)$/.test(tokens[i - 1]?.normal ?? ''))
			from = i - 1;
		// "by late Sunday", "early on Sunday": the three words go together.
		if (
			(/^(?:late|early|later|earlier)$/.test(tokens[i - 1]?.normal ?? '') &&
				/^(?:on|by)$/.test(tokens[i - 2]?.normal ?? '')) ||
			(tokens[i - 1]?.normal === 'on' &&
				/^(?:late|early)$/.test(tokens[i - 2]?.normal ?? '') &&
				!/[,;:]/.test(tokens[i - 2]?.post ?? ''))
		)
			from = i - 2;
		const to = /^(?:morning|afternoon|evening|night)$/.test(next?.normal ?? '') ? i + 2 : i + 1;
		if (!timeOfAside(tokens, from, to)) markDropped(out, from, to - from);
		return;
	}
	// With the document's date known, "on Sunday" and "today" point at a known day.
	const anchored = documentYear !== undefined && (WEEKDAYS.has(word) || word === 'today');
	// "in recent years" dates nothing a learner must know; "a recent attack" is one the article told.
	const span = word === 'recent' && /^(?:years|decades)$/.test(next?.normal ?? '');
	if (VAGUE_TIME.has(word) && !anchored && !span) out.unresolved.add(i);
	if (word === 'that' && i > 0 && has(tokens[i - 1], 'Preposition')) out.unresolved.add(i);
	// "That is why ...", "This shows ...": a demonstrative standing alone as the subject; not the
	// relative "that" of "the gas that was feeding the fire", right after its noun.
	const previous = tokens[i - 1];
	const relative =
		word === 'that' &&
		previous !== undefined &&
		has(previous, 'Noun') &&
		!has(previous, 'Pronoun') &&
		!/[,;:.!?"]/.test(previous.post);
	if (
		DEMONSTRATIVES.has(word) &&
		next &&
		!relative &&
		(AUX_WORDS.has(next.normal) || (i === 0 && has(next, 'Verb')))
	) {
		out.unresolved.add(i);
	}
}

/** "we", "his", "it", "they": whose or what, only the article may know. */
/**
 * "politicians did not keep the promises they made", "voters said what they wanted": a "they"
 * in a relative clause just after a plural noun of its own clause is that noun, and reads so in
 * any text that keeps the clause.
 */
function relativeThey(tokens: Walk['tokens'], i: number, lower: string): boolean {
	if (lower !== 'they') return false;
	const previous = tokens[i - 1];
	if (!previous) return false;
	const relative =
		/^(?:what|that|which|whom)$/.test(previous.normal) ||
		(has(previous, 'Noun') && !has(previous, 'Pronoun') && !has(previous, 'ProperNoun'));
	const span = tokens.slice(Math.max(0, i - 6), i);
	if (!relative || span.some((t) => /[,;:.!?"]/.test(t.post))) return false;
	return span
		.slice(0, -1)
		.some((t) => has(t, 'Plural') && has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Value'));
}

const BE_WORDS = new Set('is was are were'.split(' '));
/** Bodies that speak of themselves as "it": "the council said it would ...". */
const PUBLIC_BODIES = new Set(
	'council government ministry department court committee board commission authority administration parliament senate police army military school university hospital'.split(
		' '
	)
);

const SPEECH_VERBS = new Set(
	(
		'say says said add adds added insist insists insisted announce announces announced ' +
		'state states stated claim claims claimed argue argues argued warn warns warned ' +
		'admit admits admitted deny denies denied confirm confirms confirmed believe believes ' +
		'believed think thinks thought hope hopes hoped expect expects expected promise promises ' +
		'promised vow vows vowed pledge pledges pledged acknowledge acknowledges acknowledged ' +
		'concede concedes conceded stress stresses stressed note notes noted explain explains explained'
	).split(' ')
);

/** A possessive after a verb of saying, read as its pronoun: "said her team" as "said she". */
const POSSESSIVE_OF: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

/** Where the speaker of "X said (on Friday) (that) <pronoun>" ends, or -1. */
function speakerBefore(walk: Walk, i: number): number {
	const { tokens, out } = walk;
	let k = i - 1;
	if (tokens[k]?.normal === 'that') k -= 1;
	// "said on Thursday that he": a time the rewrites leave out sits between verb and clause.
	while (k > 0 && out.replace.get(k) === '' && out.dropped?.has(k)) k -= 1;
	if (!SPEECH_VERBS.has(tokens[k]?.normal ?? '') || /\S/.test(tokens[k]?.post ?? '')) return -1;
	k -= 1;
	while (AUX_WORDS.has(tokens[k]?.normal ?? '') || has(tokens[k], 'Adverb')) k -= 1;
	// "Officials in Kelby said they", "The mayor of Kelby said he": the head before its phrase.
	const first = capitalisedRunStart(tokens, k);
	const preposition = tokens[first - 1];
	if (preposition && /^(?:in|of|at|from|for)$/.test(preposition.normal) && first - 2 >= 0)
		k = first - 2;
	const speaker = tokens[k];
	if (!speaker || /\S/.test(speaker.post) || has(speaker, 'Pronoun') || has(speaker, 'Place'))
		return -1;
	return k;
}

/**
 * "Eichel said he was trying ...", "The company said it would ...", "CBP announced that it
 * ...", "Officials said they ...": a pronoun just after a verb of saying is the one who says it,
 * named right before the verb -- whether or not compromise knows the name as a person's. Any
 * text that keeps the clause keeps its speaker (or asks for it: "Who said he ...?").
 */
function speakerPronoun(walk: Walk, i: number, word: string): boolean {
	const { tokens } = walk;
	// "Eichel said his team ...", "The council said its budget ...": the speaker's own, as "he".
	const owner = POSSESSIVE_OF[word];
	if (owner && !has(tokens[i + 1], 'Noun')) return false;
	const lower = owner ?? word;
	if (!/^(?:he|she|it|they)$/.test(lower)) return false;
	const k = speakerBefore(walk, i);
	if (k < 0) return false;
	const speaker = tokenAt(tokens, k);
	const first = capitalisedRunStart(tokens, k);
	const person = tokens.slice(first, k + 1).some((t) => has(t, 'Person'));
	const plural = has(speaker, 'Plural') || /%$|^(?:percent|sides|both)$/.test(speaker.normal);
	if (lower === 'they') return plural && !person;
	if (plural) return false;
	if (lower === 'it') {
		// "The minister said it was unacceptable": a verdict on something else, not the speaker.
		const verdict = BE_WORDS.has(tokens[i + 1]?.normal ?? '') && has(tokens[i + 2], 'Adjective');
		// "The Brenna Port Authority": a body's name may start with a person's.
		const body =
			ORG_KINDS.has(speaker.normal) ||
			PUBLIC_BODIES.has(speaker.normal) ||
			has(speaker, 'Organization');
		return !verdict && (body || (!person && isCapitalised(speaker) && k > 0));
	}
	// "Lee told Kim she ...": no other person named before the pronoun than the speaker.
	const other = tokens.some((t, at) => at < first && has(t, 'Person') && isCapitalised(t));
	if (other) return false;
	// A sentence's first word is capitalised anyway: a name there only if tagged as one, or
	// written capitalised inside another sentence.
	const named =
		has(speaker, 'ProperNoun') ||
		person ||
		!has(speaker, 'Noun') ||
		!lowerCaseSomewhere(walk.sentences, speaker.normal);
	return isCapitalised(speaker) ? k > 0 || named : has(speaker, 'Noun');
}

/**
 * The main clause's subject, the noun right before its first verb, has the pronoun's number:
 * "Cyclone Winston made history when it ..." (one), "4.5 million bikes have been sold since it
 * ..." (not the bikes).
 */
function subjectAgrees(tokens: Walk['tokens'], i: number, plural: boolean): boolean {
	const verb = tokens.findIndex(
		(t, k) =>
			k < i &&
			['Auxiliary', 'Copula', 'Modal', 'PastTense'].some((tag) => has(t, tag)) &&
			!has(t, 'Gerund')
	);
	const head = tokens[verb - 1];
	if (verb < 1 || !head || !has(head, 'Noun') || has(head, 'Pronoun')) return false;
	return has(head, 'Plural') === plural;
}

function markPronoun(walk: Walk, i: number): void {
	const { tokens, out, seen } = walk;
	const token = tokenAt(tokens, i);
	// "in the US": the country, written in capitals, is no "us".
	if (token.text === 'US') return;
	const lower = token.text.toLowerCase();
	if (FIRST_PERSON.has(lower)) {
		// A speaker's "we" reads naturally inside the quoted sentence (cloze), nowhere else.
		out.unresolved.add(i);
		out.firstPerson.add(i);
	} else if (
		speakerPronoun(walk, i, lower) ||
		resolvePersonFromBefore(walk, i, lower) ||
		resolveNameFromBefore(walk, i, lower)
	) {
		return;
	} else if (lower === 'his' || lower === 'her') {
		// "de Klerk ordered his release": whose, only the article knows. Fine in a cloze.
		out.unresolved.add(i);
		if (seen.noun) out.local.add(i);
	} else if (POSSESSIVES.has(lower)) {
		if (!seen.name && !seen.noun) out.unresolved.add(i);
	} else if (PERSONAL_PRONOUNS.has(lower)) {
		// "she", "it", "they": only a person named earlier in the same sentence may be meant.
		// "Laxman Narasimhan says he plans ...": with one person named before it in the
		// sentence, "he" or "she" is that person whatever compromise knows of the first name.
		const personal =
			((lower === 'he' || lower === 'him') && seen.male) ||
			(lower === 'she' && seen.female) ||
			((lower === 'he' || lower === 'she') && seen.people === 1);
		if (personal || relativeThey(tokens, i, lower)) return;
		out.unresolved.add(i);
		// "cross it", "many of them": an object usually points back inside the sentence,
		// which a cloze shows whole.
		const previous = tokens[i - 1];
		const object =
			(lower === 'it' || lower === 'them') &&
			previous !== undefined &&
			!SUBORDINATORS.has(previous.normal) &&
			(has(previous, 'Preposition') || (has(previous, 'Verb') && !REPORTING.has(previous.normal)));
		// "The barrier cost ..., and it will protect ...": a second clause's subject that
		// picks up the first clause's subject.
		const coordinated =
			(lower === 'it' || lower === 'they') &&
			previous !== undefined &&
			(previous.normal === 'and' || previous.normal === 'but') &&
			/,/.test(tokens[i - 2]?.post ?? '');
		// "Lee was surrounded ... when a man struck him": the one person named, in a clause of
		// its own before ("Smith attacked him" is someone else).
		const ownClause =
			lower === 'him' &&
			seen.people === 1 &&
			tokens
				.slice((seen.personAt ?? i) + 1, i)
				.some((t) => OWN_CLAUSE_OPENERS.has(t.normal) || /[,;]/.test(t.post));
		// "Cyclone Winston made history when it tore across Fiji": the subject of a clause of
		// time or cause, after a main clause that names its subject.
		const adverbial =
			(lower === 'it' || lower === 'they') &&
			previous !== undefined &&
			/^(?:when|as|after|before|because|while|since|until)$/.test(previous.normal) &&
			(seen.name || seen.noun) &&
			i > 3 &&
			subjectAgrees(tokens, i, lower === 'they');
		if (
			((object || coordinated) && seen.noun) ||
			adverbial ||
			ownClause ||
			subjectOfItsOwnSentence(walk, i, lower)
		)
			out.local.add(i);
	}
}

function lowerCaseSomewhere(sentences: readonly AnalysedSentence[], normal: string): boolean {
	return sentences.some(({ tokens }) =>
		tokens.some((t) => t.normal === normal && !isCapitalised(t))
	);
}

const LINKS = new Set(
	'said says told added announced reported warned when after because as since before until while and but'.split(
		' '
	)
);

/**
 * "Starbucks said it would ...", "The Conservative Party ... when it posted ...": an "it" (or a
 * "they") that opens a clause after a verb of saying or a conjunction, in a sentence whose own
 * subject is a name or "the <noun>" of the same number. Whole, the sentence says what "it" is;
 * "it is unacceptable", with nothing named, stays unresolved.
 */
function subjectOfItsOwnSentence(walk: Walk, i: number, lower: string): boolean {
	if (lower !== 'it' && lower !== 'they') return false;
	const { tokens } = walk;
	let k = i - 1;
	if (tokens[k]?.normal === 'that') k -= 1;
	if (!LINKS.has(tokens[k]?.normal ?? '')) return false;
	// "it is inappropriate": a verdict on something the sentence does not name.
	const next = tokens[i + 1]?.normal ?? '';
	if (/^(?:is|was|'s|seems|seemed)$/.test(next)) return false;
	const text = walk.sentences[walk.index]?.text ?? '';
	if (/"/.test(text.slice(0, tokenAt(tokens, i).start))) return false;
	const first = tokens[0];
	const second = tokens[1];
	if (!first || has(first, 'Pronoun') || has(first, 'Person')) return false;
	// A name: tagged as one, or a noun the document never writes in lower case ("Nordlink").
	const opensWithName =
		isCapitalised(first) &&
		(has(first, 'ProperNoun') ||
			has(first, 'Organization') ||
			(has(first, 'Noun') && !lowerCaseSomewhere(walk.sentences, first.normal)));
	const opensWithThe = first.normal === 'the' && has(second, 'Noun') && !has(second, 'Pronoun');
	if (!opensWithName && !opensWithThe) return false;
	// The subject's head: the last word of the opening noun phrase, before its verb.
	let end = opensWithThe ? 1 : 0;
	while (end + 1 < i && !has(tokens[end + 1], 'Verb') && !/[,;:]/.test(tokens[end]?.post ?? ''))
		end += 1;
	if (!has(tokens[end + 1], 'Verb')) return false;
	const head = tokenAt(tokens, end);
	if (has(head, 'Person')) return false;
	return (lower === 'they') === has(head, 'Plural');
}

/**
 * "Lee won the race. He said ..." -> "Lee said ...": a "he", "she", "him" or owner's "his"/"her"
 * in a sentence that names nobody, outside a quotation, when the nearest sentence before it that
 * names anyone names exactly one person (of a gender that fits, where compromise knows it).
 */
/** Words that open a clause or phrase set before the subject: "After ..., Moyes had ...". */
const FRONTING =
	/^(?:after|before|while|when|despite|having|since|although|though|as|upon|following|unlike|like|during|without)$/;

/**
 * "After expressing his unease ..., Moyes had more reason to complain": a pronoun in a phrase set
 * before the subject points ahead to the name that opens the main clause, not to a person of the
 * sentence before.
 */
function namedAfterFrontedClause(tokens: Walk['tokens'], i: number): boolean {
	if (!FRONTING.test(tokens[0]?.normal ?? '')) return false;
	const comma = tokens.findIndex((t) => /,/.test(t.post));
	return comma > i && isCapitalised(tokens[comma + 1]);
}

function resolvePersonFromBefore(walk: Walk, i: number, lower: string): boolean {
	const { tokens, out } = walk;
	if (!/^(?:he|she|him|his|her)$/.test(lower)) return false;
	// A second "him" or "his" after the name written in: it reads back to that name.
	if (walk.seen.before) return lower === 'him' || lower === 'his' || lower === 'her';
	if (walk.seen.people > 0) return false;
	if (tokens.some((t) => has(t, 'Person') && isCapitalised(t))) return false;
	// "The Wikileaks founder always argued that his fear ...": the sentence's own subject, a
	// person named by a role, owns the pronoun; unless that role was written in as a name.
	const ownSubject =
		tokens[0]?.normal === 'the' &&
		!out.replace.has(0) &&
		tokens.slice(1, Math.min(i, 5)).some((t) => EPITHET_HEADS.has(t.normal) && !has(t, 'Verb'));
	if (ownSubject) return false;
	const sentence = walk.sentences[walk.index];
	const token = tokenAt(tokens, i);
	if (!sentence || (sentence.text.slice(0, token.start).match(/"/g) ?? []).length % 2 === 1)
		return false;
	if (namedAfterFrontedClause(tokens, i)) return false;
	const next = tokens[i + 1];
	// "her" as an owner only before the thing owned: "her lawyers", not "told her".
	const owner =
		lower === 'his' || (lower === 'her' && (has(next, 'Noun') || has(next, 'Adjective')));
	if (lower === 'her' && !owner) return false;
	const person = previousPerson(walk, lower === 'he' || lower === 'him' || lower === 'his');
	if (!person) return false;
	const name = person;
	// "Assange was jailed for breaching his bail": the person is already named before the
	// pronoun, by a surname compromise does not tag; "Assange's bail" would read doubled.
	const surname = surnameOf(name);
	const named = tokens.slice(0, i).some((t) => t.text.replace(/['’]s?$/, '') === surname);
	if (!named) out.replace.set(i, owner ? (/s$/.test(name) ? `${name}'` : `${name}'s`) : name);
	// Later pronouns of the sentence point to the name now written in it.
	walk.seen.people = 1;
	walk.seen.name = true;
	walk.seen.before = name;
	return true;
}

const COPULAS = new Set(
	'is was be been being seems seemed appears appeared remains remained means meant'.split(' ')
);
const TENSE_WORDS = new Set('has have had will would can could may might must'.split(' '));
const CLAUSE_OPENERS = new Set('that to whether if when how because for'.split(' '));

/** A word the document capitalises inside a sentence somewhere: a name, not "Officials". */
function writtenAsName(sentences: readonly AnalysedSentence[], normal: string): boolean {
	return sentences.some(({ tokens }) =>
		tokens.some((t, k) => k > 0 && t.normal === normal && isCapitalised(t) && !/^\W/.test(t.text))
	);
}

/**
 * "It was unscheduled", "It has ordered ten jets": a subject "it" that stands for something,
 * not the empty "it" of "It was the third time that ..." or "It is likely to ...".
 */
function referringIt(tokens: Walk['tokens']): boolean {
	let k = 1;
	while (has(tokens[k], 'Adverb') || TENSE_WORDS.has(tokens[k]?.normal ?? '')) k += 1;
	// "It already has 300 staff": the last "has" was the verb itself.
	if (!has(tokens[k], 'Verb')) return k > 1 && TENSE_WORDS.has(tokens[k - 1]?.normal ?? '');
	const verb = tokens[k] as Walk['tokens'][number];
	if (!COPULAS.has(verb.normal)) return true;
	while (COPULAS.has(tokens[k]?.normal ?? '') || has(tokens[k], 'Adverb')) k += 1;
	// After "is" or "was" only a plain description or a participle: "It is highly contagious",
	// "It has been producing ...", but not "It is likely that ..." or "It was decided to ...".
	const described = has(tokens[k], 'Adjective') || has(tokens[k], 'Verb');
	if (!described || has(tokens[k], 'Noun')) return false;
	return !CLAUSE_OPENERS.has(tokens[k + 1]?.normal ?? '');
}

/**
 * "Nordair said it would cut fares. It has ordered ten jets." -> "Nordair has ordered ...": a
 * sentence opening with "It" or "Its", outside a quotation, picks up the name (no person, no
 * place) the sentence before opens with as its subject, when that sentence itself calls the name
 * "it" or "its" -- the sign that the story keeps talking about it.
 */
function resolveNameFromBefore(walk: Walk, i: number, lower: string): boolean {
	const { tokens } = walk;
	if (i !== 0 || (lower !== 'it' && lower !== 'its') || /['’]/.test(tokenAt(tokens, 0).text))
		return false;
	if (lower === 'it' && !referringIt(tokens)) return false;
	const previous = walk.sentences[walk.index - 1];
	if (!previous || /^\W/.test(previous.text)) return false;
	const before = previous.tokens;
	// The story keeps talking about it: the sentence before calls it "it" too, or opens on a
	// name compromise knows as an organisation ("Boeing plans ... It is banking on ...").
	const keepsTalking =
		before.slice(1).some((t) => t.normal === 'it' || t.normal === 'its') ||
		(has(before[0], 'Organization') && !has(before[0], 'Person'));
	if (!keepsTalking) return false;
	// "The company said it would ...": the one firm the document calls "the company".
	const kind = before[0]?.normal === 'the' ? walk.kinds?.get(before[1]?.normal ?? '') : undefined;
	if (kind?.size === 1 && has(before[2], 'Verb')) return writeName(walk, i, [...kind][0] as string);
	let end = 0;
	while (end < before.length && end < 5) {
		const word = before[end];
		// A name, not "Officials said it ...": every word a proper noun or an acronym.
		const proper =
			has(word, 'ProperNoun') ||
			writtenAsName(walk.sentences, word?.normal ?? '') ||
			has(word, 'Organization') ||
			/^[A-Z]{2,}$/.test(word?.text ?? '');
		if (!isCapitalised(word) || !proper || has(word, 'Pronoun') || has(word, 'Determiner')) break;
		if (['Person', 'Place', 'Date', 'Month', 'Value'].some((tag) => has(word, tag))) return false;
		end += 1;
		if (/\S/.test(word?.post ?? '')) break;
	}
	const last = before[end - 1];
	if (end === 0 || /\S/.test(last?.post ?? '') || !has(before[end], 'Verb')) return false;
	const name = before
		.slice(0, end)
		.map((t) => t.text)
		.join(' ');
	return writeName(walk, i, name);
}

/** Writes the name in for the opening "It" or "Its". */
function writeName(walk: Walk, i: number, name: string): boolean {
	const own = walk.tokens[i]?.normal === 'its';
	walk.out.replace.set(i, own ? (/s$/.test(name) ? `${name}'` : `${name}'s`) : name);
	walk.seen.name = true;
	return true;
}

/** Last words of a company, club or outlet that compromise may tag as a person. */
const NOT_A_SURNAME =
	/^(?:Sports|News|United|City|Town|Rovers|Athletic|Group|Holdings|Inc|Ltd|Corp|Company|Times|Post|Press|Party|Council|Bank|Airlines|Airways|Motors|Media|Studios|Records|Foundation|Institute|University|College|Club|FC|Network|Channel|Radio|TV)$/;

/** The one person the nearest earlier sentence naming anyone names, as fully as it does. */
/** Titles written before a surname: "Mr. Brady", "Sir Keir". */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame)$/;

function previousPerson(walk: Walk, male: boolean): string | undefined {
	for (let j = walk.index - 1; j >= Math.max(0, walk.index - 2); j -= 1) {
		const tokens = walk.sentences[j]?.tokens ?? [];
		const text = walk.sentences[j]?.text ?? '';
		// "He suggested Lord Falconer had ...": that sentence's own "he" is the one meant, and
		// who that is lies further back.
		if (/^(?:he|she)$/.test(tokens[0]?.normal ?? '')) continue;
		const names = new Map<string, string>();
		let gender: 'male' | 'female' | undefined;
		let firstAt = -1;
		for (let k = 0; k < tokens.length; k += 1) {
			const first = tokens[k];
			if (!has(first, 'Person') || !isCapitalised(first) || has(tokens[k - 1], 'Person')) continue;
			// Someone named inside a quotation is spoken of, not the one who goes on speaking.
			if (((text.slice(0, first?.start ?? 0).match(/["“”]/g) ?? []).length & 1) === 1) continue;
			if (firstAt < 0) firstAt = k;
			// "Mr Ferguson", "Lady Morgan": a title says which "he" or "she" it can be.
			const title = tokens[k - 1]?.normal ?? '';
			if (/^(?:mr|sir|lord)$/.test(title)) gender = 'male';
			if (/^(?:mrs|ms|miss|lady|dame)$/.test(title)) gender = 'female';
			let end = k;
			// "Mr. Brady": the title's full stop does not end the name, and the name after it is one.
			const titled = (at: number) => HONORIFIC.test(tokens[at]?.normal ?? '');
			while (
				(has(tokens[end + 1], 'Person') || titled(end)) &&
				isCapitalised(tokens[end + 1]) &&
				(!/[,;:.]/.test(tokens[end]?.post ?? '') || titled(end))
			)
				end += 1;
			// "Julian Assange's": a surname compromise does not know goes on from a first name.
			const unknownSurname = tokens[end + 1];
			if (
				has(tokens[end], 'FirstName') &&
				isCapitalised(unknownSurname) &&
				has(unknownSurname, 'ProperNoun') &&
				!['Place', 'Organization', 'Date'].some((tag) => has(unknownSurname, tag)) &&
				!/\S/.test(tokens[end]?.post ?? '')
			)
				end += 1;
			// "Finance Minister Ann Lee": the name without its title.
			while (k < end && TITLE_WORDS.has(tokens[k]?.normal ?? '')) k += 1;
			const words = tokens
				.slice(k, end + 1)
				.map((t) =>
					HONORIFIC.test(t.normal) && /^\./.test(t.post)
						? `${t.text}.`
						: t.text.replace(/['’]s?$/, '')
				);
			const surname = words[words.length - 1] as string;
			// "Sky Sports", "Manchester United": compromise's person, the article's firm or club.
			if (NOT_A_SURNAME.test(surname) || TITLE_WORDS.has(surname.toLowerCase())) continue;
			const form = words.join(' ');
			if ((names.get(surname)?.length ?? 0) < form.length) names.set(surname, form);
			if (has(first, 'MaleName')) gender = 'male';
			if (has(first, 'FemaleName')) gender = 'female';
		}
		if (names.size === 0) {
			// "Assange, who ..." or "The 48-year-old Australian was ...": the story's own person,
			// named by a surname compromise does not know or by an epithet, opens the sentence.
			const topic = walk.kinds?.get(TOPIC_PERSON);
			const [person] = topic ?? [];
			const opens =
				(tokens[0]?.text.replace(/['’]s?$/, '') === person && isCapitalised(tokens[0])) ||
				(tokens[0]?.normal === 'the' && isEpithet(tokens, 1));
			if (person && opens) return person;
			continue;
		}
		if (names.size > 1 || (gender && (gender === 'male') !== male)) return undefined;
		// "Kenji threw his support behind Kuczynski": the one tagged a person is the object; the
		// subject, a name compromise does not know, is as likely the one meant.
		const verb = tokens.findIndex((t) => has(t, 'Verb') && !has(t, 'Gerund'));
		const untaggedSubject = tokens
			.slice(1, Math.max(1, verb))
			.some((t) => isCapitalised(t) && !has(t, 'Person') && has(t, 'ProperNoun'));
		if (verb >= 0 && firstAt > verb && untaggedSubject) return undefined;
		return [...names.values()][0];
	}
	return undefined;
}

/** Names, nouns and genders seen so far, for the pronouns that follow. */
function noteMentions(walk: Walk, i: number): void {
	const token = tokenAt(walk.tokens, i);
	const { seen } = walk;
	// Gender from compromise's first-name lists; without it, "she" stays unresolved.
	if (has(token, 'MaleName') && isCapitalised(token)) seen.male = true;
	// A run of capitalised words tagged as a person counts once ("Laxman Narasimhan"), through a
	// particle ("Abu Bakr al-Baghdadi"); "Bashar al-Assad", untagged first name, counts once too.
	const previous = walk.tokens[i - 1];
	const continues =
		has(previous, 'Person') &&
		(isCapitalised(previous) ||
			(NAME_PARTICLES.has(previous?.normal ?? '') &&
				has(walk.tokens[i - 2], 'Person') &&
				isCapitalised(walk.tokens[i - 2])));
	if (has(token, 'Person') && isCapitalised(token) && !continues) {
		seen.people += 1;
		seen.personAt = i;
	}
	if (has(token, 'FemaleName') && isCapitalised(token)) seen.female = true;
	if (has(token, 'Noun') && !has(token, 'Pronoun')) seen.noun = true;
	if (isCapitalised(token) && i > 0 && (has(token, 'ProperNoun') || has(token, 'Noun')))
		seen.name = true;
	if (i === 0 && has(token, 'ProperNoun')) seen.name = true;
}

const EPITHET_HEADS = new Set(
	(
		'boss manager coach player striker forward midfielder defender goalkeeper keeper captain ' +
		'star veteran president leader minister actor actress singer rapper driver rider man woman ' +
		'teenager youngster founder executive chief'
	).split(' ')
);

function isEpithet(tokens: Walk['tokens'], at: number): boolean {
	const first = tokens[at];
	if (!first) return false;
	const head = tokens[at + 1];
	// "48-year-old" comes as one token or as "48", "year", "old".
	if (/^\d+-year-old$/.test(first.normal)) return true;
	if (/^\d+$/.test(first.normal) && head?.normal === 'year' && tokens[at + 2]?.normal === 'old')
		return true;
	if (!has(first, 'Demonym')) return false;
	// "the Argentine was linked ...": a demonym standing alone; "the Portuguese boss".
	return !head || has(head, 'Verb') || EPITHET_HEADS.has(head.normal);
}

/** Heads that stand for an organisation named elsewhere: "the company", "the agency". */
const ORGANISATION_HEADS = new Set('company firm team group agency bank club'.split(' '));

/** A name earlier in the sentence that is no person, date or opening word: "of Orbitel". */
function organisationBefore(tokens: Walk['tokens'], at: number): boolean {
	return tokens
		.slice(0, at)
		.some(
			(t, k) =>
				isCapitalised(t) &&
				(k > 0 || has(t, 'Organization')) &&
				!has(t, 'Person') &&
				!has(t, 'Date') &&
				!has(t, 'Month') &&
				!has(t, 'Pronoun')
		);
}

/** "the project", "the strike", "both countries": pointing back, or just vague. */
function markAnaphoricNounPhrase(walk: Walk, i: number): void {
	const { tokens, out } = walk;
	const word = tokenAt(tokens, i).normal;
	const next = tokens[i + 1];
	if (!next) return;
	if (
		word === 'the' &&
		ANAPHORIC_HEADS.has(next.normal) &&
		!out.replace.has(i) &&
		!/^(?:of|between|on|against|to|for|that|which)$/.test(tokens[i + 2]?.normal ?? '')
	) {
		// "the project", "the decision": points back to something only the article names. A
		// cloze may keep it when its sentence names what it stands for ("Dana Reyes, chief
		// executive of Orbitel, said the company ..."), not after a person alone ("Reyes said
		// the company ...").
		out.unresolved.add(i);
		if (!ORGANISATION_HEADS.has(next.normal) || organisationBefore(tokens, i)) out.local.add(i);
	} else if (
		word === 'the' &&
		VAGUE_HEADS.has(next.normal) &&
		!/^(?:of|between|in|on|against)$/.test(tokens[i + 2]?.normal ?? '')
	) {
		out.vague.add(i);
	}
	// "the Portuguese boss", "the 48-year-old", "the Argentine": a news story's second name for
	// someone it named before.
	if (word === 'the' && isEpithet(tokens, i + 1) && !out.replace.has(i)) {
		out.unresolved.add(i);
		out.local.add(i);
	}
	if (
		/^(?:both|either|neither)$/.test(word) &&
		/^(?:nations|countries|sides|nation|country|side)$/.test(next.normal)
	) {
		out.vague.add(i);
	}
}

const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'near', 'against']);

/**
 * "the strike" after "Russian forces launched a significant drone assault on Kharkiv": the event
 * the sentence before named with its place, written in as "the drone strike on Kharkiv". Only the
 * nearest such event in the two sentences before, with a name after its preposition; only
 * nouns of its description go along ("significant" is the writer's).
 */
function resolveEventAnaphor(walk: Walk, i: number): void {
	const { tokens, out } = walk;
	const head = tokens[i + 1];
	if (tokenAt(tokens, i).normal !== 'the' || !head || /[,;:]/.test(tokenAt(tokens, i).post)) return;
	const group = EVENT_GROUPS.find((g) => g.includes(head.normal));
	if (
		!group ||
		PLACE_PREPOSITIONS.has(tokens[i + 2]?.normal ?? '') ||
		tokens[i + 2]?.normal === 'of'
	)
		return;
	for (let s = walk.index - 1; s >= Math.max(0, walk.index - 2); s -= 1) {
		const { tokens: before, text } = walk.sentences[s] as AnalysedSentence;
		for (let k = before.length - 2; k > 0; k -= 1) {
			if (!group.includes(tokenAt(before, k).normal)) continue;
			const preposition = tokenAt(before, k + 1);
			if (!PLACE_PREPOSITIONS.has(preposition.normal) || /[,;:]/.test(tokenAt(before, k).post))
				return;
			let end = k + 2;
			if (before[end]?.normal === 'the') end += 1;
			const nameStart = end;
			while (end < before.length && isCapitalised(before[end]) && end - nameStart < 4) {
				end += 1;
				if (/[,;:.()]/.test(before[end - 1]?.post ?? '')) break;
			}
			if (end === nameStart) return;
			let from = k;
			while (
				from > 0 &&
				has(before[from - 1], 'Noun') &&
				!has(before[from - 1], 'Adjective') &&
				!has(before[from - 1], 'Pronoun') &&
				!isCapitalised(before[from - 1]) &&
				!/[,;:]/.test(before[from - 2]?.post ?? '')
			)
				from -= 1;
			const modifiers =
				from < k ? `${text.slice(tokenAt(before, from).start, tokenAt(before, k - 1).end)} ` : '';
			const place = text.slice(tokenAt(before, k + 1).start, tokenAt(before, end - 1).end);
			const written = `the ${modifiers}${head.text} ${place.replace(/[,;:.]+$/, '')}`;
			out.replace.set(i, i === 0 ? written.charAt(0).toUpperCase() + written.slice(1) : written);
			out.replace.set(i + 1, '');
			return;
		}
	}
}

/** Words before a time that make it an argument, not an adverb: "since last week". */
const TIME_ARGUMENT =
	/^(?:since|until|till|by|from|of|before|after|for|than|to|in|during|through|and|or|between)$/;
const PASSING_SPEECH = /^(?:said|says|told|tells|announced|announces|added|confirmed|reported)$/;

/** How many tokens of a passing time start at i ("last month", "earlier this week"), or 0. */
function passingTimeSpan(tokens: Walk['tokens'], i: number): number {
	const word = tokens[i]?.normal ?? '';
	const next = tokens[i + 1]?.normal ?? '';
	if (/^(?:yesterday|tonight|today|tomorrow|recently|lately)$/.test(word)) return 1;
	// "exploded in Alexandria early today": the part of the day goes with the day.
	if (/^(?:early|late)$/.test(word) && /^(?:yesterday|tonight|today|tomorrow)$/.test(next))
		return 2;
	// "a series of suspensions in recent months": as "recently".
	if (
		word === 'in' &&
		next === 'recent' &&
		/^(?:days|weeks|months)$/.test(tokens[i + 2]?.normal ?? '')
	)
		return 3;
	// "earlier this week" is read whole from "earlier".
	const earlier = /^(?:earlier|later)$/.test(tokens[i - 1]?.normal ?? '');
	if (/^(?:last|this|next)$/.test(word) && /^(?:night|week|weekend|month)$/.test(next) && !earlier)
		return 2;
	if (
		/^(?:earlier|later)$/.test(word) &&
		next === 'this' &&
		/^(?:week|month|year)$/.test(tokens[i + 2]?.normal ?? '')
	)
		return 3;
	return 0;
}

/**
 * "was sacked last night after ...", "said yesterday", "plunged 10 percent last month", "is to
 * visit Thailand this week": when an event happened, said of a day the reader cannot date.
 * Only an adverb of time, after a verb's object or a verb without one ("spent last night" keeps
 * its object); never "this season" or "this year", which scope a count. Rewrites leave it out
 * (as "on Friday"); a cloze shows it as written. Returns the span marked, or 0.
 */
function dropPassingTime(walk: Walk, i: number): number {
	const { tokens, out } = walk;
	const span = passingTimeSpan(tokens, i);
	if (!span) return 0;
	const before = tokens[i - 1];
	const after = tokens[i + span];
	// "Earlier this year, Apollo Go suffered ...", "Recently, the council ...": a fronted time
	// set off by its comma comes out whole.
	const fronted = i === 0 && /,/.test(tokens[span - 1]?.post ?? '');
	if (fronted) return markDropped(out, i, span);
	if (!before || TIME_ARGUMENT.test(before.normal) || /[,;:(]/.test(before.post)) return 0;
	if (timeOfAside(tokens, i, i + span)) return 0;
	if (/['’]/.test(tokens[i + span - 1]?.text ?? '') || has(before, 'Determiner')) return 0;
	// "Just recently,", "the recently opened bridge": part of a phrase, not an adverb alone.
	if (has(before, 'Adverb') || has(before, 'Adjective')) return 0;
	// "spent last night in jail", "spent yesterday at home": an object; "earlier this month"
	// and "recently" never are.
	// "inflamed this weekend by President Trump": a passive's time, before its "by".
	const neverObject =
		span === 3 ||
		/^(?:recently|lately)$/.test(tokens[i]?.normal ?? '') ||
		(after?.normal === 'by' && has(before, 'PastTense'));
	if (
		!neverObject &&
		has(before, 'Verb') &&
		!has(before, 'Auxiliary') &&
		!PASSING_SPEECH.test(before.normal) &&
		!(has(before, 'PastTense') && AUX_WORDS.has(tokens[i - 2]?.normal ?? ''))
	) {
		return 0;
	}
	if (after && !/^(?:[,.;:!?]|$)/.test(tokens[i + span - 1]?.post.trim() ?? '')) {
		// The clause goes on: only into a conjunction, a preposition or a new clause.
		if (!has(after, 'Preposition') && !has(after, 'Conjunction') && after.normal !== 'that')
			return 0;
	}
	return markDropped(out, i, span);
}

/**
 * "the offer, announced on Friday, was ...": the time closes an aside of a verb set off by
 * commas. Cut away, the aside would read ", announced,": it stays as written.
 */
function timeOfAside(tokens: Walk['tokens'], from: number, to: number): boolean {
	return (
		has(tokens[from - 1], 'Verb') &&
		/[,(]/.test(tokens[from - 2]?.post ?? '') &&
		/[,)]/.test(tokens[to - 1]?.post ?? '')
	);
}

function markDropped(out: Referents, i: number, span: number): number {
	const dropped = (out.dropped ??= new Set());
	for (let k = i; k < i + span; k += 1) {
		out.replace.set(k, '');
		dropped.add(k);
	}
	return span;
}

export function resolveReferents(
	sentences: readonly AnalysedSentence[],
	index: number,
	documentYear: number | undefined,
	kinds?: DocumentKinds
): Referents {
	const walk: Walk = {
		sentences,
		index,
		documentYear,
		kinds,
		tokens: (sentences[index] as AnalysedSentence).tokens,
		out: {
			replace: new Map(),
			unresolved: new Set(),
			vague: new Set(),
			firstPerson: new Set(),
			local: new Set()
		},
		seen: { name: false, noun: false, male: false, female: false, people: 0 }
	};
	for (let i = 0; i < walk.tokens.length; i += 1) {
		const passing = dropPassingTime(walk, i);
		if (passing) {
			i += passing - 1;
			continue;
		}
		if (resolveDemonstrativePhrase(walk, i)) continue;
		resolveKindNoun(walk, i, kinds);
		resolveEpithet(walk, i, kinds);
		if (!walk.out.replace.has(i)) resolveDefiniteDescription(walk, i);
		if (!walk.out.replace.has(i)) resolveEventAnaphor(walk, i);
		if (resolveRelativeYear(walk, i)) continue;
		markEarlierAnchors(walk, i);
		markPronoun(walk, i);
		noteMentions(walk, i);
		markAnaphoricNounPhrase(walk, i);
	}
	return walk.out;
}

/**
 * Kinds of organisation a news story names once and then calls "the <kind>". Not "party": a
 * party's name often lacks the word ("United Russia"), so the one "... Party" named is no guide.
 */
const ORG_KINDS = new Set(
	(
		'company firm airline carrier union club team agency manufacturer retailer chain ' +
		'broadcaster newspaper charity bank insurer automaker carmaker plane-maker ' +
		'planemaker developer publisher studio startup regulator watchdog organisation organization ' +
		// Things a story names once and then calls by their kind: "the rover Tenacity ... the rover".
		'rover spacecraft probe telescope satellite rocket vessel ship car vehicle drug vaccine ' +
		'fungus virus bacterium app platform console device film movie album novel ' +
		// Events a story names once: "Expo, the trade fair ..." ... "the fair".
		'fair festival exhibition expo conference'
	).split(' ')
);

/** What the document calls its organisations: kind noun -> the names it is used for. */
export type DocumentKinds = Map<string, Set<string>>;

/** The key under which documentKinds keeps the person a story is about. */
export const TOPIC_PERSON = ' person';

/** Where the run of capitalised words ending at `last` starts (no determiner, no punctuation). */
function capitalisedRunStart(tokens: AnalysedSentence['tokens'], last: number): number {
	let k = last;
	while (
		k > 0 &&
		isCapitalised(tokens[k - 1]) &&
		!has(tokens[k - 1], 'Determiner') &&
		!/[,;:.]/.test(tokens[k - 1]?.post ?? '')
	)
		k -= 1;
	return k;
}

/** The run of capitalised words that ends at `last` ("Starbucks Workers United"). */
function nameEndingAt(tokens: AnalysedSentence['tokens'], last: number): string | undefined {
	const k = capitalisedRunStart(tokens, last);
	const words = tokens.slice(k, last + 1);
	if (!words.every((t) => isCapitalised(t) && !has(t, 'Person') && !has(t, 'Pronoun'))) return;
	if (words.some((t) => has(t, 'Place') || has(t, 'Date') || has(t, 'Month'))) return;
	// "Instead, the company ...": a sentence's opening adverb is capitalised, not a name.
	if (k === 0 && !has(tokens[0], 'Noun')) return;
	return words.map((t) => t.text.replace(/'s?$/, '')).join(' ');
}

/** The run of capitalised words that starts at `first` ("Emirates Airline"). */
function nameStartingAt(tokens: AnalysedSentence['tokens'], first: number): string | undefined {
	let k = first;
	while (
		isCapitalised(tokens[k]) &&
		!has(tokens[k], 'Determiner') &&
		(k === first || !/[,;:.]/.test(tokens[k - 1]?.post ?? ''))
	)
		k += 1;
	if (k === first) return undefined;
	return nameEndingAt(tokens, k - 1);
}

function addKind(kinds: DocumentKinds, kind: string, name: string | undefined): void {
	if (!name || name.length < 2) return;
	const names = kinds.get(kind) ?? new Set<string>();
	names.add(name);
	kinds.set(kind, names);
}

/**
 * The document's names for its organisations, from "Starbucks Workers United, the union ...",
 * "plane-maker Boeing" and, for "the company", the one organisation its title names.
 */
export function documentKinds(
	sentences: readonly AnalysedSentence[],
	title: string | undefined,
	people?: ReadonlyMap<string, string>
): DocumentKinds {
	const kinds: DocumentKinds = new Map();
	for (const { tokens } of sentences) {
		tokens.forEach((token, i) => {
			if (!ORG_KINDS.has(token.normal) || isCapitalised(token)) return;
			// "plane-maker Boeing", "the coffee chain Starbucks".
			if (isCapitalised(tokens[i + 1]) && !/[,;:.]/.test(token.post))
				addKind(kinds, token.normal, nameStartingAt(tokens, i + 1));
			// "Starbucks Workers United, the union organizing ...": up to two modifiers between.
			for (let k = i - 1; k >= Math.max(1, i - 3); k -= 1) {
				const word = tokens[k] as AnalysedSentence['tokens'][number];
				if (/^(?:the|a|an)$/.test(word.normal)) {
					if (/,/.test(tokens[k - 1]?.post ?? ''))
						addKind(kinds, token.normal, nameEndingAt(tokens, k - 1));
					break;
				}
				if (!(has(word, 'Adjective') || has(word, 'Noun')) || /[,;:]/.test(word.post)) break;
			}
		});
	}
	// "the company" in a story whose title names one organisation, and nothing else called one.
	if (title && !kinds.has('company') && !kinds.has('firm')) {
		const counts = new Map<string, number>();
		const organisations = new Set<string>();
		const withThe = new Set<string>();
		for (const { tokens } of sentences) {
			tokens.forEach((token, i) => {
				if (!isCapitalised(token) || (i > 0 && isCapitalised(tokens[i - 1]))) return;
				if (has(token, 'Determiner') || has(token, 'Pronoun')) return;
				const name = nameStartingAt(tokens, i);
				if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
				// "the Taliban", "the Senate": a body written with "the" is not a company.
				if (name && tokens[i - 1]?.normal === 'the') withThe.add(name);
				if (name && has(token, 'Organization')) organisations.add(name);
			});
		}
		const titleWords = new Set(title.split(/[^\p{L}\p{N}'-]+/u));
		const named = [...counts]
			.filter(
				([name, count]) =>
					count >= 3 &&
					organisations.has(name) &&
					!withThe.has(name) &&
					name.split(' ').every((word) => titleWords.has(word))
			)
			.map(([name]) => name);
		// With no name tagged as an organisation, the name a headline starts with ("Blue Origin
		// blames ...") if it is no person.
		const lead =
			named.length === 0
				? [...counts].find(
						([name, count]) =>
							count >= 3 &&
							title.startsWith(`${name} `) &&
							!withThe.has(name) &&
							!people?.has(name) &&
							!name.split(' ').some((word) => people?.has(word))
					)?.[0]
				: undefined;
		// "Emirates inks order for Boeing jets": the headline's own subject may be the company.
		const headline = [...counts].find(
			([name, count]) => count >= 3 && title.startsWith(`${name} `)
		)?.[0];
		const organisation =
			named.length === 1 && (!headline || headline === named[0]) ? named[0] : lead;
		if (organisation) {
			addKind(kinds, 'company', organisation);
			addKind(kinds, 'firm', organisation);
		}
	}
	const person = people ? topicPerson(sentences, people) : undefined;
	if (person) kinds.set(TOPIC_PERSON, new Set([person]));
	return kinds;
}

/**
 * The person a story is about: named (by surname) at least four times and at least twice as
 * often as anyone else. "The 48-year-old" and "the Australian" are that person's second names.
 */
function topicPerson(
	sentences: readonly AnalysedSentence[],
	people: ReadonlyMap<string, string>
): string | undefined {
	const counts = new Map<string, number>();
	for (const { tokens } of sentences) {
		for (const token of tokens) {
			const surname = token.text.replace(/['’]s?$/, '');
			if (!isCapitalised(token) || surname.includes(' ') || !people.has(surname)) continue;
			if (people.get(surname) === surname) continue;
			counts.set(surname, (counts.get(surname) ?? 0) + 1);
		}
	}
	const ranked = [...counts].sort((a, b) => b[1] - a[1]);
	const [top, next] = ranked;
	if (!top || top[1] < 4 || (next && next[1] * 2 > top[1])) return undefined;
	return top[0];
}

/** "The 48-year-old Australian was evicted" -> "Assange was evicted" in a story about Assange. */
/**
 * "Mourinho met the board. The Portuguese boss had been out of work ...": with no one person the
 * story is about, an epithet that opens a sentence naming nobody is the one person the nearest
 * earlier sentence names.
 */
function epithetFromBefore(walk: Walk, i: number): Set<string> | undefined {
	if (i > 1 || walk.tokens.some((t) => has(t, 'Person') && isCapitalised(t))) return undefined;
	const name = previousPerson(walk, true) ?? previousPerson(walk, false);
	return name ? new Set([name]) : undefined;
}

function resolveEpithet(walk: Walk, i: number, kinds: DocumentKinds | undefined): void {
	const { tokens, out } = walk;
	if (tokens[i]?.normal !== 'the' || !isEpithet(tokens, i + 1)) return;
	const person = kinds?.get(TOPIC_PERSON) ?? epithetFromBefore(walk, i);
	if (!person) return;
	let end = i + 1;
	if (/^\d+-year-old$/.test(tokens[end]?.normal ?? '')) end += 1;
	else if (/^\d+$/.test(tokens[end]?.normal ?? '') && tokens[end + 1]?.normal === 'year') end += 3;
	if (has(tokens[end], 'Demonym')) end += 1;
	if (EPITHET_HEADS.has(tokens[end]?.normal ?? '')) end += 1;
	// "the 48-year-old's lawyers" or "the Australian boss of ...": leave those alone.
	const next = tokens[end];
	if (next && (next.normal === 'of' || has(next, 'Noun')) && !has(next, 'Verb')) return;
	const name = [...person][0] as string;
	out.replace.set(i, name);
	for (let k = i + 1; k < end; k += 1) out.replace.set(k, '');
}

/**
 * Names of organisations the document gives a kind noun ("plane-maker Boeing"), with that
 * noun: the fact is asked "Which plane-maker ...?". A description right before the name that
 * ends in the noun ("Dubai's flagship carrier Emirates Airline") goes with it.
 */
export function nameKinds(
	facts: readonly Fact[],
	sentences: readonly AnalysedSentence[],
	kinds: DocumentKinds
): void {
	const nounOf = new Map<string, string | null>();
	for (const [noun, names] of kinds) {
		if (noun === TOPIC_PERSON || noun === 'company' || noun === 'firm') continue;
		for (const name of names) nounOf.set(name, nounOf.has(name) ? null : noun);
	}
	for (const fact of facts) {
		if (!(fact.kind === 'org' || (fact.kind === 'term' && fact.subtype === 'name'))) continue;
		if (fact.possessive || fact.modifier) continue;
		const noun = nounOf.get(fact.answer);
		if (!noun) continue;
		fact.noun = noun;
		const tokens = sentences[fact.sentence]?.tokens ?? [];
		if (tokens[fact.from - 1]?.normal !== noun) continue;
		let k = fact.from - 1;
		while (
			k > 0 &&
			!/[,;:]/.test(tokens[k - 1]?.post ?? '') &&
			(has(tokens[k - 1], 'Adjective') ||
				has(tokens[k - 1], 'Possessive') ||
				/['’]s$/.test(tokens[k - 1]?.text ?? '') ||
				(has(tokens[k - 1], 'Noun') && !has(tokens[k - 1], 'Pronoun')))
		)
			k -= 1;
		if (/^(?:the|a|an)$/.test(tokens[k - 1]?.normal ?? '')) k -= 1;
		fact.nounFrom = k;
	}
}

/**
 * "the river" -> "the Mississippi River", "the court" -> "the Supreme Court": a name that ends in
 * the noun it was called by, of a kind whose names take "the", keeps its article; "the county"
 * -> "Harlow County" and "the airline" -> "Emirates" do not.
 */
function endsInNoun(name: string, noun: string): boolean {
	return THE_NAMES.has(noun) && name.split(' ').pop()?.toLowerCase() === noun;
}

/** Nouns whose names take "the" ("the Tane River", "the Labour Party"); not "Harlow County". */
const THE_NAMES = new Set(
	(
		'river sea ocean gulf bay strait canal channel court party department ministry commission ' +
		'committee agency house senate assembly parliament union service office board authority ' +
		'institute foundation museum bridge dam tunnel mountains islands alliance organization ' +
		'organisation fund army navy force reserve bureau council'
	).split(' ')
);

/** "the airline" -> "Emirates" when the document calls one organisation so. */
function resolveKindNoun(walk: Walk, i: number, kinds: DocumentKinds | undefined): void {
	const { tokens, out } = walk;
	const head = tokens[i + 1];
	if (!kinds || tokens[i]?.normal !== 'the' || !head) return;
	const key = head.normal.replace(/['’]s?$/, '');
	const names = kinds.get(key);
	if (!names || names.size !== 1) return;
	// "Starbucks Workers United, the union organizing ...": the apposition that names it.
	if (/,/.test(tokens[i - 1]?.post ?? '')) return;
	// "the company's chief", "the union organizing ...": fine; "the company of", "the team
	// leader" are other things.
	const next = tokens[i + 2];
	if (next && (next.normal === 'of' || (has(next, 'Noun') && !/['’]s?$/.test(head.text)))) return;
	const bare = [...names][0] as string;
	const article = endsInNoun(bare, key) ? (i === 0 ? 'The ' : 'the ') : '';
	const name = `${article}${bare}`;
	const possessive = /['’]s?$/.test(head.text) || has(head, 'Possessive');
	out.replace.set(i, possessive ? (/s$/.test(name) ? `${name}'` : `${name}'s`) : name);
	out.replace.set(i + 1, '');
}
