// True/false: the sentence as a self-contained statement; a false one changes exactly one fact
// (a number, a month, a year or a place) to a same-type value the text contradicts.
import { monthDistractors, numberDistractors, tooClose, entityDistractors } from '../distractors';
import { KIND_TRUSTED, kindConfidence, type Fact } from '../facts/types';
import { hashString } from '../hash';
import { BEFORE_A_FIGURE, MONTHS, numberWordValue } from '../words';
import { asStatement, renderPieces } from '../render';
import { quotesSpeech, sourceTypo, withoutRelativeTime } from '../text';
import { isBareDefinite, type SentenceContext } from '../wh';
import { nameGender } from './mcq';
import { asideBeforeVerb, type Trim } from './trim';
import { factKey, type BuildContext, type Candidate } from './candidate';

function numberIn(text: string): number {
	return Number((/[\d,]+(?:\.\d+)?/.exec(text)?.[0] ?? '0').replace(/,/g, ''));
}

function closestFirst(options: string[], answer: string): string[] {
	const value = numberIn(answer);
	const distance = (o: string) => Math.abs(Math.log(numberIn(o) / value));
	return [...options].sort((a, b) => distance(a) - distance(b));
}

const NEEDS_THE =
	/^(?:United|Soviet|Netherlands|Philippines|Czech|Gambia|Bahamas)\b|(?:Republic|Union|Kingdom|States|Islands)$/;

/** "North Korea has" -> "the United States has"; "the United States" -> "Canada". */
function withArticle(sentence: string, fact: Fact, replacement: string) {
	if (fact.kind !== 'place') return { start: fact.start, end: fact.end, text: replacement };
	const before = sentence.slice(Math.max(0, fact.start - 4), fact.start);
	const hasThe = /\bthe $/i.test(before);
	const start = hasThe ? fact.start - 4 : fact.start;
	const article = NEEDS_THE.test(replacement) ? `${hasThe ? before.slice(0, 3) : 'the'} ` : '';
	return { start, end: fact.end, text: article + replacement };
}

const SWAPPABLE = new Set(['quantity', 'year', 'month', 'place', 'person', 'term']);

/**
 * A place or a person swapped into a general claim often makes a statement the text does not
 * rule out ("In Indonesia, as in Europe, immigration is sensitive"): blind raters accepted 3
 * of 16 false statements with a swapped place or person on held-out articles, and none of the
 * 11 without a figure or a date. A statement of an event with its figure or date can be
 * plainly contradicted.
 */
const NAME_KINDS = new Set(['place', 'person', 'term']);
const FIGURE_OR_DATE = new RegExp(
	`\\d|\\b(?:${MONTHS.join('|')})\\b|\\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\\b`,
	'i'
);

/** "Marie Curie was a physicist ...": a description other people in the text may fit too. */
function copular(fact: Fact, build: BuildContext): boolean {
	const clause = build.contexts[fact.sentence]?.clause;
	return !clause || clause.verb < 0;
}

/** "England goalkeeper Mary Earps": a role the swapped-in name would not fit. */
function afterNoun(fact: Fact, build: BuildContext): boolean {
	const previous = build.contexts[fact.sentence]?.sentence.tokens[fact.from - 1];
	return previous !== undefined && previous.tags.has('Noun') && !/[,;:]/.test(previous.post);
}

/** A swapped-in person whose own sentences share a content word with this one may fit it too. */
function sharesContext(name: string, fact: Fact, build: BuildContext): boolean {
	const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{5,}/g) ?? []);
	const own = words(build.contexts[fact.sentence]?.sentence.text ?? '');
	for (const ctx of build.contexts) {
		if (!ctx.sentence.text.includes(name)) continue;
		for (const word of words(ctx.sentence.text.replace(name, ''))) if (own.has(word)) return true;
	}
	return false;
}

/**
 * "Canada banned the app" with "Britain also banned the app" later on: a swapped-in name the
 * article gives the same verb elsewhere may do the same thing, so the statement is not false.
 */
function sameVerbElsewhere(name: string, fact: Fact, build: BuildContext): boolean {
	const ctx = build.contexts[fact.sentence];
	const verb = ctx?.clause ? ctx.sentence.tokens[ctx.clause.verb] : undefined;
	if (!verb) return false;
	const stem = verb.normal.replace(/(?:ed|ing|es|s)$/, '');
	if (stem.length < 3) return false;
	return build.contexts.some(
		(other) =>
			other !== ctx &&
			other.sentence.text.includes(name) &&
			other.sentence.tokens.some((t) => t.normal.startsWith(stem) && t.tags.has('Verb'))
	);
}

/**
 * "Israel seized the territories" -> "Egypt seized ...", "came fourth in Athens" -> "in Rome":
 * the article tells what the subject did and where, so another subject or place contradicts it.
 * "suits against Israel" -> "against Jordan", "upgraded Pakistan" -> "upgraded Malaysia" only
 * say something of a country the article says nothing of: unsupported, not false.
 */
function subjectOrLocation(fact: Fact, build: BuildContext): boolean {
	const ctx = build.contexts[fact.sentence];
	const clause = ctx?.clause;
	if (!ctx || !clause) return false;
	if (fact.from >= clause.subjectStart && fact.to <= clause.subjectEnd) return true;
	const before = ctx.sentence.tokens[fact.from - 1]?.normal;
	return before === 'in' || before === 'at';
}

/** Keeps "cut to 1.1 percent from 1.3 percent" a cut: the swap must not flip a comparison. */
function keepsOrder(fact: Fact, candidate: string, facts: readonly Fact[]): boolean {
	if (fact.kind !== 'quantity') return true;
	const value = numberIn(fact.answer);
	const next = numberIn(candidate);
	return facts.every((other) => {
		if (other === fact || other.kind !== 'quantity' || other.subtype !== fact.subtype) return true;
		const against = numberIn(other.answer);
		return Math.sign(value - against) === Math.sign(next - against);
	});
}

/** A count written in figures or in words ("10", "ten"). */
function countValue(word: string): number | undefined {
	if (/^[\d,]+(?:\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
	return numberWordValue(word.toLowerCase());
}

/** "eight out of ten companies", "one in five": a false share must stay a part of its whole. */
function fitsShare(fact: Fact, candidate: string, sentence: string): boolean {
	if (fact.kind !== 'quantity') return true;
	const first = fact.answer.split(' ')[0] ?? '';
	const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const whole = new RegExp(`\\b${escaped} (?:out of|in) ([\\d,]+|[a-z]+)\\b`, 'i').exec(
		sentence
	)?.[1];
	const limit = whole === undefined ? undefined : countValue(whole);
	const next = countValue(candidate.split(' ')[0] ?? '');
	return limit === undefined || next === undefined || next <= limit;
}

/**
 * "75 to 100 homes" -> "95 to 100 homes": a swapped end that stays inside the range the article
 * gives is not contradicted by it.
 */
export function leavesRange(fact: Fact, candidate: string, sentence: string): boolean {
	if (fact.kind !== 'quantity') return true;
	const plain = (text: string) => text.replace(/[$£€]/g, '');
	const first = plain(fact.answer.split(' ')[0] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (!first) return true;
	const joint = String.raw`(?:\s*[-–]\s*|\s+(?:to|and)\s+)`;
	const range = new RegExp(
		String.raw`(?<![\d.])(?:([\d,.]+)${joint}${first}|${first}${joint}([\d,.]+))(?![\d])`
	).exec(plain(sentence));
	if (!range) return true;
	const other = Number((range[1] ?? range[2] ?? '').replace(/,/g, ''));
	const value = numberIn(plain(fact.answer));
	const next = numberIn(plain(candidate));
	if (!Number.isFinite(other)) return true;
	return next < Math.min(value, other) || next > Math.max(value, other);
}

const VIEW_OR_SPEECH =
	/\b(?:said|says|say|told|believes?|believed|thinks?|thought|argued?|argues|feels?|felt|warned|warns|hopes?|hoped|fears?|feared|expects?|expected|predicted|predicts|called|described|praised|criticised|criticized|accused|claimed|claims)\b/;

const HE = /\b(?:he|him|his|himself)\b/gi;
const SHE = /\b(?:she|her|hers|herself)\b/gi;

/** "he" or "she" by the pronouns that follow a person's mentions, or undefined when unsure. */
function genderOf(name: string, build: BuildContext): 'he' | 'she' | undefined {
	const surname = name.split(' ').at(-1) ?? name;
	let he = 0;
	let she = 0;
	build.contexts.forEach((ctx, index) => {
		const text = ctx.sentence.text;
		const at = text.indexOf(surname);
		if (at < 0) return;
		const after = `${text.slice(at)} ${build.contexts[index + 1]?.sentence.text ?? ''}`;
		he += (after.match(HE) ?? []).length;
		she += (after.match(SHE) ?? []).length;
	});
	if (he > 0 && she === 0) return 'he';
	if (she > 0 && he === 0) return 'she';
	return undefined;
}

/**
 * A person swapped into a sentence that keeps "she": only someone the article calls "she" too,
 * else the pronoun gives the lie away. Not into a sentence of what someone said or thinks either:
 * the article never says the other person did not think so.
 */
export function personFits(
	fact: Fact,
	candidate: string,
	sentence: string,
	build: BuildContext
): boolean {
	if (fact.kind !== 'person') return true;
	if (VIEW_OR_SPEECH.test(sentence)) return false;
	const he = HE.test(sentence);
	const she = SHE.test(sentence);
	HE.lastIndex = 0;
	SHE.lastIndex = 0;
	if (!he && !she) return true;
	if (he && she) return false;
	const named = nameGender(candidate);
	const gender = named ? (named === 'male' ? 'he' : 'she') : genderOf(candidate, build);
	return gender === (he ? 'he' : 'she');
}

/** "February 30" is not a date: a month is only swapped when the day fits every month. */
function monthFits(fact: Fact, build: BuildContext): boolean {
	if (fact.kind !== 'month') return true;
	const ctx = build.contexts[fact.sentence];
	const day = Number(ctx?.sentence.tokens[fact.to - 1]?.normal);
	return !(Number.isFinite(day) && day > 28 && day <= 31);
}

/** Where a country lies: a swapped-in country from elsewhere reads as absurd, not as false. */
const REGION_OF: Record<string, string> = Object.fromEntries(
	Object.entries({
		europe:
			'Austria|Belarus|Belgium|Bulgaria|Croatia|Czech Republic|Denmark|Estonia|Finland|France|Germany|Greece|Hungary|Ireland|Italy|Latvia|Lithuania|Moldova|Netherlands|Norway|Poland|Portugal|Romania|Russia|Serbia|Slovakia|Spain|Sweden|Switzerland|Ukraine|United Kingdom|Soviet Union|East Germany|West Germany|Czechoslovakia|Yugoslavia|Prussia|Georgia',
		'middle east':
			'Iran|Iraq|Israel|Jordan|Lebanon|Saudi Arabia|Syria|Turkey|Yemen|Egypt|Ottoman Empire',
		asia: 'Afghanistan|Bangladesh|China|India|Indonesia|Japan|Kazakhstan|Malaysia|Mongolia|North Korea|Pakistan|Philippines|Singapore|South Korea|Taiwan|Thailand|Vietnam',
		africa:
			'Algeria|Angola|Botswana|Cameroon|Democratic Republic of the Congo|Eritrea|Ethiopia|Ghana|Kenya|Libya|Malawi|Mali|Morocco|Mozambique|Namibia|Niger|Nigeria|Rwanda|Senegal|Somalia|South Africa|South Sudan|Sudan|Tanzania|Tunisia|Uganda|Zambia|Zimbabwe',
		americas: 'Canada|Mexico|United States|Cuba',
		'south america': 'Argentina|Brazil|Chile|Colombia|Peru|Venezuela',
		oceania: 'Australia|New Zealand'
	}).flatMap(([region, names]) => names.split('|').map((name) => [name, region]))
);

/**
 * "Israel" -> "Jordan", never "the United States": a country only from its own region, and a
 * place not known as a country only for another such place.
 */
export function sameRegion(answer: string, candidate: string): boolean {
	const a = REGION_OF[answer.replace(/^the /i, '')];
	const b = REGION_OF[candidate.replace(/^the /i, '')];
	// A country for a city or a region ("Uganda" -> "the United Kingdom") is no swap either.
	return a === b;
}

/** A changed year a reader notices: 2060 -> 2070, 2019 -> 2016, not 2060 -> 2061. */
export function statementYears(answer: string, seed: string): string[] {
	const year = Number(answer);
	const offsets =
		year > 2030 || year < 1950
			? [-10, 10, -20, 20]
			: year < 1990
				? [-5, 5, -6, 6, -10, 10]
				: [-3, 3, -4, 4, -5, 5];
	const turn = hashString(seed) % offsets.length;
	return [...offsets.slice(turn), ...offsets.slice(0, turn)]
		.map((o) => String(year + o))
		.filter((y) => Number(y) <= 2100);
}

/** Words of a phrase before a number that name nothing with it ("The 300 ...", "For 12 ..."). */
const NOT_A_NAME = new Set([...BEFORE_A_FIGURE, 'the', 'a', 'an', 'of', 'for', 'with', 'to']);

/** "S&P 500", "Apollo 17", "Boeing 747": the number follows a capitalised word of a name. */
function insideName(fact: Fact, build: BuildContext): boolean {
	const before = build.contexts[fact.sentence]?.sentence.tokens[fact.from - 1];
	if (!before || fact.from - 1 === 0 || /[,;:.]/.test(before.post)) return false;
	return /^[A-Z][A-Za-z&.]*$/.test(before.text) && !NOT_A_NAME.has(before.normal);
}

/** Hedges that give a floor or a ceiling rather than a value. */
const BOUND = /^(?:over|more than|fewer than|less than|at least|up to|just over|just under)$/i;

function replacementFor(fact: Fact, build: BuildContext, sentence: string): string | undefined {
	const seed = `tf|${fact.sentence}|${fact.answer}`;
	let pool: string[] = [];
	// "more than 30 years" -> "more than 40 years" is not contradicted (the article gave only a
	// floor), and "more than 20" is true: a bound cannot be made false by another number.
	if (fact.kind === 'quantity' && BOUND.test(fact.role ?? '')) return undefined;
	// "voted 116-6": no other score is the nearest wrong one.
	if (fact.subtype === 'score') return undefined;
	// "The S&P 500 lost 1.9%" -> "The S&P 600": a number inside a name is no figure to change.
	if (fact.kind === 'quantity' && insideName(fact, build)) return undefined;
	// The nearest wrong number: a false statement should not be false by being absurd.
	if (fact.kind === 'quantity') {
		pool = closestFirst(
			numberDistractors(fact.answer, seed, fact.subtype === 'percent'),
			fact.answer
		);
	} else if (fact.kind === 'year') pool = statementYears(fact.answer, seed);
	else if (fact.kind === 'month') pool = monthDistractors(fact.answer, seed);
	else if (
		fact.kind === 'person' &&
		!fact.role &&
		fact.answer.includes(' ') &&
		!copular(fact, build) &&
		!afterNoun(fact, build)
	) {
		pool = entityDistractors(fact, build.facts, seed).filter(
			(name) => name.includes(' ') && !sharesContext(name, fact, build)
		);
	} else if (fact.kind === 'term') pool = entityDistractors(fact, build.facts, seed);
	// "Belgium's black players" for "England's": a claim the article makes about no one else's
	// players is not contradicted by it, only unsupported.
	else if (
		fact.kind === 'place' &&
		fact.subtype !== 'place' &&
		!fact.possessive &&
		subjectOrLocation(fact, build)
	)
		pool = entityDistractors(fact, build.facts, seed);
	if (!monthFits(fact, build)) return undefined;
	const lower = sentence.toLowerCase();
	const neighbours = build.facts.filter((f) => f.sentence === fact.sentence);
	return pool.find(
		(c) =>
			!lower.includes(c.toLowerCase()) &&
			!tooClose(fact.answer, c) &&
			keepsOrder(fact, c, neighbours) &&
			fitsShare(fact, c, sentence) &&
			leavesRange(fact, c, sentence) &&
			personFits(fact, c, sentence, build) &&
			// A place the article never mentions is not contradicted by it: the statement would
			// be false only by what the reader knows of the world.
			(fact.kind !== 'place' || (sameRegion(fact.answer, c) && build.mentions(c) > 0)) &&
			((fact.kind !== 'place' && fact.kind !== 'term') || !sameVerbElsewhere(c, fact, build))
	);
}

function statementStart(ctx: SentenceContext): number {
	const first = ctx.sentence.tokens[0];
	// "But another ...", "And the ...": a link to the sentence before, not part of the fact.
	if (first && /^(?:but|and|yet)$/.test(first.normal) && !/[,;:]/.test(first.post)) return 1;
	if (ctx.clause) return ctx.clause.introStart;
	return first &&
		/,/.test(first.post) &&
		/^(?:however|meanwhile|moreover|furthermore|also)$/.test(first.normal)
		? 1
		: 0;
}

/** Views and judgements: a claim holding one is its speaker's, whatever figure it also has. */
const OPINION =
	/\b(?:should|must|ought|need(?:s|ed)? to|hard|badly|unfair|wrong|right|best|worst|better|worse|good|bad|too|failed?|fault|blame[ds]?|dishonest|illegal|unlawful|threat|dangerous|important|seems?|appears?|likely|unlikely|believes?|thinks?|hopes?|wants?|will|would|could|might|may)\b/i;

/**
 * The span from..to states a count or a date in plain words: a claim that may stand without its
 * speaker ("40 people died"), unlike a view ("the war had hit trust hard").
 */
function neutralFact(
	ctx: SentenceContext,
	facts: readonly Fact[],
	from: number,
	to: number
): boolean {
	const counted = facts.some(
		(f) => f.from >= from && f.to <= to && ['quantity', 'year', 'month'].includes(f.kind)
	);
	const words = ctx.sentence.tokens
		.slice(from, to)
		.map((t) => t.text)
		.join(' ');
	return counted && !OPINION.test(words);
}

const REPORTED =
	/^(?:said|says|added|adds|told|wrote|reported|reports|noted|notes|points|pointed|observes|observed|recalls|recalled)$/;

/**
 * Spans the statement leaves out while keeping it true and grammatical: a side remark set off
 * by commas (", who denies the accusation,") and a trailing attribution (", officials said").
 */
function omissions(
	ctx: SentenceContext,
	start: number,
	facts: readonly Fact[]
): Array<{ from: number; to: number }> {
	const { tokens } = ctx.sentence;
	const out: Array<{ from: number; to: number }> = [];
	const end = tokens.length;
	// A trailing ", X said." or ", according to X.".
	for (let c = end - 2; c > start + 4 && end - c <= 8; c -= 1) {
		if (!/,/.test(tokens[c]?.post ?? '')) continue;
		const tail = tokens.slice(c + 1, end);
		const reported =
			tail[0]?.normal === 'according' ||
			(tail.some((t) => REPORTED.test(t.normal)) && tail.every((t) => !/[,;:"]/.test(t.post)));
		// "..., the minister said": a claim stated without its speaker reads as plain fact. Only
		// a neutral count or date ("40 people died, police said") may lose its source.
		if (reported && neutralFact(ctx, facts, start, c + 1)) out.push({ from: c + 1, to: end });
		break;
	}
	// ", who ...," / ", which ...,": a non-restrictive relative clause.
	for (let i = start; i < end - 3; i += 1) {
		if (
			!/^,\s*$/.test(tokens[i]?.post ?? '') ||
			!/^(?:who|which)$/.test(tokens[i + 1]?.normal ?? '')
		)
			continue;
		for (let j = i + 2; j < Math.min(end - 2, i + 20); j += 1) {
			if (/[;:"()]/.test(tokens[j]?.post ?? '')) break;
			// The closing comma is the one the main clause's verb follows, not a list's comma.
			const after = tokens[j + 1];
			if (/^,\s*$/.test(tokens[j]?.post ?? '') && after?.tags.has('Verb')) {
				out.push({ from: i + 1, to: j + 1 });
				break;
			}
		}
		break;
	}
	out.push(...asides(ctx, start));
	const fronted = intro(ctx, start, facts);
	if (fronted) out.push(fronted);
	const second = secondClause(ctx, start, facts);
	if (second) out.push(second);
	return out;
}

/** "- enough for a short taxi ride -", "(the first took place in 2010)": an aside. */
function asides(ctx: SentenceContext, start: number): Array<{ from: number; to: number }> {
	const { tokens } = ctx.sentence;
	const out: Array<{ from: number; to: number }> = [];
	for (let i = start; i < tokens.length - 2; i += 1) {
		// "Narasimhan, 55, issued ...": an age in apposition.
		const age = tokens[i + 1];
		if (
			/^,\s*$/.test(tokens[i]?.post ?? '') &&
			age &&
			/^\d{1,3}$/.test(age.text) &&
			/^,/.test(age.post)
		) {
			out.push({ from: i + 1, to: i + 2 });
			continue;
		}
		const dash = /^\s+-\s+$/.test(tokens[i]?.post ?? '');
		const bracket = /\($/.test(tokens[i + 1]?.pre ?? '');
		if (!dash && !bracket) continue;
		for (let j = i + 1; j < Math.min(tokens.length - 1, i + 16); j += 1) {
			const post = tokens[j]?.post ?? '';
			if (dash ? /^\s+-\s+$/.test(post) : /^\)\s*$/.test(post)) {
				out.push({ from: i + 1, to: j + 1 });
				i = j;
				break;
			}
			if (/[.;:"(]/.test(post)) break;
		}
	}
	return out;
}

/** Fronted phrases that can go without changing what is true: place, circumstance, discourse. */
const DROPPABLE_INTRO =
	/^(?:from|despite|amid|meanwhile|however|still|in|at|with|under|for|moreover|indeed|instead|separately)$/;

/** "From behind bars in Belmarsh, Assange ...": the fronted phrase, when no date or fact is in it. */
function intro(
	ctx: SentenceContext,
	start: number,
	facts: readonly Fact[]
): { from: number; to: number } | undefined {
	const clause = ctx.clause;
	if (!clause || clause.introEnd <= clause.introStart || clause.introStart < start)
		return undefined;
	const { tokens } = ctx.sentence;
	const phrase = tokens.slice(clause.introStart, clause.introEnd);
	if (!DROPPABLE_INTRO.test(phrase[0]?.normal ?? '')) return undefined;
	if (!/,\s*$/.test(phrase[phrase.length - 1]?.post ?? '')) return undefined;
	if (phrase.some((t) => t.tags.has('Date') || t.tags.has('Value'))) return undefined;
	if (facts.some((f) => f.from < clause.introEnd && f.to > clause.introStart)) return undefined;
	return { from: clause.introStart, to: clause.introEnd };
}

/** ", and ...", ", while ...", ", adding ...": a second clause the kept facts do not need. */
function secondClause(
	ctx: SentenceContext,
	start: number,
	facts: readonly Fact[]
): { from: number; to: number } | undefined {
	const { tokens } = ctx.sentence;
	// The main verb, or the first finite verb when the clause reader gave up.
	const verb =
		ctx.clause && ctx.clause.verb >= 0
			? ctx.clause.verb
			: tokens.findIndex(
					(t, i) =>
						t.tags.has('Verb') &&
						!t.tags.has('Gerund') &&
						!t.tags.has('Participle') &&
						// "Ann Lee, left, and ...": a caption's "left" is no verb.
						!/,/.test(t.post) &&
						!/,/.test(tokens[i - 1]?.post ?? '')
				);
	if (verb < 0) return undefined;
	for (let c = Math.max(start, verb) + 2; c < tokens.length - 3; c += 1) {
		if (!/^,\s*$/.test(tokens[c]?.post ?? '')) continue;
		const next = tokens[c + 1];
		const starts =
			next !== undefined &&
			(/^(?:and|but|while|whereas|adding|saying|as|with|which)$/.test(next.normal) ||
				(next.tags.has('Gerund') && !asideBeforeVerb(tokens, c + 1, tokens.length)));
		if (!next || !starts) continue;
		const rest = tokens.slice(c + 2);
		// "and" or "but" may join nouns ("Ukraine, and Russia"): only a clause after them is cut.
		const needsVerb = /^(?:and|but|while|whereas|as)$/.test(next.normal);
		if (needsVerb && !rest.some((t) => t.tags.has('Verb'))) continue;
		if (!facts.some((f) => f.from >= start && f.to <= c + 1)) return undefined;
		return { from: c + 1, to: tokens.length };
	}
	return undefined;
}

/**
 * "Officials said that 40 people died" -> "40 people died": the reported claim alone, when the
 * sentence has no fronted phrase and the claim holds a fact.
 */
function claimStart(ctx: SentenceContext, facts: readonly Fact[]): number | undefined {
	const { inner, clause } = ctx;
	if (!inner || !clause || inner.verb < 0 || clause.introEnd !== clause.introStart)
		return undefined;
	if (!facts.some((f) => f.from >= inner.subjectStart)) return undefined;
	// "X said the war had hurt trust": one side's view, not a fact to state without its speaker.
	if (!neutralFact(ctx, facts, inner.subjectStart, ctx.sentence.tokens.length)) return undefined;
	// The claim needs a finite verb of its own: "plans to expand" is no clause.
	const verb = ctx.sentence.tokens[inner.aux >= 0 ? inner.aux : inner.verb];
	if (!verb || ctx.sentence.tokens[inner.verb - 1]?.normal === 'to') return undefined;
	const finite = ['PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula'];
	if (!finite.some((tag) => verb.tags.has(tag))) return undefined;
	return inner.subjectStart;
}

/** The first way of stating the sentence that renders and still holds a fact. */
function readableStatement(ctx: SentenceContext, facts: readonly Fact[]) {
	const claim = claimStart(ctx, facts);
	const starts = claim === undefined ? [statementStart(ctx)] : [claim, statementStart(ctx)];
	for (const start of starts) {
		for (const trimmed of [true, false]) {
			const pieces = statementPieces(ctx, facts, start, trimmed);
			const kept = facts.filter((f) => within(f, pieces));
			if (kept.length === 0) continue;
			const truth = renderPieces(ctx.sentence.tokens, ctx.referents, pieces);
			if (truth) return { pieces, kept, truth };
		}
	}
	return null;
}

const SUBORDINATE_START =
	/^(?:although|though|while|whereas|because|if|unless|when|as|since|where|given)\b/i;

/** One clause of a long sentence as the statement, with the omissions inside it cut out. */
function windowStatement(ctx: SentenceContext, facts: readonly Fact[], window: Trim) {
	const pieces = statementPieces(ctx, facts, window.from, true)
		.map((p) => ({ from: Math.max(p.from, window.from), to: Math.min(p.to, window.to) }))
		.filter((p) => p.to > p.from);
	const kept = facts.filter((f) => within(f, pieces));
	if (kept.length === 0) return null;
	const truth = renderPieces(ctx.sentence.tokens, ctx.referents, pieces);
	if (!truth || truth.text.split(' ').length < 6) return null;
	return { pieces, kept, truth };
}

/** The statement as pieces of the sentence, with the omissions cut out. */
function statementPieces(
	ctx: SentenceContext,
	facts: readonly Fact[],
	start: number,
	trimmed: boolean
): Array<{ from: number; to: number }> {
	if (!trimmed) return [{ from: start, to: ctx.sentence.tokens.length }];
	const cuts = omissions(ctx, start, facts).sort((a, b) => a.from - b.from);
	const pieces: Array<{ from: number; to: number }> = [];
	let at = start;
	for (const cut of cuts) {
		if (cut.from < at) {
			at = Math.max(at, cut.to);
			continue;
		}
		pieces.push({ from: at, to: cut.from });
		at = cut.to;
	}
	pieces.push({ from: at, to: ctx.sentence.tokens.length });
	return pieces.filter((p) => p.to > p.from);
}

function within(fact: Fact, pieces: ReadonlyArray<{ from: number; to: number }>): boolean {
	return pieces.some((p) => fact.from >= p.from && fact.to <= p.to);
}

/** "about 2,300 tons (2,095 metric tons)": a changed number would contradict its own conversion. */
function nextToConversion(fact: Fact, sentence: string): boolean {
	if (fact.kind !== 'quantity') return false;
	const after = sentence.slice(fact.end, fact.end + 30);
	const before = sentence.slice(Math.max(0, fact.start - 30), fact.start);
	return (
		/^[^()\d]{0,20}(?:\(|,? or )\s*(?:about |some |around )?[$£€]?\d/.test(after) ||
		/\([^()]*$/.test(before) ||
		/\d[^()\d]{0,20}(?:\(|,? or )\s*(?:about |some |around )?$/.test(before)
	);
}

/**
 * The lead of a news story states its main event, even where no name or figure in it is one
 * the readers know ("Scientists on Monday unveiled the first geological map of Saturn's moon
 * Titan"): its statement, true, so that the set does not skip it. Gates still judge it.
 */
export function leadStatement(ctx: SentenceContext): Candidate | null {
	const { sentence } = ctx;
	const words = sentence.text.split(' ').length;
	if (words < 7 || words > 45 || quotesSpeech(sentence.text)) return null;
	if (ctx.clause === null || ctx.clause.verb < 0) return null;
	if (ctx.clause.introEnd === 0 && isBareDefinite(ctx, ctx.clause)) return null;
	const pieces = statementPieces(ctx, [], statementStart(ctx), true);
	const truth = renderPieces(sentence.tokens, ctx.referents, pieces);
	if (!truth || truth.vague || truth.text.split(' ').length > 35) return null;
	if (SUBORDINATE_START.test(truth.text)) return null;
	const cut =
		pieces.length > 1 || pieces[0]?.from !== 0 || pieces[0]?.to !== sentence.tokens.length;
	return {
		type: 'truefalse',
		prompt: asStatement(withoutRelativeTime(truth.text)),
		answer: 'true',
		sourceSentence: sentence.index,
		difficulty: 1,
		tags: ['lead', ...(cut ? ['trimmed'] : [])],
		score: 1.5,
		factKey: `${sentence.index}:lead`
	};
}

export function trueFalseFromSentence(
	ctx: SentenceContext,
	facts: readonly Fact[],
	build: BuildContext,
	window?: Trim
): Candidate | null {
	const { sentence } = ctx;
	const text = sentence.text;
	const words = text.split(' ').length;
	// Quotations keep their speaker's "I" and "my": not a statement a learner can judge.
	// A long sentence may still give a statement of its main clause: the length that counts is
	// the statement's (checked below), within reason for the source.
	if (words < 7 || (!window && words > 60) || facts.length === 0 || quotesSpeech(text)) return null;
	// "The vessel is 300 meters long": which vessel, the statement alone does not say.
	if (ctx.clause && ctx.clause.introEnd === 0 && isBareDefinite(ctx, ctx.clause)) return null;
	const [first, second, third] = sentence.tokens;
	if (
		!ctx.clause &&
		first?.normal === 'the' &&
		second !== undefined &&
		!/^[A-Z]/.test(second.text) &&
		!ctx.referents.replace.has(0) &&
		(third?.tags.has('Verb') ?? false)
	) {
		return null;
	}
	const statement = window ? windowStatement(ctx, facts, window) : readableStatement(ctx, facts);
	if (!statement) return null;
	const { pieces, kept, truth } = statement;
	if (truth.text.split(' ').length > 35) return null;
	// A long sentence cut down to "Although X, the longest streak": no main clause is left.
	if ((window || words > 35) && SUBORDINATE_START.test(truth.text)) return null;
	// Most sentences with something to change become false ones: only those can, so without
	// this bias the set would lean towards "true".
	const wantFalse =
		!ctx.undated && hashString(`${sentence.text}${window ? window.from : ''}`) % 3 !== 0;
	const order = ['quantity', 'month', 'year', 'place', 'term', 'person'];
	const swappable = kept
		.filter(
			(f) =>
				SWAPPABLE.has(f.kind) &&
				(!NAME_KINDS.has(f.kind) || FIGURE_OR_DATE.test(truth.text)) &&
				// "<person> foothills": a swap needs a kind the reader is sure of.
				kindConfidence(f) >= KIND_TRUSTED &&
				!f.metonym &&
				// A year or an amount before its noun swaps as well as any ("a 2017 coup", "a £3bn
				// rebate"); a name does not.
				(!f.modifier || f.kind === 'year' || f.kind === 'quantity') &&
				!nextToConversion(f, sentence.text)
		)
		.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.from - b.from);
	const best = [...kept].sort((a, b) => b.weight - a.weight)[0] as Fact;
	const cut =
		pieces.length > 1 || pieces[0]?.from !== 0 || pieces[0]?.to !== sentence.tokens.length;
	const shape = cut ? ['trimmed'] : [];
	const base = {
		type: 'truefalse' as const,
		sourceSentence: sentence.index,
		difficulty: 1,
		score: best.weight - 0.3 - (truth.vague ? 0.8 : 0) - (sourceTypo(truth.text) ? 2 : 0)
	};
	if (wantFalse) {
		for (const fact of swappable) {
			const replacement = replacementFor(fact, build, sentence.text);
			if (!replacement) continue;
			const falsehood = renderPieces(
				sentence.tokens,
				ctx.referents,
				pieces,
				withArticle(sentence.text, fact, replacement)
			);
			if (!falsehood || falsehood.text === truth.text) continue;
			// The changed fact must survive leaving out "last August": else the lie is the truth.
			const told = withoutRelativeTime(falsehood.text);
			if (told === withoutRelativeTime(truth.text)) continue;
			return {
				...base,
				prompt: asStatement(told),
				answer: 'false',
				tags: [fact.kind, ...shape],
				factKey: factKey(fact)
			};
		}
	}
	return {
		...base,
		prompt: asStatement(withoutRelativeTime(truth.text)),
		answer: 'true',
		tags: [best.kind, ...shape],
		factKey: factKey(best)
	};
}
