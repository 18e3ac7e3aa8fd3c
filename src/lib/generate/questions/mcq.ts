// Multiple choice: a wh-question, the answer and three distractors of the same type and scale.
import nlp from 'compromise';
import {
	entityDistractors,
	monthDistractors,
	numberDistractors,
	tooClose,
	yearDistractors
} from '../distractors';
import type { Fact } from '../facts/types';
import { CITIES, CONTINENTS, COUNTRIES } from '../gazetteer';
import { shuffled } from '../random';
import { whQuestion } from '../wh';
import { factKey, type BuildContext, type Candidate } from './candidate';
import { quantityPrompt } from './quantity';
import { whTarget } from './targets';

/** Other names the document gives the same kind noun ("carrier"): the best distractors. */
function sameNoun(fact: Fact, build: BuildContext): string[] {
	if (!fact.noun) return [];
	const names = build.facts
		.filter((other) => other.noun === fact.noun && other.answer !== fact.answer)
		.map((other) => other.answer);
	return [...new Set(names)];
}

function distractorPool(fact: Fact, build: BuildContext, seed: string): string[] {
	const named = sameNoun(fact, build);
	if (fact.kind === 'term') return named;
	if (fact.kind === 'org' && named.length)
		return [...named, ...entityDistractors(fact, build.facts, seed)];
	switch (fact.kind) {
		case 'quantity':
			return numberDistractors(fact.answer, seed, fact.subtype === 'percent');
		case 'year':
			return yearDistractors(fact.answer, seed);
		case 'month':
			return monthDistractors(fact.answer, seed);
		case 'person':
		case 'place':
		case 'org':
		case 'source':
			return entityDistractors(fact, build.facts, seed);
		default:
			return [];
	}
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.? (?=[A-Z])/;

/**
 * "Mr Straw" among "Menzies Campbell", "Charles Kennedy": a titled surname stands out. The answer
 * takes the full name the document gives the same person, or, when it gives none, every option
 * is a bare surname.
 */
export function personAnswer(fact: Fact, facts: readonly Fact[]): string {
	if (fact.kind !== 'person' || !TITLE.test(fact.answer)) return fact.answer;
	const surname = fact.answer.replace(TITLE, '');
	if (surname.includes(' ')) return fact.answer;
	const full = new Set(
		facts
			.filter((other) => other.kind === 'person' && !TITLE.test(other.answer))
			.map((other) => other.answer)
			.filter((name) => name.includes(' ') && name.split(' ').pop() === surname)
	);
	// Two people called Straw: the surname alone does not say which.
	if (full.size === 1) return [...full][0] as string;
	return full.size === 0 ? surname : fact.answer;
}

type Gender = 'male' | 'female';

function termTags(text: string): string[][] {
	const json = nlp(text).json() as Array<{ terms: Array<{ tags: string[] }> }>;
	return json.flatMap((s) => s.terms.map((t) => t.tags));
}

/** The gender a person's first name or title shows, or null when it shows none. */
export function nameGender(name: string): Gender | null {
	if (/^(?:Mr|Sir|Lord)\b/.test(name)) return 'male';
	if (/^(?:Mrs|Ms|Miss|Lady|Dame)\b/.test(name)) return 'female';
	if (!name.includes(' ')) return null;
	const first = termTags(name)[0] ?? [];
	if (first.includes('FemaleName') && !first.includes('MaleName')) return 'female';
	if (first.includes('MaleName') && !first.includes('FemaleName')) return 'male';
	return null;
}

/** "she", "her" or "he", "his" in a prompt: the gender it gives the person asked for. */
export function promptGender(prompt: string): Gender | null {
	const female = /\b(?:she|her|hers|herself)\b/i.test(prompt);
	const male = /\b(?:he|him|his|himself)\b/i.test(prompt);
	return female === male ? null : female ? 'female' : 'male';
}

/** Words that name a kind of people or body, never one person. */
const GENERIC =
	/^(?:company|firm|police|officers?|officials?|authorities|government|spokes(?:man|woman|person)|residents?|witnesses|victims?|staff|team|group|agency|department|ministry|council|committee|board|club|workers?|employees?|investigators?|prosecutors?|lawyers?|doctors?|experts?|analysts?|people|fans|players?|members?|leaders?|officers?)$/i;

/** "Police Officers", "Company": a common noun is no option beside a person's name. */
export function looksLikeName(text: string): boolean {
	if (text.split(/\s+/).every((word) => GENERIC.test(word))) return false;
	const last = termTags(text).pop() ?? [];
	return !last.includes('Actor');
}

function surname(name: string): string {
	return (name.split(/\s+/).pop() ?? name).toLowerCase();
}

/** "Mr Straw" or "Jack Straw" beside "Jack Straw": a titled name, or a person already offered. */
export function samePersonOrTitled(
	answer: string,
	candidate: string,
	chosen: readonly string[]
): boolean {
	if (TITLE.test(candidate)) return true;
	return [answer.replace(TITLE, ''), ...chosen].some(
		(other) => surname(other) === surname(candidate)
	);
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * An option of the answer's shape: a full name beside a full name, never a bare surname; a name
 * of about the answer's length, so the right option is not the only long or the only short one.
 * Numbers, years and months get their shape from the distractor lists themselves.
 */
export function sameShape(fact: Fact, candidate: string): boolean {
	if (
		fact.kind !== 'person' &&
		fact.kind !== 'place' &&
		fact.kind !== 'org' &&
		fact.kind !== 'source'
	)
		return true;
	const answerWords = wordCount(fact.answer);
	const words = wordCount(candidate);
	if (fact.kind === 'person' && answerWords > 1 !== words > 1) return false;
	if (Math.abs(words - answerWords) > 1) return false;
	const ratio = candidate.length / Math.max(1, fact.answer.length);
	return ratio <= 2.2 && ratio >= 1 / 2.2;
}

const KNOWN_PLACES = new Set([...COUNTRIES, ...CITIES, ...CONTINENTS]);

/** A name the gazetteer knows as a place, or the document names as one. */
export function placeName(name: string, build: Pick<BuildContext, 'facts'>): boolean {
	const bare = name.replace(/^the /i, '');
	return (
		KNOWN_PLACES.has(bare) ||
		build.facts.some((f) => f.kind === 'place' && f.answer.replace(/^the /i, '') === bare)
	);
}

/** Three distractors that are not in the question or its sentence and not close to the answer. */
export function pickDistractors(
	fact: Fact,
	build: BuildContext,
	prompt: string,
	seed: string
): string[] | null {
	const sentence = build.contexts[fact.sentence]?.sentence.text.toLowerCase() ?? '';
	const chosen: string[] = [];
	// "Graham" in the text: the other options are surnames too, or the answer stands out.
	const surnamesOnly = fact.kind === 'person' && !fact.answer.includes(' ');
	if (fact.kind === 'person' && TITLE.test(fact.answer)) return null;
	const pool = distractorPool(fact, build, seed).map((name) =>
		surnamesOnly ? (name.split(' ').pop() ?? name) : name
	);
	// "Who said her ...?" with men among the options: the pronoun gives the answer away.
	// A pronoun of the other gender than the answer's is someone else's: no filter then.
	const said = fact.kind === 'person' ? promptGender(prompt) : null;
	const own = nameGender(fact.answer);
	const gender = said && (!own || own === said) ? said : null;
	for (const candidate of pool) {
		const lower = candidate.toLowerCase();
		if (!sameShape(fact, candidate)) continue;
		// "Jack Straw" beside "Mr Straw": one person twice, and a title that stands out.
		if (fact.kind === 'person' && samePersonOrTitled(fact.answer, candidate, chosen)) continue;
		if (fact.kind === 'person' && !looksLikeName(candidate)) continue;
		// "Who said ...?" with "Albany" among the names: a place is no option for a person.
		if (fact.kind === 'person' && placeName(candidate, build)) continue;
		if (gender && nameGender(candidate) && nameGender(candidate) !== gender) continue;
		if (sentence.includes(lower) || prompt.toLowerCase().includes(lower)) continue;
		if (tooClose(fact.answer, candidate) || chosen.some((c) => tooClose(c, candidate))) continue;
		chosen.push(candidate);
		if (chosen.length === 3) return chosen;
	}
	return null;
}

export function mcqFromFact(fact: Fact, build: BuildContext): Candidate | null {
	if (fact.kind === 'list' || fact.kind === 'cause' || fact.kind === 'definition' || fact.metonym)
		return null;
	const target = whTarget(fact);
	const ctx = build.contexts[fact.sentence];
	if (!ctx) return null;
	const prompt =
		fact.kind === 'quantity' ? quantityPrompt(fact, build) : target && whQuestion(ctx, target);
	if (!prompt) return null;
	const seed = `${prompt}|${fact.answer}`;
	const answer = personAnswer(fact, build.facts);
	if (prompt.toLowerCase().includes(answer.toLowerCase())) return null;
	const distractors = pickDistractors({ ...fact, answer }, build, prompt, seed);
	if (!distractors) return null;
	return {
		type: 'mcq',
		prompt,
		answer,
		options: shuffled([answer, ...distractors], seed),
		sourceSentence: fact.sentence,
		difficulty: fact.kind === 'quantity' ? 2 : 1,
		tags: [fact.kind],
		score: fact.weight + 0.4,
		factKey: factKey(fact)
	};
}
