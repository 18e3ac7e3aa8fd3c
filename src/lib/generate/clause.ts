// A shallow clause reading: [intro,] subject, verb group, rest. compromise has no dependency
// parse, so this only accepts the plain shapes it can read with confidence and gives up otherwise.
import { has, isCapitalised, tokenAt, type Token } from './tokens';
import {
	AUXILIARIES,
	BE_FORMS,
	CONNECTIVES,
	INTRO_STARTERS,
	SAME_PAST,
	VERB_ADVERBS
} from './words';

export interface Clause {
	/** Tokens [introStart, introEnd) are a fronted phrase ("Since November,"); kept in questions. */
	introStart: number;
	introEnd: number;
	subjectStart: number;
	subjectEnd: number;
	/** The first auxiliary, or -1 ("Moscow supplied ..."). */
	aux: number;
	/** The lexical verb, or -1 for a bare copula ("Paris is the capital"). */
	verb: number;
	/** First token after the verb group. */
	restStart: number;
	/** End of the main clause: before a trailing ", according to ..." or the sentence end. */
	end: number;
	passive: boolean;
	/**
	 * Tokens [from, to) between the subject and the verb group that a question leaves out: an
	 * apposition ("Narasimhan, 55, issued ...", "Corbyn, a socialist, is accused ...").
	 */
	apposition?: { from: number; to: number };
}

/** Adverbs that only stand before a verb: the word after them is the verb. */
const ADVERB_BEFORE_VERB = new Set(['also', 'reportedly', 'allegedly', 'already', 'never']);

/** "Earlier this month,", "Last week,", "This year,": a fronted time phrase. */
const TIME_INTRO = /^(?:earlier|later|last|this|next|late|early)$/;
const TIME_WORDS =
	/^(?:this|last|next|that|the|same|month|week|year|day|night|morning|afternoon|evening|season|quarter|summer|winter|spring|autumn|fall|weekend|on|in|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function endsWithComma(token: Token | undefined): boolean {
	return token !== undefined && /,/.test(token.post);
}

function isAux(token: Token | undefined): boolean {
	return token !== undefined && AUXILIARIES.has(token.normal);
}

function isVerb(token: Token | undefined): boolean {
	return token !== undefined && has(token, 'Verb') && !has(token, 'Gerund');
}

/** Skips a leading connective ("However,") or fronted phrase ("Since November,"). */
function readIntro(tokens: readonly Token[]): { start: number; end: number } | null {
	const first = tokens[0];
	if (!first) return null;
	if (CONNECTIVES.has(first.normal) && endsWithComma(first)) {
		const inner = readIntro(tokens.slice(1));
		if (inner && inner.end > 0) return { start: inner.start + 1, end: inner.end + 1 };
		return { start: 1, end: 1 };
	}
	// "Now Assange faces ...", "And 64% of ...": a sentence adverb or conjunction without a comma.
	if (
		/^(?:now|meanwhile|separately|today|yesterday|and|but)$/.test(first.normal) &&
		!endsWithComma(first) &&
		tokens[1] !== undefined &&
		!isAux(tokens[1]) &&
		!isVerb(tokens[1])
	)
		return { start: 0, end: 1 };
	if (TIME_INTRO.test(first.normal)) {
		for (let i = 0; i < Math.min(tokens.length, 5); i += 1) {
			const token = tokens[i] as Token;
			if (i > 0 && !TIME_WORDS.test(token.normal) && !has(token, 'Date')) break;
			if (endsWithComma(token)) return { start: 0, end: i + 1 };
		}
		return { start: 0, end: 0 };
	}
	if (!INTRO_STARTERS.has(first.normal)) return { start: 0, end: 0 };
	// "At least 140 people ...", "About 180 copies ...": a hedge on the subject, not a phrase.
	const second = tokens[1]?.normal ?? '';
	const hedge =
		/^(?:about|around|over|under|nearly|some)$/.test(first.normal) && has(tokens[1], 'Value');
	if ((first.normal === 'at' && second === 'least') || hedge) return { start: 0, end: 0 };
	for (let i = 0; i < Math.min(tokens.length, 14); i += 1) {
		// "On July 20, 1969, ...": the year after a date's comma is still part of the phrase.
		const next = tokens[i + 1];
		if (endsWithComma(tokens[i]) && next && /^\d{4}$/.test(next.text) && endsWithComma(next)) {
			continue;
		}
		if (endsWithComma(tokens[i])) return { start: 0, end: i + 1 };
		if (/[.;:!?]/.test(tokens[i]?.post ?? '')) return null;
	}
	return null;
}

const TRAILING_REPORT =
	/^(?:said|says|told|tells|announced|announces|reported|reports|suggested|suggests|added|adds|confirmed|confirms|stated|states|wrote|writes)$/;

/**
 * Where the main clause ends before a trailing ", authorities said." or ", a new poll
 * suggests." (the source is no part of the fact); the sentence's end otherwise.
 */
function trailingAttribution(tokens: readonly Token[], from: number): number {
	for (let k = tokens.length - 2; k >= from && k >= tokens.length - 14; k -= 1) {
		if (!endsWithComma(tokens[k])) continue;
		let p = k + 1;
		while (p < tokens.length && p - k <= 8 && !TRAILING_REPORT.test(tokens[p]?.normal ?? '')) {
			const word = tokenAt(tokens, p);
			if (isVerb(word) && !isAux(word) && !has(word, 'Participle') && !has(word, 'PastTense'))
				return tokens.length;
			if (/[,;:"]/.test(word.post)) return tokens.length;
			p += 1;
		}
		if (p === k + 1 || p >= tokens.length || !TRAILING_REPORT.test(tokens[p]?.normal ?? ''))
			return tokens.length;
		// "..., the company has announced.", "..., an insurgent source told AFP.": short and final.
		if (
			tokens.length - p > 5 ||
			tokens.slice(p).some((t, n) => n < tokens.length - p - 1 && /,/.test(t.post))
		)
			return tokens.length;
		return k + 1;
	}
	return tokens.length;
}

/** Verbs that take a bare clause ("said 40 people died"); "revealed plans" takes an object. */
const BARE_REPORTING = new Set(
	'say says said believe believes believed think thinks thought estimate estimates estimated'.split(
		' '
	)
);

/** The clause after "X said that ..." (or null), with indexes into the whole sentence. */
export function readReportedClause(
	tokens: readonly Token[],
	outer: Clause | null,
	reportingVerbs: ReadonlySet<string>
): Clause | null {
	if (!outer || outer.verb < 0) return null;
	const verb = tokenAt(tokens, outer.verb);
	if (!reportingVerbs.has(verb.normal)) return null;
	// "said that 40 people died" and "said 40 people died" alike; not "said on Monday".
	const that = tokens[outer.verb + 1]?.normal === 'that';
	const next = tokens[outer.verb + 1];
	// "told the committee that ...", "estimated in 1998 that ...": a short hearer or time between.
	const later = that ? -1 : thatAfterHearer(tokens, outer.verb);
	if (
		!that &&
		later < 0 &&
		(!BARE_REPORTING.has(verb.normal) ||
			!next ||
			/^(?:to|on|in|at|of|for|by|from|with|about|during|after|before|it|this)$/.test(next.normal) ||
			/[,;:]/.test(verb.post))
	)
		return null;
	const offset = later >= 0 ? later + 1 : outer.verb + (that ? 2 : 1);
	const inner = readClause(tokens.slice(offset));
	if (!inner || inner.introEnd > 0) return null;
	return shifted(inner, offset, outer.end);
}

/**
 * The "that" after a reporting verb's hearer or time ("told the committee that", "estimated in
 * 1998 that", "said on Monday that"), or -1. Up to five plain words between, none a verb, a
 * subject pronoun or a stop ("told them that" is fine).
 */
function thatAfterHearer(tokens: readonly Token[], verb: number): number {
	for (let k = verb + 1; k <= verb + 6 && k < tokens.length; k += 1) {
		const token = tokenAt(tokens, k);
		if (token.normal === 'that') return k > verb + 1 ? k : -1;
		if (/[,;:()"“”]/.test(tokens[k - 1]?.post ?? '') || /["“”(]/.test(token.pre)) return -1;
		if (has(token, 'Verb') || AUXILIARIES.has(token.normal)) return -1;
		if (has(token, 'Pronoun') && !/^(?:him|her|them|us|me)$/.test(token.normal)) return -1;
	}
	return -1;
}

/**
 * "... the Water Resources Development Act, which includes $220 million for Flint": a
 * non-restrictive relative clause after a name, read as a clause whose subject is that name
 * ("the Water Resources Development Act includes ..."). The ", which" between them is kept out
 * of questions as an apposition is. Only after a name that closes its noun phrase: not "the
 * situation in Syria, which" (the antecedent may be the whole phrase; a person's name after a
 * preposition is whole: "a penalty from Ronan O'Gara, who kicked ...") nor a list's last member.
 */
export function readRelativeClause(tokens: readonly Token[], outer: Clause | null): Clause | null {
	if (!outer) return null;
	for (let which = outer.subjectStart + 1; which < tokens.length - 3; which += 1) {
		const word = tokenAt(tokens, which);
		if (!/^(?:which|who)$/.test(word.normal) || !/^\s*,\s*$/.test(tokens[which - 1]?.post ?? ''))
			continue;
		const start = antecedentStart(tokens, which, outer.subjectStart, word.normal === 'who');
		if (start < 0) continue;
		const head = tokenAt(tokens, which - 1);
		const read = readClause([{ ...head, post: ' ' }, ...tokens.slice(which + 1)]);
		if (!read || read.introEnd > 0 || read.subjectEnd !== 1 || read.apposition) continue;
		const clause = shifted(read, which, tokens.length);
		return {
			...clause,
			subjectStart: start,
			subjectEnd: which,
			apposition: { from: which, to: which + 1 }
		};
	}
	return null;
}

/** Where the name before ", which" starts ("the Water Resources Development Act"), or -1. */
function antecedentStart(
	tokens: readonly Token[],
	which: number,
	floor: number,
	person: boolean
): number {
	let start = which;
	while (start - 1 >= floor && isCapitalised(tokens[start - 1]) && which - start < 6) start -= 1;
	if (start === which) return -1;
	// "the Senate", "the International Energy Agency": the article goes with the name.
	if (tokens[start - 1]?.normal === 'the' && start - 1 >= floor) start -= 1;
	const before = tokens[start - 1];
	// "the situation in Syria, which ...", "Paris and Rome, which ...": the name may be part.
	if (
		before !== undefined &&
		((has(before, 'Preposition') && !person) ||
			/^(?:and|or|of)$/.test(before.normal) ||
			/['’]s$/.test(before.text) ||
			/[,;:]/.test(before.post))
	)
		return -1;
	return start;
}

/** Shifts a clause read from tokens.slice(offset) back to indexes into the whole sentence. */
function shifted(inner: Clause, offset: number, end: number): Clause {
	return {
		...inner,
		introStart: inner.introStart + offset,
		introEnd: inner.introEnd + offset,
		subjectStart: inner.subjectStart + offset,
		subjectEnd: inner.subjectEnd + offset,
		aux: inner.aux >= 0 ? inner.aux + offset : -1,
		verb: inner.verb >= 0 ? inner.verb + offset : -1,
		restStart: inner.restStart + offset,
		end: Math.min(inner.end + offset, end),
		...(inner.apposition
			? {
					apposition: {
						from: inner.apposition.from + offset,
						to: inner.apposition.to + offset
					}
				}
			: {})
	};
}

/** ", and", ", but", ", while", "; ": where a second main clause may start after a comma. */
const JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
/**
 * "The poll comes after Jack Straw predicted ...": a subordinate clause that states a fact of
 * its own, with or without a comma. Not "if"/"unless" (a condition), "as" (also a comparison) or
 * "that" (a report, read by readReportedClause).
 */
const SUBORDINATORS = new Set(
	'after before when while whereas because since until although though'.split(' ')
);

/**
 * The first further clause, after the main one, that holds a fact of its own: "Inflation fell
 * below 10%, while exports are up 30%", "The poll comes after Jack Straw predicted ...". Read on
 * its own (indexes into the whole sentence), or null. Only after a comma or semicolon, or after a
 * subordinating word; with a subject of its own that names something: not a pronoun ("he",
 * "they" point back), not a bare "the team", and no fronted phrase.
 */
export function readSecondClause(tokens: readonly Token[], outer: Clause | null): Clause | null {
	// "Paris, Berlin, and Rome hosted ...": without a first clause, a list reads as one.
	if (!outer) return null;
	for (let k = outer.restStart; k < tokens.length - 3; k += 1) {
		const word = tokenAt(tokens, k);
		const afterComma = /[,;]/.test(tokens[k - 1]?.post ?? '');
		const joining = (JOINERS.has(word.normal) && afterComma) || SUBORDINATORS.has(word.normal);
		const joined = joining || /;/.test(tokens[k - 1]?.post ?? '');
		if (!joined || /[,;:"]/.test(word.post)) continue;
		// "..., and officials had to ...": the clause starts after the joining word.
		const offset = joining ? k + 1 : k;
		const inner = readClause(tokens.slice(offset));
		// "after seeking refuge", "until the end of March": no clause here; one may follow.
		if (!inner || inner.introEnd > 0 || inner.apposition) continue;
		const subject = tokens.slice(inner.subjectStart + offset, inner.subjectEnd + offset);
		const head = subject[0];
		if (
			!head ||
			subject.some(
				(t) =>
					has(t, 'Pronoun') ||
					/^(?:it|they|he|she|we|i|you|this|that|these|those|there)$/.test(t.normal)
			)
		)
			continue;
		if (subject.length === 2 && head.normal === 'the' && !isCapitalised(subject[1])) continue;
		// "since 1948 and now has ...": a year or a pair joined by "and" is no subject to ask with.
		if (subject.some((t) => /^(?:and|or)$/.test(t.normal))) continue;
		if (!subject.some((t) => has(t, 'Noun') && !has(t, 'Value') && !has(t, 'Date'))) continue;
		// "..., and share experiences with ...": a lone lower-case word is a verb misread as a noun.
		if (subject.length === 1 && !isCapitalised(head) && !has(head, 'Value')) continue;
		return shifted(inner, offset, tokens.length);
	}
	return null;
}

export function readClause(tokens: readonly Token[]): Clause | null {
	const intro = readIntro(tokens);
	if (!intro) return null;
	const subjectStart = intro.end;
	let i = subjectStart;
	let sawNoun = false;
	let apposition: { from: number; to: number } | undefined;
	while (i < tokens.length && i - subjectStart < 12) {
		const token = tokenAt(tokens, i);
		// "Australian-born Assange": a participle joined by a hyphen is part of the subject.
		const joined = /-$/.test(tokens[i - 1]?.post ?? '');
		// "Nintendo's new handheld console will launch": a word read as a verb between a
		// modifier and the subject's noun, right before the real verb group.
		const misread =
			isVerb(token) &&
			!isAux(token) &&
			has(tokens[i + 1], 'Noun') &&
			!has(tokens[i + 1], 'Verb') &&
			isAux(tokens[i + 2]) &&
			(has(tokens[i - 1], 'Adjective') || has(tokens[i - 1], 'Possessive'));
		// "the 1,000 adults quizzed by a pollster said ...": a reduced relative with its agent;
		// not "exports fell by 4%", where "by" gives an amount.
		const reduced =
			isVerb(token) &&
			has(token, 'PastTense') &&
			has(tokens[i - 1], 'Noun') &&
			tokens[i + 1]?.normal === 'by' &&
			!has(tokens[i + 2], 'Value');
		if (sawNoun && !joined && !misread && !reduced && (isAux(token) || isVerb(token))) break;
		// "Russia also hit military bases": after a name and "also", a verb compromise read as a
		// noun ("hit", "cut") starts the verb group.
		if (
			sawNoun &&
			ADVERB_BEFORE_VERB.has(token.normal) &&
			SAME_PAST.has(tokens[i + 1]?.normal ?? '')
		)
			break;
		if (has(token, 'Noun') || has(token, 'Value') || has(token, 'Pronoun')) sawNoun = true;
		if (endsWithComma(token) && !/[;:()"]/.test(token.post + token.pre)) {
			apposition = readApposition(tokens, subjectStart, i);
			if (!apposition) return null;
			i += 1;
			break;
		}
		if (endsWithComma(token) || /[;:()"]/.test(token.post + token.pre)) return null;
		// "Residents who have left the area can register ...": too deep for this reader.
		if (/^(?:who|which|that|whose|whom)$/.test(token.normal) && i > subjectStart) return null;
		i += 1;
	}
	// Adverbs such as "reportedly" directly before the verb belong to the verb group.
	let subjectEnd = i;
	while (subjectEnd > subjectStart && VERB_ADVERBS.has(tokens[subjectEnd - 1]?.normal ?? '')) {
		subjectEnd -= 1;
	}
	if (!sawNoun || subjectEnd === subjectStart || i >= tokens.length) return null;
	let aux = -1;
	let verb = -1;
	let j = apposition ? apposition.to : subjectEnd;
	for (; j < tokens.length; j += 1) {
		const token = tokenAt(tokens, j);
		if (VERB_ADVERBS.has(token.normal) || (has(token, 'Adverb') && /ly$/.test(token.normal)))
			continue;
		if (isAux(token)) {
			if (aux < 0) aux = j;
			if (endsWithComma(token)) return null;
			continue;
		}
		if (
			isVerb(token) ||
			(aux >= 0 && has(token, 'Gerund')) ||
			(SAME_PAST.has(token.normal) && ADVERB_BEFORE_VERB.has(tokens[j - 1]?.normal ?? ''))
		)
			verb = j;
		break;
	}
	if (verb < 0 && aux < 0) return null;
	// "The Clippers had nine turnovers": "have" alone is the main verb, not an auxiliary.
	const object = tokens[j];
	if (
		verb < 0 &&
		j === aux + 1 &&
		/^(?:has|have|had)$/.test(tokens[aux]?.normal ?? '') &&
		object !== undefined &&
		!has(object, 'Adverb') &&
		(has(object, 'Determiner') || has(object, 'Value') || has(object, 'Noun'))
	) {
		verb = aux;
		aux = -1;
	}
	if (verb < 0) {
		// Only a copula may stand alone ("Paris is the capital of France").
		if (!BE_FORMS.has(tokens[j - 1]?.normal ?? '')) return null;
	}
	const restStart = verb >= 0 ? verb + 1 : j;
	let end = trailingAttribution(tokens, restStart);
	for (let k = restStart; k < end; k += 1) {
		if (tokens[k]?.normal === 'according' && endsWithComma(tokens[k - 1])) {
			end = k;
			break;
		}
	}
	const auxWords = aux >= 0 ? tokens.slice(aux, verb >= 0 ? verb : j).map((t) => t.normal) : [];
	const passive =
		verb >= 0 &&
		auxWords.some((w) => BE_FORMS.has(w)) &&
		(has(tokens[verb], 'PastTense') || has(tokens[verb], 'Participle'));
	return {
		introStart: intro.start,
		introEnd: intro.end,
		subjectStart,
		subjectEnd,
		aux,
		verb,
		restStart,
		end,
		passive,
		...(apposition ? { apposition } : {})
	};
}

/**
 * "Narasimhan, 55, issued ...", "Philip Wert, vice president of the council, said ...": a name
 * as the subject, then a phrase between commas, then the verb. Returns the phrase with its
 * commas, or undefined for anything else (a list, a fronted clause).
 */
function readApposition(
	tokens: readonly Token[],
	subjectStart: number,
	comma: number
): { from: number; to: number } | undefined {
	const subject = tokens.slice(subjectStart, comma + 1);
	const last = subject[subject.length - 1];
	const named =
		last !== undefined &&
		isCapitalised(last) &&
		!has(last, 'Pronoun') &&
		subject.every((t) => isCapitalised(t) || /^(?:the|of)$/.test(t.normal));
	const first = tokens[comma + 1];
	// "The portable machine, which features a touch screen, will retail ...": a relative clause
	// between commas says more about any subject, named or not.
	const relative = /^(?:which|who)$/.test(first?.normal ?? '');
	if (!named && !relative) return undefined;
	// "Paris, Berlin and Rome ...": a list, not an apposition; "X, said Y": no verb here.
	if (!first || isAux(first) || (isVerb(first) && !has(first, 'Participle'))) return undefined;
	for (let k = comma + 1; k < Math.min(tokens.length - 1, comma + 16); k += 1) {
		const token = tokenAt(tokens, k);
		if (/[;:()"]/.test(token.post + token.pre) || /^(?:and|or)$/.test(token.normal)) {
			// "a socialist and author" is fine; "Paris, Berlin and Rome" is a list.
			if (!/^(?:and|or)$/.test(token.normal) || isCapitalised(tokens[k + 1])) return undefined;
		}
		if (!endsWithComma(token)) continue;
		let next = k + 1;
		while (VERB_ADVERBS.has(tokens[next]?.normal ?? '')) next += 1;
		const after = tokens[next];
		if (after && (isAux(after) || isVerb(after))) return { from: comma + 1, to: k + 1 };
		return undefined;
	}
	return undefined;
}
