// Builds wh-questions from a clause by substituting the subject or fronting an object
// with subject-auxiliary inversion ("North Korea has sent X to Russia" ->
// "To which country has North Korea sent X?"). Returns null for shapes it cannot read.
import type { Clause } from './clause';
import type { Referents } from './referents';
import { renderPieces, tidy, type Piece } from './render';
import { has, isCapitalised, toInfinitive, tokenAt, type Token } from './tokens';
import type { AnalysedSentence } from './facts/types';
import { AUXILIARIES, PREPOSITIONS, SAME_PAST, TITLE_WORDS } from './words';

export interface SentenceContext {
	sentence: AnalysedSentence;
	clause: Clause | null;
	referents: Referents;
	/** Spans a question must keep whole or drop whole (lists). */
	protect: Piece[];
	/** The clause after "X noted that ...", asked with ", according to X" appended. */
	inner?: Clause | null;
	/** The second main clause ("..., while exports are up 30%"), asked on its own. */
	second?: Clause | null;
	/** ", which includes $220 million": a relative clause after a name, asked with that name. */
	relative?: Clause | null;
	/** Words the document writes capitalised mid-sentence: names that keep their capital. */
	properWords?: ReadonlySet<string>;
	/**
	 * An undated "last year" was left out (questions/trim.ts): the sentence still tells the truth,
	 * but a changed figure in it may be the figure of another year, so it is not made false.
	 */
	undated?: boolean;
}

export interface WhTarget {
	/** Tokens [from, to) that the wh-phrase replaces. */
	from: number;
	to: number;
	/** "Which country", "How many troops", "Who". */
	wh: string;
	/** Move a preposition in front of the wh-phrase ("To which country ..."). */
	pied?: boolean;
	/** Keep a trailing part of the clause after the target (default: up to the next comma). */
	keepTail?: boolean;
}

const BLOCKERS = new Set(
	'that which who whom whose while although though because as when if where whether'.split(' ')
);
const KEPT_INTRO = new Set(
	'in on at since after before during by following until from within throughout between'.split(' ')
);

/** Pieces with the clauses' appositions cut out ("Narasimhan, 55, issued" -> "Narasimhan issued"). */
export function withoutApposition(ctx: SentenceContext, pieces: readonly Piece[]): Piece[] {
	const gaps = [ctx.clause?.apposition, ctx.inner?.apposition, ctx.second?.apposition].filter(
		(g): g is { from: number; to: number } => g !== undefined
	);
	let out = pieces.filter((p) => p.to > p.from);
	for (const gap of gaps) {
		out = out.flatMap((p) =>
			p.to <= gap.from || p.from >= gap.to
				? [p]
				: [
						{ from: p.from, to: gap.from },
						{ from: gap.to, to: p.to }
					].filter((q) => q.to > q.from)
		);
	}
	return out;
}

function render(ctx: SentenceContext, pieces: Piece[]): string | null {
	const rendered = renderPieces(ctx.sentence.tokens, ctx.referents, withoutApposition(ctx, pieces));
	return rendered ? rendered.text : null;
}

/** A short fronted time or place phrase, moved to the end of the question ("since November"). */
function introTail(ctx: SentenceContext, clause: Clause): string {
	const { tokens } = ctx.sentence;
	const first = tokens[clause.introStart];
	if (clause.introEnd - clause.introStart < 2 || clause.introEnd - clause.introStart > 7) return '';
	if (!first || !KEPT_INTRO.has(first.normal)) return '';
	const text = render(ctx, [{ from: clause.introStart, to: clause.introEnd }]);
	if (!text) return '';
	return ' ' + (has(first, 'ProperNoun') ? text : text.charAt(0).toLowerCase() + text.slice(1));
}

/** The end of the material kept after the target: the next comma or a subordinate clause. */
function tailEnd(ctx: SentenceContext, from: number, end: number, relatives = false): number {
	const { tokens } = ctx.sentence;
	let cut = end;
	if (from > 0 && /[,;:(]/.test(tokens[from - 1]?.post ?? '')) cut = from;
	for (let k = from; k < cut; k += 1) {
		const word = tokens[k]?.normal ?? '';
		if (word === 'as' && tokens[k - 1]?.normal === 'such') continue;
		// "... stood 110 meters tall and was the most powerful machine": a second predicate.
		const next = tokens[k + 1];
		if (
			(word === 'and' || word === 'but') &&
			k >= from &&
			next &&
			(startsPredicate(ctx.sentence.tokens, k + 1) || startsClause(ctx.sentence.tokens, k + 1))
		) {
			cut = k;
			break;
		}
		// A relative clause right after its noun ("the strait that now bears his name") may stay.
		const relative = relatives && /^(?:who|which|that)$/.test(word) && has(tokens[k - 1], 'Noun');
		if (BLOCKERS.has(word) && k > from && !relative) {
			cut = k;
			// "so that ...", "in which ...": the word before belongs to the cut clause.
			const previous = tokens[k - 1];
			if (previous && k - 1 > from && (previous.normal === 'so' || has(previous, 'Preposition')))
				cut = k - 1;
			break;
		}
		// "in the UK (149 euros)": a bracket written into the word starts an aside.
		if (/^\(/.test(tokens[k]?.text ?? '')) {
			cut = k;
			break;
		}
		const isDay = has(tokens[k - 1], 'Month') && /^\d{1,2}$/.test(tokens[k]?.text ?? '');
		if (isDay && /^\d{4}$/.test(tokens[k + 1]?.text ?? '')) continue;
		if (/[,;:(]/.test(tokens[k]?.post ?? '')) {
			cut = k + 1;
			// "controlled by the United States, the United Kingdom, France and the Soviet Union":
			// a list of names is kept whole.
			const nextText = `${tokens[k + 1]?.text ?? ''} ${tokens[k + 2]?.text ?? ''}`;
			const and = tokens.findIndex(
				(t, j) => j > k && j <= k + 8 && (t.normal === 'and' || t.normal === 'or')
			);
			const names = tokens
				.slice(k + 1, Math.max(k + 1, and))
				.every((t) => isCapitalised(t) || has(t, 'Determiner'));
			if (
				/,/.test(tokens[k]?.post ?? '') &&
				/^(?:[A-Z]|the [A-Z])/.test(nextText) &&
				and > 0 &&
				names
			) {
				let j = and + 1;
				while (
					j < end &&
					!/[,;:.]/.test(tokens[j - 1]?.post ?? '') &&
					(isCapitalised(tokens[j]) || has(tokens[j], 'Determiner'))
				)
					j += 1;
				cut = Math.min(j, end);
			}
			break;
		}
	}
	// Never cut a list in half.
	for (const span of ctx.protect) if (span.from < cut && cut < span.to) cut = span.to;
	return Math.min(cut, end);
}

/**
 * "... have died and more details of the outbreak are emerging": a subject of its own and its
 * verb after "and" start a second clause, which a question about the first leaves out.
 */
function startsClause(tokens: readonly Token[], at: number): boolean {
	let nouns = 0;
	for (let j = at; j < Math.min(tokens.length, at + 8); j += 1) {
		const word = tokenAt(tokens, j);
		if (
			nouns > 0 &&
			(AUXILIARIES.has(word.normal) || (has(word, 'Verb') && has(word, 'PresentTense')))
		)
			return true;
		if (/[,;:]/.test(word.post)) return false;
		if (has(word, 'Noun') && !has(word, 'Pronoun')) nouns += 1;
		else if (
			!has(word, 'Determiner') &&
			!has(word, 'Adjective') &&
			!has(word, 'Value') &&
			word.normal !== 'of' &&
			!has(word, 'Gerund')
		)
			return false;
	}
	return false;
}

/**
 * "... and left five people missing": a verb after "and" starts a second predicate, also where
 * compromise reads the past tense as an adjective ("left", "injured").
 */
function startsPredicate(tokens: readonly Token[], at: number): boolean {
	const word = tokens[at];
	if (!word) return false;
	if (has(word, 'Verb') || AUXILIARIES.has(word.normal)) return true;
	const next = tokens[at + 1];
	return (
		(word.normal === 'left' || (has(word, 'Adjective') && /ed$/.test(word.normal))) &&
		next !== undefined &&
		(has(next, 'Value') || has(next, 'Determiner'))
	);
}

const PIED = new Set(
	'in on at to from into with by near across over through during since onto toward towards against'.split(
		' '
	)
);

/** Lower-cases a phrase's first letter unless it starts with a name ("Gutenberg", "K2-18 b"). */
export function lowerFirst(ctx: SentenceContext, at: number, text: string): string {
	const first = tokenAt(ctx.sentence.tokens, at);
	const replaced = ctx.referents.replace.get(at);
	// "the company" -> "Starbucks": a name put in keeps its capital; "The ..." does not.
	if (replaced !== undefined && !(/^[A-Z]/.test(replaced) && !/^(?:The|A|An|In)\b/.test(replaced)))
		return text.charAt(0).toLowerCase() + text.slice(1);
	if (replaced !== undefined) return text;
	const proper =
		(has(first, 'ProperNoun') && !has(first, 'Determiner')) ||
		has(first, 'Organization') ||
		has(first, 'Person') ||
		has(first, 'Place') ||
		/^[A-Z]{2,}|^[A-Z]\.|\d/.test(first.text) ||
		// "Danish-born", "Seattle-based": a name joined to a word by a hyphen.
		(isCapitalised(first) && /^-$/.test(first.post)) ||
		ctx.properWords?.has(first.text) === true ||
		// "Gonzaga's Drew Timme": an owner written with a capital before a name is a name too.
		(isCapitalised(first) &&
			/['’]s?$/.test(first.text) &&
			(ctx.properWords?.has(first.text.replace(/['’]s?$/, '')) === true ||
				isCapitalised(tokenAt(ctx.sentence.tokens, at + 1)))) ||
		// "Harlow Mills is ...": a capitalised noun run into another capitalised word is a name.
		(isCapitalised(first) &&
			/^\s*$/.test(first.post) &&
			isCapitalised(tokenAt(ctx.sentence.tokens, at + 1)) &&
			has(first, 'Noun') &&
			!has(first, 'Determiner') &&
			!has(first, 'Pronoun') &&
			!TITLE_WORDS.has(first.normal)) ||
		// "Narasimhan, 55, issued ...": a capitalised subject with an apposition is a name.
		(ctx.clause?.apposition !== undefined &&
			at === ctx.clause.subjectStart &&
			isCapitalised(first) &&
			!has(first, 'Determiner'));
	return proper ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function subjectText(ctx: SentenceContext, clause: Clause): string | null {
	const text = render(ctx, [{ from: clause.subjectStart, to: clause.subjectEnd }]);
	if (!text || isBareDefinite(ctx, clause)) return null;
	return lowerFirst(ctx, clause.subjectStart, text);
}

/** "the vessel", "the team": a subject whose referent only the previous sentences give. */
export function isBareDefinite(ctx: SentenceContext, clause: Clause): boolean {
	const { tokens } = ctx.sentence;
	const first = tokens[clause.subjectStart];
	const head = tokens[clause.subjectStart + 1];
	return (
		clause.subjectEnd - clause.subjectStart === 2 &&
		first?.normal === 'the' &&
		!ctx.referents.replace.has(clause.subjectStart) &&
		head !== undefined &&
		!isCapitalised(head)
	);
}

function doSupport(verb: Token, sentence: readonly Token[] = []): string | null {
	if (has(verb, 'PastTense')) return 'did';
	// "The Lions beat the Bears on Sunday": with a past time in the sentence, "beat" is past.
	const pastTime = sentence.some(
		(t) =>
			has(t, 'WeekDay') || /^(?:yesterday|ago|last|earlier)$/.test(t.normal) || has(t, 'PastTense')
	);
	// Without a word that says now ("currently", "every"), a news report's "split" is past.
	const present = sentence.some((t) =>
		/^(?:now|currently|every|each|usually|often|always|today)$/.test(t.normal)
	);
	if (SAME_PAST.has(verb.normal) && (pastTime || !present)) return 'did';
	if (has(verb, 'PresentTense'))
		return /s$/.test(verb.normal) && !/ss$/.test(verb.normal) ? 'does' : 'do';
	return null;
}

function finish(parts: Array<string | null>, tail: string): string | null {
	if (parts.some((p) => p === null)) return null;
	const text = tidy((parts as string[]).filter((p) => p.length > 0).join(' ') + tail);
	const words = text.split(' ').length;
	if (words < 5 || words > 34) return null;
	if (/\b(?:the|a|an|and|or|of|to|that|which|by)$/i.test(text)) return null;
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}?`;
}

const GENERIC_REPORTERS =
	/^(?:reports?|studies|research|data|evidence|estimates|figures|sources)$/i;

/** ", according to South Korea's Joint Chiefs of Staff" for a question from a reported clause. */
function attribution(ctx: SentenceContext): string | null {
	const outer = ctx.clause;
	if (!outer) return null;
	const reporter = render(ctx, [{ from: outer.subjectStart, to: outer.subjectEnd }]);
	if (!reporter) return null;
	if (GENERIC_REPORTERS.test(reporter)) return '';
	return `, according to ${lowerFirst(ctx, outer.subjectStart, reporter)}`;
}

/** The token at `at` starts a bracket: "(150" or "( 150". */
function opensBracket(tokens: readonly Token[], at: number): boolean {
	const token = tokens[at];
	return (
		token !== undefined &&
		(/\(/.test(tokens[at - 1]?.post ?? '') || /\(/.test(token.pre) || /^\(/.test(token.text))
	);
}

export function whQuestion(ctx: SentenceContext, target: WhTarget): string | null {
	const second = ctx.second && target.from >= ctx.second.subjectStart ? ctx.second : null;
	// A second clause inside a reported one ("X said A rose, while B fell") is X's word too.
	const reported =
		ctx.inner &&
		target.from >= ctx.inner.subjectStart &&
		(!second || second.subjectStart > ctx.inner.subjectStart);
	const inner = reported ? (ctx.inner ?? null) : null;
	// A target in a relative clause after a name is asked from that clause alone (one inside a
	// reported or a second clause is left to those).
	if (ctx.relative && target.from >= ctx.relative.restStart && !inner && !second)
		return whQuestion(
			{ ...ctx, clause: ctx.relative, inner: null, second: null, relative: null },
			target
		);
	const clause = second ?? inner ?? ctx.clause;
	if (!clause) return null;
	if (target.from < clause.introEnd) {
		return target.from >= clause.introStart && target.to <= clause.introEnd && !inner
			? introQuestion(ctx, clause, target)
			: null;
	}
	// "£129 (150 euros)": a figure in brackets restates the one before it; asking for it while
	// showing the other gives it away.
	if (opensBracket(ctx.sentence.tokens, target.from)) return null;
	const source = inner ? attribution(ctx) : '';
	if (source === null) return null;
	// "How many libraries does she plan to open, according to Mayor Varga?": the reported
	// clause's "she" reads as someone else once the speaker moves to the end.
	if (
		inner &&
		ctx.sentence.tokens
			.slice(inner.subjectStart, inner.subjectEnd)
			.some((t) => has(t, 'Pronoun') || /^(?:he|she|they|it)$/.test(t.normal))
	)
		return null;
	const tail = introTail(ctx, clause) + source;
	// Coordinated answers ("the United States and its allies") have more than one answer.
	if (target.wh !== 'What' && target.wh !== 'Why' && isCoordinated(ctx, clause, target))
		return null;
	if (isSubjectTarget(ctx, clause, target))
		return target.wh === 'Where' ? null : subjectQuestion(ctx, clause, target, tail);
	if (target.from < clause.restStart || target.to > clause.end) return null;
	if (crossesIntoOtherClause(ctx, clause, target))
		return secondPredicateQuestion(ctx, clause, target, tail);
	return objectQuestion(ctx, clause, target, tail);
}

/**
 * "An explosion killed two people and left five people missing" -> "How many people did an
 * explosion leave missing?": the object of a second past-tense predicate, asked with the
 * subject both predicates share. Only a plain object right after the verb; the first predicate
 * a simple active past, so that "did" fits both.
 */
function secondPredicateQuestion(
	ctx: SentenceContext,
	clause: Clause,
	target: WhTarget,
	tail: string
): string | null {
	const { tokens } = ctx.sentence;
	if (clause.aux >= 0 || clause.passive || clause.verb < 0) return null;
	if (!has(tokens[clause.verb], 'PastTense')) return null;
	const and = tokens.findIndex((t, k) => k > clause.verb && k < target.from && t.normal === 'and');
	if (and < 0 || tokens.slice(and + 1, target.from).some((t) => t.normal === 'and')) return null;
	const verb = tokens[and + 1];
	// "and left five people missing": the verb, then the target at once (an article may come first).
	// compromise may read "left" or "charged" before a count as an adjective: a verb all the same.
	const past =
		verb !== undefined &&
		((has(verb, 'Verb') && has(verb, 'PastTense')) ||
			(startsPredicate(tokens, and + 1) && /^left$|ed$/.test(verb.normal)));
	if (!verb || !past || has(verb, 'Gerund')) return null;
	if (/[,;:]/.test(tokens[and - 1]?.post ?? '') || /\S/.test(verb.post)) return null;
	const from = gapStart(ctx, clause, target);
	if (from !== and + 2) return null;
	const subject = subjectText(ctx, clause);
	const end = tailEnd(ctx, target.to, clause.end, true);
	const rest = render(
		ctx,
		[{ from: target.to, to: end }].filter((p) => p.to > p.from)
	);
	if (subject === null || rest === null) return null;
	return finish([target.wh, 'did', subject, toInfinitive(verb.text), rest], tail);
}

/** The target is one of several joined by "and"/"or", or a member of a comma list. */
function isCoordinated(ctx: SentenceContext, clause: Clause, target: WhTarget): boolean {
	const { tokens } = ctx.sentence;
	const after = tokens[target.to];
	const afterNext = tokens[target.to + 1];
	const joinsNoun =
		(after?.normal === 'and' || after?.normal === 'or') &&
		!(afterNext && startsPredicate(tokens, target.to + 1));
	const listed =
		(target.from > clause.introEnd && /,/.test(tokens[target.from - 1]?.post ?? '')) ||
		(/,/.test(tokens[target.to - 1]?.post ?? '') &&
			/^(?:[A-Z]|the )/.test(`${tokens[target.to]?.text ?? ''} `) &&
			tokens.slice(target.to, target.to + 8).some((t) => t.normal === 'and' || t.normal === 'or'));
	// "And 64% of ...": a sentence-initial "And" joins nothing inside the sentence.
	const joinedAfter =
		target.from - 1 >= clause.introEnd &&
		/^(?:and|or)$/.test(tokens[target.from - 1]?.normal ?? '');
	return joinsNoun || listed || joinedAfter;
}

/** The target is the whole subject (after determiners), or the count inside it. */
function isSubjectTarget(ctx: SentenceContext, clause: Clause, target: WhTarget): boolean {
	const leading = ctx.sentence.tokens.slice(clause.subjectStart, target.from);
	const wholeSubject =
		target.to === clause.subjectEnd ||
		/^(?:Approximately how many|How many|What percentage)$/.test(target.wh);
	return (
		target.from >= clause.subjectStart &&
		target.to <= clause.subjectEnd &&
		wholeSubject &&
		(leading.every((t) => has(t, 'Determiner')) || (target.wh === 'Who' && isRole(leading)))
	);
}

/** "Borough manager | Dean Murray said ...": words naming a person's role, dropped with "Who". */
function isRole(words: readonly Token[]): boolean {
	return words.every(
		(t) =>
			(has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Determiner')) &&
			!has(t, 'Pronoun') &&
			!has(t, 'Possessive') &&
			!/'s$/.test(t.text) &&
			!/[,;:()]/.test(t.post)
	);
}

/** Subject asked: "Which country has reportedly sent ...?" */
function subjectQuestion(
	ctx: SentenceContext,
	clause: Clause,
	target: WhTarget,
	tail: string
): string | null {
	const { tokens } = ctx.sentence;
	// "Who was a physicist ...?" describes a kind of person: others in the text may fit too.
	// "Who is under fire for ...?", "Who was absent from ...?" read fine: a preposition or a
	// plain adjective after the copula says what someone did or underwent, not what kind they are.
	const after = tokens[clause.restStart];
	const state =
		after !== undefined &&
		(has(after, 'Preposition') || (has(after, 'Adjective') && !has(after, 'Noun'))) &&
		!/^(?:of|like|among)$/.test(after.normal);
	if (target.wh === 'Who' && clause.verb < 0 && !state) return null;
	const reports = clause.verb >= 0 && tokens[clause.verb + 1]?.normal === 'that';
	const end =
		target.keepTail || reports ? clause.end : tailEnd(ctx, clause.restStart, clause.end, true);
	const rest = render(ctx, [
		{ from: target.to, to: clause.subjectEnd },
		{ from: clause.subjectEnd, to: end }
	]);
	if (rest === null) return null;
	// "Which country became only the second country?": the cut took what mattered.
	const linking = /^(?:became|become|becomes|remained|remains|is|was|are|were)$/.test(
		tokens[clause.verb >= 0 ? clause.verb : clause.aux]?.normal ?? ''
	);
	if (linking && end < clause.end && clause.end - end > end - clause.subjectEnd) return null;
	// "Approximately how many copies were printed?": too little to know what is counted.
	if (/how many/i.test(target.wh) && rest.split(' ').length < 3 && !/[A-Z]/.test(rest)) return null;
	let agreed = rest;
	if (!/how many/i.test(target.wh) && target.to === clause.subjectEnd) {
		// "Who" and "Which country" are singular: "officials have warned" -> "Who has warned".
		const verbWord = tokenAt(tokens, clause.aux >= 0 ? clause.aux : clause.verb);
		const singular: Record<string, string> = { have: 'has', are: 'is', were: 'was', do: 'does' };
		if (singular[verbWord.normal]) {
			agreed = rest.replace(
				new RegExp(`\\b${verbWord.text}\\b`),
				singular[verbWord.normal] as string
			);
		} else if (clause.aux < 0 && has(verbWord, 'PresentTense') && !/s$/.test(verbWord.normal)) {
			return null;
		}
	}
	return finish([target.wh, agreed], tail);
}

/** Participles that open a phrase of their own, read by compromise as nouns or prepositions. */
const PARTICIPLE_PREPOSITIONS = new Set(
	'beginning starting ending including following excluding lasting'.split(' ')
);

/** Between the verb and the target lies a clause boundary, a reduced relative or a second predicate. */
function crossesIntoOtherClause(ctx: SentenceContext, clause: Clause, target: WhTarget): boolean {
	const { tokens } = ctx.sentence;
	for (let k = clause.restStart; k < target.from; k += 1) {
		const token = tokenAt(tokens, k);
		// The target sits inside a reduced relative ("a planet orbiting a star 120 light-years
		// from Earth", "troops deployed to Russia"): not what the main clause asks about.
		if (has(token, 'Gerund') || (has(token, 'PastTense') && has(tokens[k - 1], 'Noun')))
			return true;
		// "... on Instagram beginning in October 2016": compromise may read the participle as a noun.
		if (PARTICIPLE_PREPOSITIONS.has(token.normal) && has(tokens[k - 1], 'Noun')) return true;
		// The target sits in a second predicate ("... opened in 1977 and carried 31,000 vehicles").
		const next = tokens[k + 1];
		if (
			/^(?:and|but|or)$/.test(token.normal) &&
			next &&
			(startsPredicate(ctx.sentence.tokens, k + 1) || startsClause(ctx.sentence.tokens, k + 1))
		) {
			return true;
		}
		if (BLOCKERS.has(token.normal) || (k < target.from - 1 && /[,;:(]/.test(token.post)))
			return true;
		if (/[;:]/.test(token.post)) return true;
	}
	return false;
}

/** Where the gap starts: an article or a plain adjective in front goes with the answer. */
function gapStart(ctx: SentenceContext, clause: Clause, target: WhTarget): number {
	const { tokens } = ctx.sentence;
	// "joined the African National Congress": the article goes with the answer.
	let from = target.from;
	// "struck central Italy": a plain adjective in front goes with a name too.
	const modifier = tokens[from - 1];
	if (
		from - 1 >= clause.restStart &&
		modifier !== undefined &&
		has(modifier, 'Adjective') &&
		!isCapitalised(modifier) &&
		isCapitalised(tokens[from])
	) {
		from -= 1;
	}
	if (from - 1 >= clause.restStart && /^(?:the|a|an)$/.test(tokens[from - 1]?.normal ?? ''))
		from -= 1;
	return from;
}

/** Object or adjunct asked, fronted with inversion: "To which country has North Korea sent troops?" */
function objectQuestion(
	ctx: SentenceContext,
	clause: Clause,
	target: WhTarget,
	tail: string
): string | null {
	const { tokens } = ctx.sentence;
	const from = gapStart(ctx, clause, target);
	// "bases in eastern Ukraine" (an adjective gapStart did not take) or "in central and eastern
	// Ukraine": the answer's own modifiers would stay behind ("in central and eastern?").
	const modifier = (k: number) =>
		tokens[k] !== undefined &&
		!isCapitalised(tokens[k]) &&
		(has(tokens[k], 'Adjective') ||
			/^(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?$/.test(
				tokens[k]?.normal ?? ''
			));
	if (
		(modifier(from - 1) && from - 1 >= clause.restStart) ||
		(/^(?:and|or)$/.test(tokens[from - 1]?.normal ?? '') && modifier(from - 2))
	)
		return null;
	const before = tokens[from - 1];
	const hasPrep =
		before !== undefined && from - 1 >= clause.restStart && PREPOSITIONS.has(before.normal);
	// "will retail for £99 in the UK" -> "How much will ... retail for in the UK?": a price after
	// "for"/"at" leaves its preposition where it stood.
	const priceStranded =
		hasPrep && /^how much$/i.test(target.wh) && /^(?:for|at)$/.test(before.normal);
	if (hasPrep && !PIED.has(before.normal) && !priceStranded) return null;
	// "Where" stands for the whole "in Europe" / "at the plant" phrase.
	if (target.wh === 'Where') {
		if (!hasPrep || !/^(?:in|at)$/.test(before.normal)) return null;
		const end = target.keepTail ? clause.end : tailEnd(ctx, target.to, clause.end, true);
		const kept = [
			{ from: clause.restStart, to: from - 1 },
			{ from: target.to, to: end }
		].filter((p) => p.to > p.from);
		// "performed at the Orvel Hall" -> "Where did Halvorsen perform?": nothing else kept.
		const rest = kept.length ? render(ctx, kept) : '';
		return invert(ctx, clause, 'Where', rest, tail);
	}
	const temporal = /^Which (?:year|month)/.test(target.wh);
	// A year inside a full date ("on July 24, 1969") or a count after a preposition
	// ("in about 7 meters of water") has no natural question.
	if (temporal && !hasPrep) return null;
	// "for 17 nights" -> "For how many nights ...?"; other prepositions read badly fronted
	// ("In how many meters of water ...?").
	const countPied = /^(?:for|over|within|after|by)$/.test(before?.normal ?? '');
	if (hasPrep && /how much|what percentage/i.test(target.wh) && !priceStranded) return null;
	if (hasPrep && /how many/i.test(target.wh) && (!countPied || target.pied === false)) return null;
	// "held about 3.2 billion barrels of oil": "of oil" goes with "how many barrels".
	const counted = countedOf(ctx, target);
	const afterTarget = counted?.to ?? target.to;
	const end = target.keepTail ? clause.end : tailEnd(ctx, afterTarget, clause.end, true);
	let wh = counted ? `${target.wh} ${counted.text}` : target.wh;
	let gapFrom = from;
	let stranded = '';
	if (priceStranded) {
		// "sell for $349", "valued at $3 million": the preposition right after the verb.
		if (from - 1 !== clause.restStart) return null;
		// "valued at $8.8 billion at list prices": "valued at at list prices" reads as a slip.
		if (tokens[afterTarget]?.normal === before.normal) return null;
		// "for £99 (149 euros) in the UK": the converted price would give the answer away.
		let resume = afterTarget;
		if (opensBracket(tokens, resume)) {
			while (resume < clause.end && !/\)/.test(tokens[resume]?.post ?? '')) resume += 1;
			resume += 1;
		}
		const resumeEnd = target.keepTail ? clause.end : tailEnd(ctx, resume, clause.end, true);
		const rest = render(
			ctx,
			[
				{ from: clause.restStart, to: from },
				{ from: resume, to: resumeEnd }
			].filter((p) => p.to > p.from)
		);
		return invert(ctx, clause, wh, rest, tail);
	}
	if (hasPrep) {
		if (target.pied === false) {
			if (end > afterTarget) return null;
			stranded = ` ${before.normal}`;
		} else {
			const prep = temporal && before.normal === 'on' ? 'in' : before.normal;
			wh = `${prep.charAt(0).toUpperCase()}${prep.slice(1)} ${wh.charAt(0).toLowerCase()}${wh.slice(1)}`;
		}
		gapFrom = from - 1;
	}
	if (clause.passive && before?.normal === 'by' && clause.aux >= 0) {
		const kept = render(ctx, [{ from: afterTarget, to: end }]);
		return agentQuestion(ctx, clause, target, kept, tail + stranded);
	}
	const rest = render(ctx, [
		{ from: clause.restStart, to: gapFrom },
		{ from: afterTarget, to: end }
	]);
	return invert(ctx, clause, wh, rest, stranded + tail);
}

/** "of oil", "of recoverable crude" right after a count: what the count is of, or null. */
function countedOf(ctx: SentenceContext, target: WhTarget): { to: number; text: string } | null {
	const { tokens } = ctx.sentence;
	if (!/^(?:approximately )?how many \S/i.test(target.wh)) return null;
	if (tokens[target.to]?.normal !== 'of' || /[,;:(]/.test(tokens[target.to - 1]?.post ?? ''))
		return null;
	let to = target.to + 1;
	while (
		to < tokens.length &&
		to - target.to <= 4 &&
		(has(tokens[to], 'Noun') || has(tokens[to], 'Adjective')) &&
		!has(tokens[to], 'Pronoun') &&
		!has(tokens[to], 'Determiner') &&
		!has(tokens[to], 'Value')
	) {
		to += 1;
		if (/[,;:()]/.test(tokens[to - 1]?.post ?? '')) break;
	}
	if (to === target.to + 1 || !has(tokens[to - 1], 'Noun')) return null;
	const text = render(ctx, [{ from: target.to, to }]);
	return text ? { to, text } : null;
}

/** Passive with its agent asked: "What has further solidified the cooperation ...?" */
function agentQuestion(
	ctx: SentenceContext,
	clause: Clause,
	target: WhTarget,
	kept: string | null,
	trailing: string
): string | null {
	const { tokens } = ctx.sentence;
	const subject = subjectText(ctx, clause);
	const auxWords = tokens.slice(clause.aux, clause.verb).filter((t) => AUXILIARIES.has(t.normal));
	const adverbs = tokens
		.slice(clause.aux, clause.verb)
		.filter((t) => !AUXILIARIES.has(t.normal))
		.map((t) => t.text)
		.join(' ');
	const first = auxWords[0]?.normal;
	const verb = tokenAt(tokens, clause.verb);
	if (
		auxWords.length === 2 &&
		auxWords[1]?.normal === 'been' &&
		(first === 'has' || first === 'have' || first === 'had')
	) {
		return finish(
			[target.wh, first === 'had' ? 'had' : 'has', adverbs, verb.text, subject, kept],
			trailing
		);
	}
	// "were created by a hot spot" -> "What created ...?": only where the participle is
	// also the past tense (regular "-ed" verbs).
	if (auxWords.length === 1 && (first === 'was' || first === 'were') && /ed$/.test(verb.normal))
		return finish([target.wh, adverbs, verb.text, subject, kept], trailing);
	return null;
}

/** "wh + auxiliary + subject + verb + rest": "To which country has North Korea sent troops?" */
function invert(
	ctx: SentenceContext,
	clause: Clause,
	wh: string,
	rest: string | null,
	trailing: string
): string | null {
	const { tokens } = ctx.sentence;
	const subject = subjectText(ctx, clause);
	const adverbs = render(ctx, [
		{ from: clause.subjectEnd, to: clause.aux >= 0 ? clause.aux : clause.verb }
	]);
	if (clause.aux >= 0) {
		const aux = tokenAt(tokens, clause.aux);
		const middle = render(ctx, [{ from: clause.aux + 1, to: clause.restStart }]);
		return finish([wh, aux.normal, subject, adverbs, middle, rest], trailing);
	}
	const verb = tokenAt(tokens, clause.verb);
	const support = doSupport(verb, tokens);
	if (!support) return null;
	return finish([wh, support, subject, adverbs, toInfinitive(verb.text), rest], trailing);
}

/** A year or month in a fronted time phrase: "On July 20, 1969, ..." -> "In which year did ...". */
function introQuestion(ctx: SentenceContext, clause: Clause, target: WhTarget): string | null {
	if (!/^Which (?:year|month)/.test(target.wh) || clause.introStart !== 0) return null;
	const first = tokenAt(ctx.sentence.tokens, clause.introStart);
	if (!/^(?:in|on|by|since|until|during)$/.test(first.normal)) return null;
	// Only a plain date phrase ("On the night of November 9, 1989,"), not a clause.
	const dateOnly = ctx.sentence.tokens
		.slice(clause.introStart + 1, clause.introEnd)
		.every(
			(t) =>
				has(t, 'Date') ||
				has(t, 'Value') ||
				/^(?:the|night|morning|evening|of|early|late|mid)$/.test(t.normal)
		);
	if (!dateOnly) return null;
	const prep = first.normal === 'on' || first.normal === 'during' ? 'in' : first.normal;
	const wh = `${prep.charAt(0).toUpperCase()}${prep.slice(1)} ${target.wh.charAt(0).toLowerCase()}${target.wh.slice(1)}`;
	const rest = render(ctx, [
		{ from: clause.restStart, to: tailEnd(ctx, clause.restStart, clause.end, true) }
	]);
	return invert(ctx, clause, wh, rest, '');
}
