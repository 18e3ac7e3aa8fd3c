// Quantities with what they count ("3,000 troops", "approximately 11,000" of "the total number
// of North Korean troops"), percentages, money and years.
import { has, isCapitalised, tokenAt, type Token } from '../tokens';
import { numberWordValue } from '../words';
import type { AnalysedSentence, Fact } from './types';

// "£10m", "$3bn", "€1.2billion": a scale written onto an amount of money, as British and
// business news do ("100m" alone is a distance).
const NUMBER =
	/(?<![\w$£€.,/:-])([$£€])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(%|percent\b|per cent\b))?(?:\s(million|billion|trillion|thousand)\b|(?<=[$£€][\d.,]+)(?:m|bn|tn|million|billion|trillion)\b)?(?![\w/-]|[.,]\d)/g;

const HEDGES =
	/(?:approximately|about|around|roughly|nearly|almost|some|over|more than|fewer than|less than|at least|up to|an estimated|estimated|just over|just under)\s$/i;

const TIME_UNITS =
	/^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|light-years)$/;
const CURRENCIES = /^(?:dollars|euros|pounds|yen|yuan|rupees|francs|pesos)$/;
const DIMENSIONS = new Set('tall long wide high deep thick old heavy'.split(' '));
const UNIT_STOP = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'from', 'with']);

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
	return tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** A short noun phrase starting at token i: "North Korean soldiers", "shipping containers". */
export function nounPhrase(
	tokens: readonly Token[],
	i: number,
	sentence: string
): { text: string; end: number } | undefined {
	let j = i;
	let lastNoun = -1;
	while (j < tokens.length && j - i < 5) {
		const token = tokenAt(tokens, j);
		// "20 minutes", "33 days": compromise tags these as dates, but they are what is counted.
		if (TIME_UNITS.test(token.normal)) {
			lastNoun = j;
			break;
		}
		if (UNIT_STOP.has(token.normal) || has(token, 'Determiner')) break;
		if (pluralHead(tokens, i, j)) {
			lastNoun = j;
			break;
		}
		if (has(token, 'Verb')) break;
		if (/^(?:last|next|this|these|those|that|each|per)$/.test(token.normal) || has(token, 'Date'))
			break;
		if (has(token, 'Value') || has(token, 'Pronoun') || has(token, 'Adverb')) break;
		if (!(has(token, 'Noun') || has(token, 'Adjective'))) break;
		if (has(token, 'Noun') && !has(token, 'Possessive')) lastNoun = j;
		if (/[,.;:!?)"]/.test(token.post) || has(token, 'Possessive')) break;
		j += 1;
	}
	if (lastNoun < 0) return undefined;
	// "110 meters tall": the dimension travels with the unit ("How many meters tall ...").
	const dimension = tokens[lastNoun + 1];
	const end = dimension && DIMENSIONS.has(dimension.normal) ? lastNoun + 2 : lastNoun + 1;
	return { text: sentence.slice(tokenAt(tokens, i).start, tokenAt(tokens, end - 1).end), end };
}

/**
 * "18 criminal charges", "400 job cuts": a word in -s that compromise reads as a verb is the
 * plural noun of the phrase when a singular noun or an adjective of the phrase comes before it.
 * After a count, a verb would not take the -s ("12 officials say").
 */
function pluralHead(tokens: readonly Token[], i: number, j: number): boolean {
	const token = tokenAt(tokens, j);
	const previous = tokens[j - 1];
	if (j === i || !previous || !has(token, 'PresentTense') || !/[^s]s$/.test(token.normal))
		return false;
	if (has(token, 'Auxiliary') || has(token, 'Copula') || /\S/.test(previous.post)) return false;
	return (has(previous, 'Adjective') || has(previous, 'Noun')) && !has(previous, 'Plural');
}

function unitAfter(tokens: readonly Token[], k: number, sentence: string) {
	if (tokens[k]?.normal === 'more') return undefined;
	return nounPhrase(tokens, k, sentence);
}

/** "the total number of North Korean troops ... to approximately 11,000" */
function unitFromNumberOf(tokens: readonly Token[], before: number, sentence: string) {
	for (let i = before - 1; i >= 1; i -= 1) {
		if (tokens[i]?.normal === 'of' && tokens[i - 1]?.normal === 'number') {
			return nounPhrase(tokens, i + 1, sentence);
		}
	}
	return undefined;
}

/** "the total number of North Korean troops deployed to Russia" before "to approximately 11,000". */
function numberOfPhrase(
	tokens: readonly Token[],
	numberAt: number
): { from: number; to: number } | undefined {
	let k = numberAt - 1;
	while (k > 0 && HEDGE_WORDS.has(tokens[k]?.normal ?? '')) k -= 1;
	if (!/^(?:to|at|of|reached|is|was|stood)$/.test(tokens[k]?.normal ?? '')) return undefined;
	for (let i = k - 1; i >= 1 && k - i < 14; i -= 1) {
		if (/[,;:]/.test(tokens[i]?.post ?? '')) return undefined;
		if (tokens[i]?.normal === 'number' && tokens[i + 1]?.normal === 'of') {
			const from = tokens[i - 1]?.normal === 'total' ? i - 1 : i;
			const start = tokens[from - 1]?.normal === 'the' ? from - 1 : from;
			return { from: start, to: tokens[k]?.normal === 'to' || tokens[k]?.normal === 'at' ? k : k };
		}
	}
	return undefined;
}

const HEDGE_WORDS = new Set(
	'approximately about around roughly nearly almost some over estimated an'.split(' ')
);

/** A number found in the sentence, with the token range it covers. */
interface NumberMatch {
	match: RegExpMatchArray;
	start: number;
	end: number;
	from: number;
	last: number;
	digits: string;
	value: number;
}

/** "July 24, 1969": a day of the month; "Apollo 17": part of a name; "9 a.m.", "21st". */
function isNotAQuantity(sentence: AnalysedSentence, found: NumberMatch): boolean {
	const { tokens, text } = sentence;
	const previous = tokens[found.from - 1];
	if (previous && has(previous, 'Month')) return true;
	if (
		previous &&
		/^[A-Z]/.test(previous.text) &&
		// "WeWork's 12,000 employees": an owner before the count, not a name around it.
		!/['’]s?$/.test(previous.text) &&
		previous.post === ' ' &&
		!/^\d{4}$/.test(found.digits) &&
		has(previous, 'ProperNoun')
	)
		return true;
	const after = text.slice(found.end, found.end + 6);
	if (/^\s?(?:a\.m|p\.m|am\b|pm\b|:\d|st\b|nd\b|rd\b|th\b)/i.test(after)) return true;
	return isAge(tokens, found) || isIdentifier(tokens, found);
}

/** "Jane Doe, 34, a teacher": an age in apposition is an attribution detail, not a fact. */
function isAge(tokens: readonly Token[], found: NumberMatch): boolean {
	const previous = tokens[found.from - 1];
	const own = tokens[found.last];
	return (
		previous !== undefined &&
		own !== undefined &&
		/^[A-Z]/.test(previous.text) &&
		/^,\s*$/.test(previous.post) &&
		/^,/.test(own.post) &&
		/^\d{1,3}$/.test(found.digits) &&
		found.value < 120
	);
}

/** Numbers that name rather than count: "the 777 program", "737 Max jets", "911 calls". */
function isIdentifier(tokens: readonly Token[], found: NumberMatch): boolean {
	if (found.match[1] || found.match[4] || found.match[5] || /,/.test(found.digits)) return false;
	const own = tokens[found.last];
	const next = tokens[found.last + 1];
	const previous = tokens[found.from - 1];
	if (!own || !next || own.post !== ' ') return false;
	if (
		EMERGENCY_NUMBERS.has(found.digits) &&
		/^(?:calls?|line|dispatchers?|operators?|emergency)$/.test(next.normal)
	)
		return true;
	// "737 Max": a model name follows the number ("200 U.S. troops" is a count).
	if (
		/^[A-Z]/.test(next.text) &&
		!/^(?:U\.?S\.?|U\.?K\.?|EU|UN)$/.test(next.text) &&
		!has(next, 'Demonym') &&
		!has(next, 'Place') &&
		!has(next, 'Adjective') &&
		!has(next, 'Month')
	)
		return true;
	// "the 777 program": a determiner, the number, then one thing, not many.
	return (
		previous !== undefined &&
		/^(?:the|its|his|her|their|our)$/.test(previous.normal) &&
		has(next, 'Noun') &&
		has(next, 'Singular') &&
		!has(next, 'Plural') &&
		!/^(?:percent|per|million|billion|thousand|trillion)$/.test(next.normal)
	);
}

const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000', '111']);

function isYearNumber(found: NumberMatch): boolean {
	const [, currency, , decimals, percent, scale] = found.match;
	return (
		!currency &&
		!percent &&
		!scale &&
		!decimals &&
		/^\d{4}$/.test(found.digits) &&
		found.value >= 1000 &&
		found.value <= 2100
	);
}

function yearFact(sentence: AnalysedSentence, found: NumberMatch): Fact {
	const { tokens, index } = sentence;
	const qualified = /^(?:early|late|mid)$/.test(tokens[found.from - 1]?.normal ?? '');
	// "in 2023 alone": the qualifier goes with the year when the year is asked for.
	const alone = /^(?:alone|only)$/.test(tokens[found.last + 1]?.normal ?? '') ? 1 : 0;
	// "in a 2019 coup", "the 2016 election": a year that only dates the noun after it.
	const next = tokens[found.last + 1];
	const modifier =
		/^(?:a|an|the|its|his|her|their|our|this|that)$/.test(tokens[found.from - 1]?.normal ?? '') &&
		next !== undefined &&
		has(next, 'Noun') &&
		!isCapitalised(next) &&
		!/[,.;:]/.test(tokenAt(tokens, found.last).post);
	return {
		...(modifier ? { modifier: true } : {}),
		kind: 'year',
		sentence: index,
		from: qualified ? found.from - 1 : found.from,
		to: found.last + 1 + alone,
		start: found.start,
		end: found.end,
		answer: found.match[0],
		weight: 2
	};
}

/** What the number measures: money, a percentage of something, or a count of a unit. */
function measureOf(
	sentence: AnalysedSentence,
	found: NumberMatch
): { subtype: string; unit?: string; to: number; answerEnd: number } {
	const { tokens, text } = sentence;
	const [, currency, , , percent] = found.match;
	const { from, last } = found;
	// "180 million dollars": money, and the answer names the currency.
	const currencyWord = tokens[last + 1];
	const spelledMoney =
		!currency && !percent && currencyWord !== undefined && CURRENCIES.test(currencyWord.normal);
	const subtype = currency || spelledMoney ? 'money' : percent ? 'percent' : 'count';
	if (spelledMoney && currencyWord) return { subtype, to: last + 2, answerEnd: currencyWord.end };
	const plain = { subtype, to: last + 1, answerEnd: found.end };
	if (subtype === 'count') {
		const after = unitAfter(tokens, last + 1, text);
		if (after) return { ...plain, unit: after.text, to: after.end };
		return { ...plain, unit: unitFromNumberOf(tokens, from, text)?.text };
	}
	if (subtype === 'percent' && tokens[last + 1]?.normal === 'of') {
		// "71 percent of the Earth's surface": "the" and a possessive belong to the phrase.
		const the = tokens[last + 2]?.normal === 'the' ? 1 : 0;
		const possessor = has(tokens[last + 2 + the], 'Possessive') ? 1 : 0;
		const phrase = nounPhrase(tokens, last + 2 + the + possessor, text);
		if (phrase) {
			const unit = text.slice(tokenAt(tokens, last + 2).start, tokenAt(tokens, phrase.end - 1).end);
			return { ...plain, unit, to: phrase.end };
		}
	}
	return plain;
}

/**
 * The wh-phrase replaces "an additional 3,000 troops" as a whole; "additional" stays in what is
 * counted.
 */
function phraseStart(
	tokens: readonly Token[],
	found: NumberMatch,
	hedge: RegExpExecArray | null,
	unit: string | undefined
): { phraseFrom: number; unit: string | undefined } {
	let phraseFrom = found.from;
	if (hedge) phraseFrom -= hedge[0].trim().split(' ').length;
	const adjective = tokens[phraseFrom - 1];
	if (adjective && /^(?:additional|more|extra|further|new)$/.test(adjective.normal) && unit) {
		unit = `${adjective.normal} ${unit}`;
		phraseFrom -= 1;
	}
	if (tokens[phraseFrom - 1] && /^(?:a|an|the)$/.test(tokenAt(tokens, phraseFrom - 1).normal))
		phraseFrom -= 1;
	return { phraseFrom, unit };
}

function quantityFact(sentence: AnalysedSentence, found: NumberMatch): Fact | undefined {
	const { text, tokens, index } = sentence;
	const decimals = found.match[3];
	const hedge = HEDGES.exec(text.slice(Math.max(0, found.start - 16), found.start));
	const measure = measureOf(sentence, found);
	const { subtype, to, answerEnd } = measure;
	const { phraseFrom, unit } = phraseStart(tokens, found, hedge, measure.unit);
	if (found.value === 0 || (subtype === 'count' && found.value < 2 && !decimals)) return undefined;
	const partitive = !unit && tokens[to]?.normal === 'of';
	// "the UK's £3bn rebate", "a $20bn gas project": an amount that describes the noun after it;
	// "How much ...?" cannot ask it (a cloze can).
	const next = tokens[to];
	const modifier =
		subtype === 'money' &&
		next !== undefined &&
		!/[,.;:)]/.test(tokenAt(tokens, to - 1).post) &&
		(has(next, 'Noun') || has(next, 'Adjective')) &&
		!has(next, 'Pronoun') &&
		!has(next, 'Preposition');
	return {
		...(modifier ? { modifier: true } : {}),
		partitive,
		numberOf: subtype === 'count' && !partitive ? numberOfPhrase(tokens, found.from) : undefined,
		kind: 'quantity',
		sentence: index,
		from: Math.max(0, phraseFrom),
		to,
		start: found.start,
		end: answerEnd,
		answer: text.slice(found.start, answerEnd),
		subtype,
		unit,
		role: hedge ? hedge[0].trim() : undefined,
		weight: unit || subtype !== 'count' ? 3 : 1.6
	};
}

export function numberFacts(sentence: AnalysedSentence): Fact[] {
	const { text, tokens } = sentence;
	const facts: Fact[] = [];
	for (const match of text.matchAll(NUMBER)) {
		const start = match.index ?? 0;
		const end = start + match[0].length;
		const digits = match[2] ?? '';
		const from = tokenIndexAt(tokens, start);
		const last = tokenIndexAt(tokens, end - 1);
		if (from < 0 || last < 0) continue;
		const value = Number(digits.replace(/,/g, '') + (match[3] ?? ''));
		const found: NumberMatch = { match, start, end, from, last, digits, value };
		if (isNotAQuantity(sentence, found)) continue;
		const fact = isYearNumber(found) ? yearFact(sentence, found) : quantityFact(sentence, found);
		if (fact) facts.push(fact);
	}
	return outOf(sentence, [...facts, ...spelledCounts(sentence), ...scoreFacts(sentence)]);
}

/** "116-6", "3-1": two counts joined by a hyphen, as a result or a vote is written. */
const SCORE = /(?<![\w$£€.,/:-])(\d{1,3})-(\d{1,3})(?![\w/%-]|[.,]\d)/g;
/** Words around a score that say it is one: "voted 116-6", "won 3-1", "a 28-8 lead". */
const SCORE_WORDS =
	/^(?:won|win|wins|lost|lose|loses|beat|beats|defeated|drew|draw|vote|voted|votes|victory|defeat|loss|lead|led|advantage|margin|majority|score|scored|scoreline|result|tie|tied|finished|ended|trailed|trailing|thrashing|rout)$/;

/**
 * "UN member states voted 116-6 for ...", "Australia won 3-1": a score or a vote, asked as it is
 * written (a cloze); a range ("aged 18-24", "between 30-40%") is none.
 */
function scoreFacts(sentence: AnalysedSentence): Fact[] {
	const { text, tokens, index } = sentence;
	const facts: Fact[] = [];
	for (const match of text.matchAll(SCORE)) {
		const start = match.index ?? 0;
		const end = start + match[0].length;
		const from = tokenIndexAt(tokens, start);
		const last = tokenIndexAt(tokens, end - 1);
		if (from < 0 || last < 0 || tokens[from]?.start !== start) continue;
		const near = [
			...tokens.slice(Math.max(0, from - 3), from),
			...tokens.slice(last + 1, last + 3)
		];
		if (!near.some((t) => SCORE_WORDS.test(t.normal))) continue;
		if (/^(?:between|from|aged|ages|age)$/.test(tokens[from - 1]?.normal ?? '')) continue;
		facts.push({
			kind: 'quantity',
			subtype: 'score',
			sentence: index,
			from,
			to: last + 1,
			start,
			end,
			answer: match[0],
			weight: 2.6
		});
	}
	return facts;
}

/**
 * "Eight out of 10 voters": the count is "Eight", asked "How many out of 10 voters ...?"; the
 * 10 is what it is counted out of, not a fact of its own.
 */
function outOf(sentence: AnalysedSentence, facts: Fact[]): Fact[] {
	const { tokens, text, index } = sentence;
	const kept = facts.filter((f) => {
		// "to bow out of a $16 billion deal": an article before the figure, no "3 out of 10".
		if (/^(?:a|an|the)$/.test(tokens[f.from]?.normal ?? '')) return true;
		const before = `${tokens[f.from - 2]?.normal ?? ''} ${tokens[f.from - 1]?.normal ?? ''}`;
		const after = `${tokens[f.to]?.normal ?? ''} ${tokens[f.to + 1]?.normal ?? ''}`;
		return before !== 'out of' && after !== 'out of';
	});
	tokens.forEach((token, i) => {
		if (tokens[i + 1]?.normal !== 'out' || tokens[i + 2]?.normal !== 'of') return;
		if (!has(tokens[i + 3], 'Value')) return;
		const value = /^\d+$/.test(token.normal) ? Number(token.normal) : numberWordValue(token.normal);
		if (value === undefined || value < 2) return;
		const hedge = HEDGES.exec(text.slice(Math.max(0, token.start - 16), token.start));
		kept.push({
			kind: 'quantity',
			subtype: 'count',
			sentence: index,
			from: i - (hedge ? hedge[0].trim().split(' ').length : 0),
			to: i + 1,
			start: token.start,
			end: token.end,
			answer: token.text,
			partitive: true,
			role: hedge ? hedge[0].trim() : undefined,
			weight: 2.6
		});
	});
	return kept;
}

const SCALE_WORDS = /^(?:thousand|million|billion)$/;

/**
 * "five fatalities", "two million people", "three Premier League titles": a count written in
 * words, taken only with what it counts right after it.
 */
function spelledCounts(sentence: AnalysedSentence): Fact[] {
	const { text, tokens, index } = sentence;
	const facts: Fact[] = [];
	tokens.forEach((token, i) => {
		const value = numberWordValue(token.normal);
		if (value === undefined || has(token, 'Hyphenated') || /-/.test(token.post)) return;
		// "twenty-five", "a two-year deal", "one or two": not a plain count.
		if (/-$/.test(tokens[i - 1]?.post ?? '') || /^(?:or|to)$/.test(tokens[i - 1]?.normal ?? ''))
			return;
		// "the two leaders", "the last six months": a description, not a count told as news.
		if (
			/^(?:the|these|those|last|next|past|first|its|their|his|her)$/.test(
				tokens[i - 1]?.normal ?? ''
			)
		)
			return;
		const scale = SCALE_WORDS.test(tokens[i + 1]?.normal ?? '') ? 1 : 0;
		// "Two more people have died": what is counted comes after "more".
		const extra = /^(?:more|additional|further)$/.test(tokens[i + 1 + scale]?.normal ?? '') ? 1 : 0;
		const noun = nounPhrase(tokens, i + 1 + scale + extra, text);
		const unit =
			extra && noun
				? {
						text: text.slice(
							tokenAt(tokens, i + 1 + scale).start,
							tokenAt(tokens, noun.end - 1).end
						),
						end: noun.end
					}
				: unitAfter(tokens, i + 1 + scale, text);
		if (!unit || /^(?:of|times?)$/.test(tokens[i + 1 + scale]?.normal ?? '')) return;
		// "two years later", "three days ago": counted from something else, not a fact.
		if (/^(?:later|earlier|ago|before|after)$/.test(tokens[unit.end]?.normal ?? '')) return;
		const last = tokenAt(tokens, i + scale);
		const hedge = HEDGES.exec(text.slice(Math.max(0, token.start - 16), token.start));
		let from = i - (hedge ? hedge[0].trim().split(' ').length : 0);
		if (/^(?:a|an|the)$/.test(tokens[from - 1]?.normal ?? '')) from -= 1;
		facts.push({
			kind: 'quantity',
			subtype: 'count',
			sentence: index,
			from: Math.max(0, from),
			to: unit.end,
			start: token.start,
			end: last.end,
			answer: text.slice(token.start, last.end),
			unit: unit.text,
			role: hedge ? hedge[0].trim() : undefined,
			weight: 2.6
		});
	});
	return facts;
}
