// Other ways a learner may rightly type an answer: the surname alone, the name without its
// title, a country's usual short form, an organisation's initials.
import type { Fact } from './facts/types';
import { surnameOf } from './words';

const TITLES =
	/^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt)\.?|President|Prime Minister|Premier|Chancellor|King|Queen|Prince|Princess|Pope|Senator|Governor|Mayor|General|Judge|Justice|Minister|Secretary)\s+/;

/** Usual short forms of places, both ways round. */
const SHORT_FORMS: ReadonlyArray<readonly string[]> = [
	['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
	['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
	['United Nations', 'UN', 'U.N.'],
	['European Union', 'EU', 'E.U.'],
	['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'],
	['Soviet Union', 'USSR', 'U.S.S.R.'],
	['North Atlantic Treaty Organization', 'NATO', 'Nato'],
	['South Korea', 'Republic of Korea', 'ROK'],
	['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
	['Democratic Republic of the Congo', 'DRC', 'DR Congo'],
	['Czech Republic', 'Czechia'],
	['Netherlands', 'Holland']
];

/**
 * Names a reader takes for the same place though no learner should type one for the other: a
 * capital for its government ("Washington" for the United States), a part for the whole
 * ("England" for Britain). Swapping one for the other makes no statement false.
 */
const STANDS_FOR: ReadonlyArray<readonly [string, string]> = [
	['England', 'United Kingdom'],
	['Burma', 'Myanmar'],
	['Washington', 'United States'],
	['London', 'United Kingdom'],
	['Moscow', 'Russia'],
	['Kremlin', 'Russia'],
	['Beijing', 'China'],
	['Kyiv', 'Ukraine'],
	['Kiev', 'Ukraine'],
	['Tehran', 'Iran'],
	['Pyongyang', 'North Korea'],
	['Seoul', 'South Korea'],
	['Tokyo', 'Japan'],
	['Paris', 'France'],
	['Berlin', 'Germany'],
	['Brussels', 'European Union']
];

/** The usual name of a place or body: "the U.K.'s" -> "United Kingdom". */
function canonical(name: string): string {
	const bare = name.replace(/^the\s+/i, '').replace(/['’]s?$/, '');
	return SHORT_FORMS.find((forms) => forms.includes(bare))?.[0] ?? bare;
}

/** "US" and "America", "UK" and "Britain", "Washington" and "the United States": one thing. */
export function sameEntity(a: string, b: string): boolean {
	const x = canonical(a);
	const y = canonical(b);
	if (x.toLowerCase() === y.toLowerCase()) return true;
	return STANDS_FOR.some(
		([part, whole]) => (x === part && y === whole) || (y === part && x === whole)
	);
}

/**
 * "In which country is Acme the largest employer of U.S. workers?" -> "United States": the
 * prompt names the answer by one of its other names.
 */
export function namedInOtherForm(prompt: string, answer: string): boolean {
	const bare = answer.replace(/^the\s+/i, '').replace(/[.]$/, '');
	if (derivedForm(prompt, bare)) return true;
	if (capitalForCountry(prompt, bare)) return true;
	const group = SHORT_FORMS.find((forms) => forms.includes(bare));
	if (!group) return false;
	return group.some((form) => {
		const escaped = form.replace(/[.]/g, '\\.');
		return new RegExp(`(?:^|[^\\w.])${escaped}(?![\\w])`).test(prompt);
	});
}

/** Capitals that news writes for their governments, and the names of their countries. */
const COUNTRY_OF_CAPITAL: Record<string, string> = {
	London: 'UK|U\\.K\\.|United Kingdom|Britain|British|England|English',
	Moscow: 'Russia|Russian|Kremlin',
	Washington: 'US|U\\.S\\.|United States|America|American',
	Beijing: 'China|Chinese',
	Paris: 'France|French',
	Berlin: 'Germany|German',
	Tokyo: 'Japan|Japanese',
	Kyiv: 'Ukraine|Ukrainian',
	Kiev: 'Ukraine|Ukrainian',
	Tehran: 'Iran|Iranian',
	Pyongyang: 'North Korea|North Korean',
	Seoul: 'South Korea|South Korean',
	Ankara: 'Turkey|Turkish',
	'New Delhi': 'India|Indian',
	Rome: 'Italy|Italian',
	Madrid: 'Spain|Spanish',
	Ottawa: 'Canada|Canadian',
	Canberra: 'Australia|Australian',
	Brussels: 'EU|European Union|Belgium|Belgian'
};

/**
 * "... a humiliating defeat for _____" after "the UK's occupation" -> "London": the country the
 * capital stands for is named, so the capital is a guess from the prompt (or one of two answers).
 */
function capitalForCountry(prompt: string, answer: string): boolean {
	const country = COUNTRY_OF_CAPITAL[answer];
	return country !== undefined && new RegExp(`(?:^|[^\\w.])(?:${country})(?![\\w])`).test(prompt);
}

/**
 * "his parliamentary answer" for Parliament, "the European Commission" for Europe, "a
 * congressional report" for Congress: a word made from a one-word answer gives it away.
 */
function derivedForm(prompt: string, answer: string): boolean {
	if (!/^[A-Z][a-z]{3,}$/.test(answer)) return false;
	const stem = answer.toLowerCase().replace(/e$/, '');
	// "American" for America, "Korean" for Korea: a final "a" takes an "n".
	const suffix = /a$/.test(stem) ? 'n|ns' : 'ary|ean|an|ese|ian|ic|ional|al|ish';
	return new RegExp(`\\b${stem}e?(?:${suffix})\\b`, 'i').test(prompt);
}

function withoutTitle(name: string): string {
	return name.replace(TITLES, '');
}

function surnameWithoutTitle(name: string): string {
	return surnameOf(withoutTitle(name));
}

/** Full names of the people in the document, by surname (titles off). */
export function fullNamesBySurname(facts: readonly Fact[]): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const fact of facts) {
		if (fact.kind !== 'person') continue;
		const name = withoutTitle(fact.answer);
		if (!name.includes(' ')) continue;
		const surname = surnameWithoutTitle(name);
		if (!out.has(surname)) out.set(surname, new Set());
		out.get(surname)?.add(name);
	}
	return out;
}

/** "Kim" when the document names two people called Kim: the surname alone is not one answer. */
export function ambiguousSurname(answer: string, facts: readonly Fact[]): boolean {
	const name = withoutTitle(answer);
	if (name.includes(' ')) return false;
	return (fullNamesBySurname(facts).get(name)?.size ?? 0) > 1;
}

function personForms(answer: string, facts: readonly Fact[]): string[] {
	const name = withoutTitle(answer);
	const people = fullNamesBySurname(facts);
	const surname = surnameWithoutTitle(name);
	const sharing = people.get(surname)?.size ?? 0;
	const forms = [answer, name];
	// The surname alone only when no one else in the document carries it.
	if (name.includes(' ') && sharing <= 1) forms.push(surname);
	// "Straw" in the text, "Jack Straw" typed: the full name when it is the only one.
	if (!name.includes(' ') && sharing === 1) forms.push(...(people.get(surname) ?? []));
	return forms;
}

function placeForms(answer: string): string[] {
	const bare = answer.replace(/^the\s+/i, '');
	const group = SHORT_FORMS.find((forms) => forms.includes(bare));
	return [answer, bare, ...(group ?? [])];
}

/** "International Monetary Fund" -> "IMF"; "the Associated Press" -> "Associated Press", "AP". */
function organisationForms(answer: string): string[] {
	const bare = answer.replace(/^the\s+/i, '');
	const words = bare.split(' ').filter((w) => /^[A-Z]/.test(w));
	const initials = words.length >= 3 ? words.map((w) => w[0]).join('') : undefined;
	const group = SHORT_FORMS.find((forms) => forms.includes(bare));
	return [answer, bare, ...(initials ? [initials] : []), ...(group ?? [])];
}

/** Every form that counts as correct for an entity answer; undefined when only the answer does. */
export function entityAccept(
	fact: Pick<Fact, 'kind'>,
	answer: string,
	facts: readonly Fact[]
): string[] | undefined {
	let forms: string[];
	if (fact.kind === 'person') forms = personForms(answer, facts);
	else if (fact.kind === 'place') forms = placeForms(answer);
	else if (fact.kind === 'org') forms = organisationForms(answer);
	else return undefined;
	const unique = [...new Set(forms.filter((f) => f.length > 0))];
	return unique.length > 1 ? unique : undefined;
}
