// Causes and exchanges ("due to heavy casualties", "in return for its military support"),
// attributions ("according to South Korea's military") and definitions ("X is a Y").
import type { Clause } from '../clause';
import { has, isCapitalised, tokenAt, type Token } from '../tokens';
import { BE_FORMS, DEMONSTRATIVES, PERSONAL_PRONOUNS } from '../words';
import type { AnalysedSentence, Fact } from './types';

const CAUSE_CUES: string[][] = [
	['due', 'to'],
	['because', 'of'],
	['owing', 'to'],
	['as', 'a', 'result', 'of'],
	['in', 'return', 'for'],
	['in', 'exchange', 'for'],
	['thanks', 'to'],
	['because']
];

export const REPORTING_VERBS = new Set(
	(
		'said noted reported estimated warned announced stated claimed confirmed told found showed ' +
		'says notes reports estimates warns announces states claims confirms finds shows ' +
		'concluded concludes revealed reveals suggested suggests argued argues indicate indicates ' +
		'say note report estimate warn announce state claim confirm find show conclude reveal ' +
		'suggest argue ' +
		'indicated believe believes believed'
	).split(' ')
);

function matchesCue(tokens: readonly Token[], i: number, cue: string[]): boolean {
	return cue.every((word, k) => tokens[i + k]?.normal === word);
}

/** Tokens up to the next clause break, at most `limit` of them. */
function phraseEnd(tokens: readonly Token[], from: number, limit: number): number {
	let j = from;
	while (j < tokens.length && j - from < limit) {
		j += 1;
		if (/[,;:.!?)]/.test(tokens[j - 1]?.post ?? '')) break;
	}
	return j;
}

function fact(
	sentence: AnalysedSentence,
	kind: Fact['kind'],
	from: number,
	to: number,
	extra: Partial<Fact>
): Fact {
	const first = tokenAt(sentence.tokens, from);
	const last = tokenAt(sentence.tokens, to - 1);
	return {
		kind,
		sentence: sentence.index,
		from,
		to,
		start: first.start,
		end: last.end,
		answer: sentence.text.slice(first.start, last.end),
		weight: 2.4,
		...extra
	};
}

export function causeFacts(sentence: AnalysedSentence): Fact[] {
	const { tokens } = sentence;
	const facts: Fact[] = [];
	for (let i = 1; i < tokens.length; i += 1) {
		const cue = CAUSE_CUES.find((c) => matchesCue(tokens, i, c));
		if (!cue) continue;
		const from = i + cue.length;
		// "is due to be held next Tuesday", "are due to arrive": a schedule, not a cause.
		if (cue[0] === 'due' && (has(tokens[from], 'Verb') || tokens[from]?.normal === 'be')) continue;
		const to = phraseEnd(tokens, from, 14);
		if (to - from < 1 || to < tokens.length - 1) continue;
		facts.push(fact(sentence, 'cause', from, to, { cue: i, subtype: cue.join(' '), weight: 2.5 }));
	}
	return facts;
}

export function sourceFacts(sentence: AnalysedSentence, clause: Clause | null): Fact[] {
	const { tokens } = sentence;
	const facts: Fact[] = [];
	for (let i = 1; i < tokens.length - 1; i += 1) {
		if (tokens[i]?.normal !== 'according' || tokens[i + 1]?.normal !== 'to') continue;
		const to = phraseEnd(tokens, i + 2, 8);
		if (to - (i + 2) < 1 || !tokens.slice(i + 2, to).some((t) => has(t, 'Noun'))) continue;
		facts.push(fact(sentence, 'source', i + 2, to, { cue: i, weight: 1.8 }));
	}
	if (clause && clause.verb >= 0) {
		const verb = tokenAt(tokens, clause.verb);
		const next = tokens[clause.verb + 1];
		const generic =
			/^(?:(?:the|a|this|one|another|new) )?(?:reports?|stud(?:y|ies)|research|data|evidence|estimates|figures|sources|surveys?|analysis|paper|findings|results)$/i;
		const subject = sentence.tokens.slice(clause.subjectStart, clause.subjectEnd);
		if (subject.some((t) => has(t, 'Pronoun') || /^(?:this|that|these|those)$/.test(t.normal))) {
			return facts;
		}
		if (
			REPORTING_VERBS.has(verb.normal) &&
			next?.normal === 'that' &&
			!generic.test(subject.map((t) => t.text).join(' '))
		) {
			facts.push(
				fact(sentence, 'source', clause.subjectStart, clause.subjectEnd, {
					cue: clause.verb,
					weight: 2
				})
			);
		}
	}
	return facts;
}

/** "... has been further solidified by a defense pact signed last year": the agent. */
export function agentFacts(sentence: AnalysedSentence, clause: Clause | null): Fact[] {
	if (!clause || !clause.passive || sentence.tokens[clause.restStart]?.normal !== 'by') return [];
	const from = clause.restStart + 1;
	const to = phraseEnd(sentence.tokens, from, 10);
	// "copied by hand" is a manner, not an agent: an agent has a determiner or a name.
	const first = sentence.tokens[from];
	if (!first || !(has(first, 'Determiner') || has(first, 'ProperNoun') || has(first, 'Possessive')))
		return [];
	if (to - from < 1 || !sentence.tokens.slice(from, to).some((t) => has(t, 'Noun'))) return [];
	return [fact(sentence, 'agent', from, to, { weight: 2.2 })];
}

const OBJECT_VERBS = new Set(
	(
		'include includes included contain contains contained require requires required provide ' +
		'provides provided allow allows allowed guarantee guarantees guaranteed ban bans banned ' +
		'prohibit prohibits prohibited establish establishes established produce produces produced ' +
		'cause causes caused create creates created grant grants granted cover covers covered ' +
		'protect protects protected convert converts converted release releases released ' +
		'measure measures measured absorb absorbs absorbed'
	).split(' ')
);

/** "The pact includes provisions for ...": what a content verb acts on, for flashcards. */
export function objectFacts(sentence: AnalysedSentence, clause: Clause | null): Fact[] {
	if (!clause || clause.verb < 0 || clause.passive) return [];
	const verb = tokenAt(sentence.tokens, clause.verb);
	if (!OBJECT_VERBS.has(verb.normal)) return [];
	const from = clause.restStart;
	const first = sentence.tokens[from];
	if (!first || has(first, 'Preposition') || has(first, 'Pronoun') || first.normal === 'that')
		return [];
	// The object noun phrase ends before an adverbial ("through their leaves") or a clause.
	let to = from;
	while (to < clause.end) {
		const token = tokenAt(sentence.tokens, to);
		// "vital links between local groups": a preposition that only joins nouns stays inside.
		// "vital links between local groups", "groups in charge of irrigation": still the object.
		const phrasal =
			token.normal === 'in' &&
			/^(?:charge|need|favour|favor|front|support|search)$/.test(
				sentence.tokens[to + 1]?.normal ?? ''
			);
		if (
			to > from &&
			has(token, 'Preposition') &&
			!/^(?:of|for|between|among)$/.test(token.normal) &&
			!phrasal
		)
			break;
		if (phrasal) {
			to += 2;
			continue;
		}
		if (/^(?:that|which|who|because|while|when)$/.test(token.normal)) break;
		// "covers 14 villages and expires March 31": a second verb of the subject, not the object.
		const after = sentence.tokens[to + 1];
		if (
			to > from &&
			/^(?:and|or|but)$/.test(token.normal) &&
			after &&
			has(after, 'Verb') &&
			!has(after, 'Noun') &&
			!has(after, 'Gerund')
		)
			break;
		to += 1;
		if (/[,;:]/.test(token.post)) break;
	}
	// "allows the government to restrict travel": the object is not what is allowed.
	if (sentence.tokens[to]?.normal === 'to') return [];
	// "produces lots of risks that are hard to predict": the relative clause belongs to the
	// object, and a question asked around it would leave it stranded ("What ... that are ...?").
	if (
		/^(?:that|which|who)$/.test(sentence.tokens[to]?.normal ?? '') &&
		!/[,;:]/.test(sentence.tokens[to - 1]?.post ?? '')
	)
		return [];
	// "Super Mario, as well as titles from ...": the object is the first of a longer list.
	if (
		/,/.test(sentence.tokens[to - 1]?.post ?? '') &&
		/^(?:as|and|including|plus|along)$/.test(sentence.tokens[to]?.normal ?? '')
	)
		return [];
	if (to - from < 2 || to - from > 16) return [];
	return [fact(sentence, 'object', from, to, { weight: 2 })];
}

/** "tiny pores called stomata", "known as herd immunity": a named term, for cloze and swaps. */
export function termFacts(sentence: AnalysedSentence): Fact[] {
	const { tokens } = sentence;
	const facts: Fact[] = [];
	for (let i = 1; i < tokens.length - 1; i += 1) {
		const word = tokens[i]?.normal;
		let from = -1;
		const previous = tokens[i - 1];
		const copula = /^(?:is|are|was|were)$/.test(previous?.normal ?? '');
		// "tiny pores called stomata", not "Magellan named the ocean ...".
		const commonNoun =
			has(previous, 'Noun') &&
			!has(previous, 'ProperNoun') &&
			!has(previous, 'Pronoun') &&
			!isCapitalised(previous);
		if ((word === 'called' || word === 'named') && (commonNoun || copula)) from = i + 1;
		if (word === 'known' && tokens[i + 1]?.normal === 'as') from = i + 2;
		if (from < 0) continue;
		if (tokens[from]?.normal === 'the') from += 1;
		let to = from;
		while (to < tokens.length && to - from < 5) {
			const token = tokenAt(tokens, to);
			// "the Reign of Terror": a capitalised name goes on through "of".
			if (token.normal === 'of' && isCapitalised(tokens[to - 1]) && isCapitalised(tokens[to + 1])) {
				to += 1;
				continue;
			}
			if (has(token, 'Preposition') || has(token, 'Conjunction') || has(token, 'Determiner')) break;
			// A verb ends the term unless it closes the phrase ("known as the death strip.").
			const closes = /[,.;:!?)]/.test(token.post);
			if (has(token, 'Verb') && !has(token, 'Noun') && (to === from || !closes)) break;
			to += 1;
			if (closes) break;
		}
		const span = sentence.tokens.slice(from, to);
		if (to === from) continue;
		if (span.some((t) => has(t, 'Person') || has(t, 'Pronoun'))) continue;
		// The noun the term names ("pores" in "tiny pores called stomata"): swaps stay within it.
		let head = i - 1;
		while (head > 0 && /^(?:,|)$/.test(tokenAt(tokens, head).text)) head -= 1;
		facts.push(
			fact(sentence, 'term', from, to, {
				weight: 2.3,
				unit: tokens[head]?.normal,
				// "Molten rock below the surface is called magma": the term names the subject.
				subtype: copula ? 'subject' : undefined
			})
		);
	}
	return facts;
}

/** "Photosynthesis is the process by which ..." */
export function definitionFacts(sentence: AnalysedSentence, clause: Clause | null): Fact[] {
	if (!clause || clause.verb >= 0 || clause.aux < 0 || clause.introEnd > 0) return [];
	const { tokens } = sentence;
	const copula = tokenAt(tokens, clause.aux);
	if (!BE_FORMS.has(copula.normal) || clause.aux !== clause.subjectEnd) return [];
	const subject = tokens.slice(clause.subjectStart, clause.subjectEnd);
	if (
		subject.length > 5 ||
		subject.some((t) => DEMONSTRATIVES.has(t.normal) || PERSONAL_PRONOUNS.has(t.normal))
	) {
		return [];
	}
	const article = tokens[clause.aux + 1];
	if (!article || !/^(?:a|an|the)$/.test(article.normal)) return [];
	// The meaning ends where a new clause starts (", but ...", ", which ..."), not inside a list.
	let to = clause.aux + 1;
	while (to < clause.end) {
		const token = tokenAt(sentence.tokens, to);
		const next = sentence.tokens[to + 1];
		if (/[;:]/.test(token.post)) break;
		// "a new phenomenon - the first took place in 2010 - and ...": the aside is not the meaning.
		if (/^\s+-\s+$/.test(token.post)) break;
		if (
			/,/.test(token.post) &&
			next &&
			(/^(?:but|and|or|so|yet|which|who|while|although)$/.test(next.normal) || has(next, 'Gerund'))
		)
			break;
		to += 1;
	}
	to = Math.min(to + 1, clause.end);
	if (to - (clause.aux + 1) < 4 || to - (clause.aux + 1) > 30) return [];
	return [fact(sentence, 'definition', clause.aux + 1, to, { weight: 2.8 })];
}
