// Flashcards: a person -> role and what they did; a term -> its meaning; a list or a cause
// -> the question that asks for it. A year gets none: "What happened in 1988?" names nothing.
import type { Fact } from '../facts/types';
import type { Token } from '../tokens';
import { asStatement, capitalise, renderPieces } from '../render';
import { lowerFirst, whQuestion } from '../wh';
import { TITLE_WORDS } from '../words';
import { factKey, type BuildContext, type Candidate } from './candidate';
import { whTarget } from './targets';

function card(fact: Fact, prompt: string, answer: string, score: number): Candidate {
	return {
		type: 'flashcard',
		prompt,
		answer,
		sourceSentence: fact.sentence,
		difficulty: 2,
		tags: [fact.kind],
		score,
		factKey: factKey(fact)
	};
}

const TITLE_ABBREVIATIONS: Record<string, string> = {
	Sen: 'Senator',
	Rep: 'Representative',
	Gov: 'Governor',
	Gen: 'General',
	Lt: 'Lieutenant',
	Col: 'Colonel',
	Capt: 'Captain',
	Sgt: 'Sergeant',
	Supt: 'Superintendent',
	Insp: 'Inspector'
};

/** "South Carolina Sen." -> "South Carolina Senator": a card back in words, not abbreviations. */
function expandTitles(role: string): string {
	return role.replace(
		/\b(Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Supt|Insp)\b\.?/g,
		(_, abbreviation: string) => TITLE_ABBREVIATIONS[abbreviation] ?? abbreviation
	);
}

/** Words of a title that say what someone does, never where: "Chief of Police", "Deputy Head". */
const GENERIC_ROLE_WORDS = new Set(
	(
		'executive police prime former deputy head vice senior assistant acting interim managing ' +
		'general operating financial technology information the of and ' +
		// Portfolios: "Foreign Secretary", "Secretary of State", "Finance Minister" of what country?
		'foreign home state interior finance defence defense justice health education trade ' +
		'transport environment energy treasury economy culture ' +
		// "Union leader", "Opposition leader", "Party chairman": of which one?
		'union opposition party team club company group committee council board city county ' +
		'regional local national'
	).split(' ')
);

/**
 * "Chief executive", "Chief of Police": a role that does not say of what. A card back needs a
 * word that places it: "Afghan President", "Oklahoma Senator", "chief executive of Orbitel".
 */
function unplacedRole(role: string): boolean {
	return !role
		.split(/[\s-]+/)
		.some(
			(word) =>
				/^[A-Z]/.test(word) &&
				!TITLE_WORDS.has(word.toLowerCase()) &&
				!GENERIC_ROLE_WORDS.has(word.toLowerCase())
		);
}

/** Titles only a company gives: said of the story's one company when no other is named. */
const CORPORATE_ROLE =
	/^(?:(?:former|then|interim|acting|outgoing|incoming|longtime|founding) )?(?:CEO|chief executive(?: officer)?|chairman|chairwoman|chief financial officer|CFO|founder|co-founder)$/i;

/** Capitalised words, with the particles names carry ("Ursula von der Leyen"). */
const PERSON_NAME =
	/^[A-Z][\p{L}'.-]*(?: (?:[A-Z][\p{L}'.-]*|de|del|della|der|den|di|da|do|dos|du|la|le|van|von|bin|ibn|al|el|y))+$/u;

function personCard(fact: Fact, build: BuildContext): Candidate | null {
	if (!fact.role || fact.answer.split(' ').length < 2) return null;
	// "Who is Jill Soltau said bankruptcy?": a name the tagger ran on into the words after it.
	if (!PERSON_NAME.test(fact.answer)) return null;
	let role = expandTitles(fact.role.replace(/^the\s+/i, ''));
	// "Former CEO" in a story about one company: the CEO of that company.
	if (unplacedRole(role) && build.company && CORPORATE_ROLE.test(role))
		role = `${role} of ${build.company}`;
	if (unplacedRole(role)) return null;
	const ctx = build.contexts[fact.sentence];
	if (!ctx) return null;
	let back = capitalise(role);
	const { clause } = ctx;
	if (clause && clause.subjectEnd === fact.to && clause.verb >= 0) {
		const predicate = renderPieces(ctx.sentence.tokens, ctx.referents, [
			{ from: clause.apposition?.to ?? clause.subjectEnd, to: clause.end }
		]);
		// "Leaders including President Xi Jinping have urged ...": a plural verb was the group's.
		const plural = /^(?:have|are|were)\b/.test(predicate?.text ?? '');
		if (
			predicate &&
			!plural &&
			predicate.text.split(' ').length <= 20 &&
			!predicate.text.includes('"')
		) {
			back += ` who ${predicate.text}`;
		}
	}
	// A bare title ("Premier") says too little to be worth a card.
	if (!back.includes(' ')) return null;
	return card(fact, `Who is ${fact.answer}?`, asStatement(back), fact.weight);
}

function definitionCard(fact: Fact, build: BuildContext): Candidate | null {
	const ctx = build.contexts[fact.sentence];
	const clause = ctx?.clause;
	if (!ctx || !clause) return null;
	const subject = renderPieces(ctx.sentence.tokens, ctx.referents, [
		{ from: clause.subjectStart, to: clause.subjectEnd }
	]);
	const copula = ctx.sentence.tokens[clause.aux];
	if (!subject || !copula) return null;
	const term = lowerFirst(ctx, clause.subjectStart, subject.text);
	const verb =
		copula.normal === 'are' || copula.normal === 'were'
			? copula.normal
			: copula.normal === 'was'
				? 'was'
				: 'is';
	// "Jimmy Connors is a straight-talker": a name the document knows as a person's, even where
	// the tagger did not read this mention as one.
	// "Mr. Pascrell's victory" names a person but is a thing: "What", or no card.
	const owned = /['’]s? [a-z]/.test(subject.text);
	const person =
		!owned &&
		(ctx.sentence.tokens
			.slice(clause.subjectStart, clause.subjectEnd)
			.some((t) => t.tags.has('Person')) ||
			build.facts.some((f) => f.kind === 'person' && f.answer === subject.text));
	// "What is France? -> The second country to introduce a ban": a description that picks a
	// thing out is not what it is. A card defines: "A chronic condition ...", "An agency of ...".
	// (A person's role may be "the": "Who is Mark Olsen? -> The regional secretary of ...".)
	if (!person && !/^(?:an?|one) /i.test(fact.answer)) return null;
	return card(
		fact,
		`${person ? 'Who' : 'What'} ${verb} ${term}?`,
		asStatement(fact.answer),
		fact.weight
	);
}

/** Kinds of fact whose "What ...?" card names no kind of answer: anything could fit. */
const BARE_WHAT_KINDS = new Set<Fact['kind']>(['object', 'agent', 'source']);
const MIN_BARE_WHAT_WORDS = 5;

/** Words that may follow a thing done or made without continuing it: an adjunct or a new clause. */
const AFTER_PHRASE =
	/^(?:in|on|at|for|after|before|during|when|while|as|because|since|by|from|until|amid|despite|following|over|under|across|through|if|but|and|which|who|where)$/;

/**
 * The back of a "What ...?" card is a whole phrase of its sentence: "allow impounded assets to be
 * distributed to more | than 1,000 survivors" and "a mess of houses, cars and trees | mashed
 * together" cut one in two, and "have vision changes, | bone loss and other problems" starts a
 * list at its second item. The question then keeps the other half.
 */
function wholePhrase(fact: Fact, tokens: readonly Token[]): boolean {
	if (fact.kind !== 'object' && fact.kind !== 'list' && fact.kind !== 'agent') return true;
	const before = tokens[fact.from - 1];
	if (fact.kind === 'list' && before && /,/.test(before.post)) return false;
	const last = tokens[fact.to - 1];
	const next = tokens[fact.to];
	if (!next || !last || /[,.;:!?)\]"”]/.test(last.post)) return true;
	return AFTER_PHRASE.test(next.normal);
}

function questionCard(fact: Fact, build: BuildContext): Candidate | null {
	const target = whTarget(fact);
	const ctx = build.contexts[fact.sentence];
	if (!target || !ctx) return null;
	// "What did the insurgents include? -> Anas Haqqani": a person, asked better as "Who".
	const namesSomeone = build.facts.some(
		(other) =>
			other.sentence === fact.sentence &&
			(other.kind === 'person' || other.kind === 'place' || other.kind === 'org') &&
			other.from === fact.from
	);
	if (fact.kind === 'object' && namesSomeone) return null;
	if (!wholePhrase(fact, ctx.sentence.tokens)) return null;
	const prompt = whQuestion(ctx, target);
	if (!prompt) return null;
	// "What does Balmond Studio create? -> An optical illusion", "What has the administration not
	// released? -> The findings": a short thing done or made, asked with a bare "What", is one
	// guess among many (no such card of an object, a doer or a source was acceptable on rated
	// held-out news). A longer back carries the fact: "Provisions for immediate military
	// assistance should either nation come under attack."
	if (
		prompt.startsWith('What ') &&
		BARE_WHAT_KINDS.has(fact.kind) &&
		fact.answer.split(' ').length < MIN_BARE_WHAT_WORDS
	)
		return null;
	const answer =
		fact.kind === 'cause' && fact.subtype ? `${fact.subtype} ${fact.answer}` : fact.answer;
	// Lists and causes make the best cards: they are hard to ask any other way.
	const bonus = fact.kind === 'cause' || fact.kind === 'list' ? 0.6 : 0;
	return card(fact, prompt, asStatement(answer), fact.weight + bonus);
}

/** "..., according to South Korea's military" -> "Who reported that North Korea has sent ...?" */
function attributionCard(fact: Fact, build: BuildContext): Candidate | null {
	const ctx = build.contexts[fact.sentence];
	const clause = ctx?.clause;
	if (!ctx || !clause || fact.cue === undefined) return null;
	const { tokens } = ctx.sentence;
	if (tokens[fact.cue]?.normal !== 'according') return null;
	const fronted = fact.from < clause.introEnd;
	const from = fronted ? clause.introEnd : clause.introStart;
	const to = fronted ? clause.end : fact.cue;
	const pieces: Array<{ from: number; to: number }> = [];
	let start = from;
	for (let i = from; i < to; i += 1) {
		// "has reportedly sent": the hedge is what the question asks about.
		if (/^(?:reportedly|allegedly|apparently)$/.test(tokens[i]?.normal ?? '')) {
			pieces.push({ from: start, to: i });
			start = i + 1;
		}
	}
	pieces.push({ from: start, to });
	const claim = renderPieces(tokens, ctx.referents, pieces);
	if (!claim || claim.text.split(' ').length < 4 || claim.text.split(' ').length > 30) return null;
	const prompt = `Who reported that ${lowerFirst(ctx, from, claim.text)}?`;
	return card(fact, prompt, asStatement(fact.answer), fact.weight);
}

/** "What does the figure of about 11,000 stand for?" -> "The total number of North Korean troops ...". */
function figureCard(fact: Fact, build: BuildContext): Candidate | null {
	const ctx = build.contexts[fact.sentence];
	if (!ctx || !fact.numberOf || build.mentions(fact.answer) !== 1) return null;
	const phrase = renderPieces(ctx.sentence.tokens, ctx.referents, [fact.numberOf]);
	if (!phrase || phrase.text.split(' ').length > 16) return null;
	const about =
		fact.role && /^(?:approximately|about|around|roughly|nearly|some)$/i.test(fact.role);
	const prompt = `What does the figure of ${about ? 'about ' : ''}${fact.answer} stand for?`;
	return card(fact, prompt, asStatement(phrase.text), fact.weight - 0.3);
}

export function flashcardFromFact(fact: Fact, build: BuildContext): Candidate | null {
	switch (fact.kind) {
		case 'quantity':
			return figureCard(fact, build);
		case 'person':
			return personCard(fact, build);
		case 'definition':
			return definitionCard(fact, build);
		case 'list':
		case 'cause':
		case 'source':
			return attributionCard(fact, build) ?? questionCard(fact, build);
		case 'agent':
		case 'term':
		case 'object':
			return questionCard(fact, build);
		case 'place':
			// "Where ...?" has no options of the same kind to offer: a card instead.
			return fact.subtype === 'place' || fact.subtype === 'continent'
				? questionCard(fact, build)
				: null;
		default:
			return null;
	}
}
