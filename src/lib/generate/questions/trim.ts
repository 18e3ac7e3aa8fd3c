// Safe cuts that let a news sentence stand alone: a dateline ("LONDON (AP) -"), a weekday the
// reader cannot date ("was accused Wednesday of"), a trailing attribution (", officials said")
// or a trailing participle phrase (", reinforcing ..."). The fact itself is never cut.
import type { Referents } from '../referents';
import { quotesSpeech } from '../text';
import type { Token } from '../tokens';
import type { SentenceContext } from '../wh';

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const CONNECTIVES = /^(?:however|meanwhile|moreover|furthermore|also|and|but)$/;
/** A tail that starts a clause of its own is content, not attribution. */
const CLAUSE_START = /^(?:and|but|or|which|who|whom|whose|while|although|though|because|as|if)$/;

/** Verbs of a trailing attribution (", officials said."); not "found" or "showed". */
const ATTRIBUTION =
	/^(?:said|says|told|tells|announced|announces|added|adds|reported|reports|stated|states|confirmed|confirms|noted|notes|suggests|suggested|explained|wrote|writes|points|pointed|argues|argued|observes|observed|recalls|recalled|insists|insisted)$/;

export interface Trim {
	/** Token range of the statement. */
	from: number;
	to: number;
}

/** "LONDON (AP) -", "DUBAI, United Arab Emirates -": upper-case place and agency, then a dash. */
function datelineEnd(tokens: readonly Token[]): number {
	for (let i = 0; i < Math.min(tokens.length - 4, 6); i += 1) {
		if (
			/\s(?:--|[-–—])\s/.test(tokens[i]?.post ?? '') ||
			/^(?:--|[-–—])$/.test(tokens[i + 1]?.text ?? '')
		) {
			const head = tokens.slice(0, i + 1);
			const caps = /^[A-Z]{2,}/.test(tokens[0]?.text ?? '');
			// "Indianapolis - Several thousand ...": a place alone before the dash, in any case.
			const place = i === 0 && (tokens[0]?.tags.has('Place') ?? false);
			return (caps || place) && head.every((t) => /^[(A-Z]/.test(t.text)) ? i + 1 : 0;
		}
	}
	return 0;
}

/**
 * "Wednesday's friendly against Hungary", "Tuesday's World Cup semi-final": the event is named by
 * what follows the day, and "the" can stand for the day. ("Tuesday's vote" needs the day.)
 * Returns the first token of the day's words ("next week's" is two), or null.
 */
function namedEventOfDay(tokens: readonly Token[], i: number): number | null {
	const token = tokens[i];
	const owned = /['’]s$/.exec(token?.text ?? '');
	const day =
		owned !== null && WEEKDAYS.test((token?.text ?? '').slice(0, owned.index).toLowerCase());
	const week =
		/^week['’]s$/i.test(token?.text ?? '') &&
		/^(?:next|last|this)$/.test(tokens[i - 1]?.normal ?? '');
	// "this season's Scottish Cup final": the one being told; "last year's" is another one.
	const current =
		/^(?:year|season)['’]s$/i.test(token?.text ?? '') && tokens[i - 1]?.normal === 'this';
	if (!token || (!day && !week && !current)) return null;
	const first = day ? i : i - 1;
	const next = tokens.slice(i + 1, i + 5);
	if (/^[A-Z]/.test(next[0]?.text ?? '')) return first;
	const against = next.findIndex((t) => /^(?:against|versus|vs)$/.test(t.normal));
	return against > 0 && /^[A-Z]/.test(next[against + 1]?.text ?? '') ? first : null;
}

/** Every "Saturday's Six Nations match" of a sentence: the day's words, [first, last]. */
export function namedEventsOfDay(tokens: readonly Token[]): Array<{ first: number; last: number }> {
	return tokens.flatMap((_, last) => {
		const first = namedEventOfDay(tokens, last);
		return first === null ? [] : [{ first, last }];
	});
}

const SUPERLATIVE = /^(?:worst|best|most|least|record|first|top)$/;

/**
 * "decreased 3.8 percent last year to 1.2 million", "will cut profit this year by $5 billion",
 * "Earlier this year, ...": the year of an undated article, said as an adverb of time. Returns
 * the span to drop ([from, to)), or null. Not after a preposition ("since last year" is an
 * object), not owned ("last year's"), and not "this year" with a perfect ("has scored 20 goals
 * this year": the year scopes the count).
 */
function undatedYear(ctx: SentenceContext, i: number): Trim | null {
	const { tokens } = ctx.sentence;
	const word = tokens[i]?.normal ?? '';
	const unit = tokens[i + 1];
	if (!/^(?:last|this)$/.test(word) || !unit || !/^(?:year|season)$/.test(unit.normal)) return null;
	let from = i;
	if (/^(?:earlier|later|late|early)$/.test(tokens[i - 1]?.normal ?? '')) from = i - 1;
	// "Just last year, ...": the adverb goes with the time it stresses.
	if (/^(?:just|only)$/.test(tokens[from - 1]?.normal ?? '')) from -= 1;
	const before = tokens[from - 1];
	const fronted = from === 0 && /,/.test(unit.post);
	if (!fronted) {
		if (!before || /[,;:(]/.test(before.post) || before.tags.has('Preposition')) return null;
		if (/^(?:since|until|for|from|than|by|of|to|the|a)$/.test(before.normal)) return null;
		const next = tokens[i + 2];
		// The clause goes on only into a conjunction, a preposition or a new clause.
		if (next && !/[,.;:!?]/.test(unit.post) && !next.tags.has('Preposition')) {
			if (!next.tags.has('Conjunction') && next.normal !== 'that') return null;
		}
	}
	// "a defense pact signed last year": the time of a participle right after its noun; left
	// out, "signed" would end the phrase. A clause's own verb keeps no time ("Prices rose last
	// year", "until it was euthanized last year", "was set up last year by").
	const verbs = [ctx.clause?.verb, ctx.inner?.verb, ctx.second?.verb];
	const owner = tokens[from - 2];
	const participle =
		before?.tags.has('Verb') &&
		!verbs.includes(from - 1) &&
		owner !== undefined &&
		owner.tags.has('Noun') &&
		!owner.tags.has('Pronoun');
	if (participle) return null;
	// "so far this year", "its worst day this year": the year bounds a count or a superlative.
	if (/^(?:far|date)$/.test(before?.normal ?? '')) return null;
	const earlier = tokens.slice(0, from);
	if (earlier.some((t) => SUPERLATIVE.test(t.normal) || t.tags.has('Superlative'))) return null;
	if (word === 'this') {
		const perfect = earlier.some(
			(t, k) => /^(?:has|have|had)$/.test(t.normal) && tokens[k + 1]?.tags.has('PastTense')
		);
		if (perfect) return null;
	}
	return { from, to: i + 2 };
}

/** "Leonard made 13 of his 15 shots": one person named before "his", and nobody else. */
function ownersOnlyName(ctx: SentenceContext, i: number): boolean {
	const { tokens } = ctx.sentence;
	if (!/^(?:his|her)$/.test(tokens[i]?.normal ?? '') || !ctx.referents.local.has(i)) return false;
	let names = 0;
	for (let k = 0; k < i; k += 1) {
		const person = tokens[k]?.tags.has('Person') ?? false;
		if (person && !(tokens[k - 1]?.tags.has('Person') ?? false)) names += 1;
	}
	const after = tokens.slice(i + 1).some((t) => t.tags.has('Person'));
	return names === 1 && !after;
}

/**
 * The context as questions should read it: undatable weekdays dropped ("on Friday" -> ""), a
 * dateline dropped and "his" known as the one person named before it.
 * The context unchanged when none applies.
 */
export function readableContext(ctx: SentenceContext): SentenceContext {
	const { tokens } = ctx.sentence;
	const dateline = datelineEnd(tokens);
	const weekdays: number[] = [];
	const known: number[] = [];
	const years: Trim[] = [];
	for (const i of ctx.referents.unresolved) {
		const token = tokens[i];
		if (!token) continue;
		const year = undatedYear(ctx, i);
		if (year) years.push(year);
		else if (WEEKDAYS.test(token.normal) && !/['’]/.test(token.text + token.post)) weekdays.push(i);
		else if (ownersOnlyName(ctx, i)) known.push(i);
	}
	const namedEvents = namedEventsOfDay(tokens);
	const changes = weekdays.length + known.length + namedEvents.length + years.length;
	if (changes === 0 && dateline === 0) return ctx;
	const referents: Referents = {
		...ctx.referents,
		replace: new Map(ctx.referents.replace),
		unresolved: new Set(ctx.referents.unresolved)
	};
	for (let i = 0; i < dateline; i += 1) referents.replace.set(i, '');
	// "next week's Australian Open": the day's words go for one "the".
	for (const { first, last } of namedEvents) {
		for (let k = first; k <= last; k += 1) {
			referents.unresolved.delete(k);
			referents.replace.set(k, '');
		}
		referents.replace.set(first, first === 0 ? 'The' : 'the');
	}
	for (const i of known) referents.unresolved.delete(i);
	const undated = years.length > 0 ? { undated: true } : {};
	for (const { from, to } of years) {
		for (let k = from; k < to; k += 1) {
			referents.unresolved.delete(k);
			referents.replace.set(k, '');
		}
	}
	for (const i of weekdays) {
		// "in Tuesday's debate" keeps its weekday (excluded above); "on Friday," loses both words.
		// Only an adverb of time can go: "on Friday", "was accused Wednesday of", "said Thursday";
		// "entering Thursday" or "until Friday" would lose an object.
		const before = tokens[i - 1];
		const after = tokens[i + 1];
		if (after && /^(?:night|morning|afternoon|evening)$/.test(after.normal)) continue;
		// "on Friday" and "late Monday" lose both words.
		const on = before?.normal === 'on' || /^(?:late|early)$/.test(before?.normal ?? '');
		const afterVerb =
			before !== undefined &&
			!/[,;:]/.test(before.post) &&
			(before.tags.has('PastTense') || ATTRIBUTION.test(before.normal)) &&
			!before.tags.has('Gerund');
		if (!on && !afterVerb) continue;
		referents.unresolved.delete(i);
		referents.replace.set(i, '');
		if (on) referents.replace.set(i - 1, '');
	}
	return { ...ctx, ...undated, referents };
}

/** Start of the statement: after the dateline, keeping a fronted phrase, dropping "However,". */
function statementFrom(ctx: SentenceContext): number {
	const { tokens } = ctx.sentence;
	let from = ctx.clause ? ctx.clause.introStart : 0;
	while (ctx.referents.replace.get(from) === '' && from < tokens.length - 1) from += 1;
	const first = tokens[from];
	if (first && /,/.test(first.post) && CONNECTIVES.test(first.normal)) from += 1;
	return from;
}

/** End of the statement without a trailing ", X said ..." or ", according to ...". */
function attributionStart(tokens: readonly Token[], to: number): number {
	for (let k = to - 2; k >= Math.max(3, to - 17); k -= 1) {
		if (!/,/.test(tokens[k]?.post ?? '')) continue;
		const tail = tokens.slice(k + 1, to);
		if (CLAUSE_START.test(tail[0]?.normal ?? '')) return to;
		const first = tail[0];
		const reporting =
			(first?.normal === 'according' && tail[1]?.normal === 'to') ||
			(first !== undefined &&
				!first.tags.has('Verb') &&
				!first.tags.has('Preposition') &&
				first.normal !== 'to' &&
				tail.some((t, j) => ATTRIBUTION.test(t.normal) && tail[j - 1]?.normal !== 'to'));
		// Only a tail that is nothing but the attribution: no other comma inside it.
		if (reporting && !tail.slice(0, -1).some((t) => /[,;:]/.test(t.post))) return k + 1;
		return to;
	}
	return to;
}

/** End of the statement without a trailing ", reinforcing ..." participle phrase. */
function participleStart(tokens: readonly Token[], from: number, to: number): number {
	for (let k = to - 2; k >= from + 7; k -= 1) {
		if (!/,/.test(tokens[k]?.post ?? '')) continue;
		const next = tokens[k + 1];
		return next && next.tags.has('Gerund') && !/,/.test(next.post) ? k + 1 : to;
	}
	return to;
}

/** The statement range with the safe cuts applied, or null when nothing can be cut. */
export function trimmedStatement(ctx: SentenceContext): Trim | null {
	const { tokens } = ctx.sentence;
	const from = statementFrom(ctx);
	let to = attributionStart(tokens, tokens.length);
	to = participleStart(tokens, from, to);
	if (to >= tokens.length || to - from < 6) return null;
	return { from, to };
}

/** Words that open a clause of its own after a comma: the text before it can stand alone. */
const CLAUSE_AFTER_COMMA = /^(?:which|who|while|whereas|although|though|but)$/;
/** A fronted phrase a cloze may leave out: "After a slow start, the team won". */
const FRONTED = /^(?:after|before|with|in|on|at|during|despite|amid|since|following|from|under)$/;
/** A finite verb: what makes a window a statement rather than a phrase. */
const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula'];

function finite(token: Token | undefined, before?: Token): boolean {
	if (!token || !token.tags.has('Verb') || token.tags.has('Gerund')) return false;
	if (!FINITE.some((tag) => token.tags.has(tag))) return false;
	// "26 cases", "the members": a plural noun that compromise may also read as a verb.
	const nounReading = ['Value', 'Determiner', 'Adjective'].some((tag) => before?.tags.has(tag));
	return !(token.tags.has('PresentTense') && nounReading);
}

/**
 * Clauses of a long sentence that read as statements of their own: the sentence cut at a
 * semicolon, a colon or a spaced dash, and the main clause before ", which ..." or ", while ...".
 * Each window starts a clause (a leading "and"/"but" dropped) and has a finite verb with a
 * subject before it; a window that opens on a pronoun is left to the vague gate.
 */
export function clauseWindows(ctx: SentenceContext): Trim[] {
	const { tokens } = ctx.sentence;
	// Semicolons between places or names ("Austin, Texas; Reno, Nevada") make a list, not clauses.
	const semicolons = tokens.filter((t) => /;/.test(t.post)).length;
	// Two dashes set off an aside ("five Republicans - mostly hardliners - voted no"): no cut.
	const dashes = tokens.filter((t) => /\s[-–—]\s/.test(t.post)).length;
	const cuts: number[] = [];
	for (let i = 0; i < tokens.length - 1; i += 1) {
		const post = tokens[i]?.post ?? '';
		if (/"/.test(post) && quotesSpeech(ctx.sentence.text)) return [];
		if (
			(/;/.test(post) && semicolons === 1) ||
			/:/.test(post) ||
			(/\s[-–—]\s/.test(post) && dashes === 1)
		)
			cuts.push(i + 1);
	}
	const segments: Trim[] = [];
	const first = statementFrom(ctx);
	let at = first;
	for (const cut of [...cuts.filter((c) => c > at), tokens.length]) {
		segments.push({ from: at, to: cut });
		at = cut;
	}
	const out: Trim[] = [];
	for (const segment of segments) {
		let { from } = segment;
		while (from < segment.to && /^(?:and|but|so)$/.test(tokens[from]?.normal ?? '')) from += 1;
		const clause = ctx.clause;
		if (
			clause &&
			from === clause.introStart &&
			clause.introEnd > from &&
			clause.introEnd < segment.to &&
			FRONTED.test(tokens[from]?.normal ?? '') &&
			/,\s*$/.test(tokens[clause.introEnd - 1]?.post ?? '')
		)
			from = clause.introEnd;
		// The main clause before a comma that opens a clause of its own.
		const ends = [segment.to];
		for (let k = from + 5; k < segment.to - 2; k += 1) {
			if (!/^,\s*$/.test(tokens[k]?.post ?? '')) continue;
			const next = tokens[k + 1]?.normal ?? '';
			// ", a timeline that ...": an apposition to the whole clause.
			const apposition =
				/^(?:a|an)$/.test(next) && /^(?:that|which)$/.test(tokens[k + 3]?.normal ?? '');
			// ", according to two people ...", ", adding to ...": a source or a comment tacked on.
			const tail =
				(next === 'according' && tokens[k + 2]?.normal === 'to') ||
				((tokens[k + 1]?.tags.has('Gerund') ?? false) &&
					!asideBeforeVerb(tokens, k + 1, segment.to));
			if (tail) {
				// The clause ends here whatever follows.
				ends.splice(0, ends.length, k + 1, ...ends.filter((e) => e < k + 1));
				break;
			}
			if (
				(CLAUSE_AFTER_COMMA.test(next) && !insideSubject(tokens, k + 1, segment.to)) ||
				apposition
			)
				ends.unshift(k + 1);
		}
		const leaning = leaningTail(ctx, from, segment.to);
		if (leaning !== null) ends.unshift(leaning);
		const window = ends
			.map((to) => ({ from, to }))
			.find((w) => standsAlone(tokens, w, from === first));
		if (window) out.push(window);
	}
	return out;
}

/**
 * "complaints against Nassar, including some dating back decades, were omitted": a phrase set off
 * by two commas before the clause's verb is an aside, not a comment tacked on at the end.
 */
export function asideBeforeVerb(tokens: readonly Token[], from: number, to: number): boolean {
	for (let k = from; k < to - 1; k += 1) {
		if (!/,/.test(tokens[k]?.post ?? '')) continue;
		return finite(tokens[k + 1], tokens[k]);
	}
	return false;
}

/** Adverbial clauses whose loss leaves the main clause true: not "if", "unless" or "when". */
const DETACHABLE = /^(?:since|after|before|because|although|though|whereas|while)$/;

/**
 * "... have been sold since it first appeared in the US": a trailing adverbial clause that leans
 * on the article (an "it" or "they" nobody names) while the main clause before it names what it
 * is about. Returns where the main clause ends, or null.
 */
function leaningTail(ctx: SentenceContext, from: number, to: number): number | null {
	const { tokens } = ctx.sentence;
	const { unresolved } = ctx.referents;
	const leans = (a: number, b: number) => [...unresolved].some((i) => i >= a && i < b);
	for (let k = from + 5; k < to - 2; k += 1) {
		const word = tokens[k];
		if (!word || !DETACHABLE.test(word.normal)) continue;
		// "..., even though they ...": the clause starts at "even".
		const cut = tokens[k - 1]?.normal === 'even' ? k - 1 : k;
		// "made no difference to whether ...", "since 2004": an argument, not a clause of its own.
		const before = tokens[cut - 1];
		if (!before || before.tags.has('Preposition') || /^(?:to|than|of)$/.test(before.normal))
			continue;
		if (!tokens.slice(k + 1, Math.min(to, k + 4)).some((t) => t.tags.has('Pronoun'))) continue;
		return leans(cut, to) && !leans(from, cut) ? cut : null;
	}
	return null;
}

/**
 * "... that the plant, which gives 70% of the power, is producing 300 megawatts": the relative
 * clause sits inside a subject when a verb follows its closing comma.
 */
function insideSubject(tokens: readonly Token[], at: number, end: number): boolean {
	for (let j = at + 1; j < Math.min(end - 1, at + 20); j += 1) {
		if (/[;:]/.test(tokens[j]?.post ?? '')) return false;
		if (/,/.test(tokens[j]?.post ?? '')) return finite(tokens[j + 1]);
	}
	return false;
}

/** Words that open a phrase or a subordinate clause, never a statement of its own. */
const NOT_A_START =
	/^(?:which|who|whom|whose|where|that|while|whereas|although|though|because|if|unless|when|as|since|until|than|to|of|from|for|with)$/;

/**
 * A window reads as a sentence: 6 to 40 words, a subject without commas and then a finite verb,
 * not ending on a verb of saying with nothing said ("..., Lee said").
 */
function standsAlone(tokens: readonly Token[], window: Trim, atStart: boolean): boolean {
	const { from, to } = window;
	if (to - from < 6 || to - from > 40) return false;
	const head = tokens[from];
	if (!head || NOT_A_START.test(head.normal) || head.tags.has('Preposition')) return false;
	// Mid-sentence, a clause opens on its subject: "the plant ...", "Lee ...", "it ...".
	const subjectStart = ['Determiner', 'Noun', 'ProperNoun', 'Pronoun', 'Value', 'Adjective'];
	if (!atStart && !subjectStart.some((tag) => head.tags.has(tag))) return false;
	// "meaning two games that ...": a participle phrase, whatever compromise calls "meaning".
	if (!atStart && /ing$/.test(head.normal)) return false;
	const verb =
		tokens.slice(from + 1, to).findIndex((t, j) => finite(t, tokens[from + j])) + from + 1;
	if (verb <= from) return false;
	// "16 percent with a $6.00 purchase, compared to ...": a comma before the verb ends no subject.
	if (!atStart && tokens.slice(from, verb).some((t) => /,/.test(t.post))) return false;
	const last = tokens[to - 1];
	if (last && (ATTRIBUTION.test(last.normal) || last.normal === 'that')) return false;
	return true;
}
