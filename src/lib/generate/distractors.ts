// Wrong options of the same type and scale: same document first, then small built-in lists.
import { sameEntity } from './accept';
import { KIND_TRUSTED, kindConfidence, type Fact } from './facts/types';
import { CITY_GROUPS, COUNTRIES, COUNTRY_NEIGHBOURS, MAJOR_COUNTRIES, REGIONS } from './gazetteer';
import { shuffled } from './random';
import { MONTHS, numberWord, numberWordValue } from './words';

function formatLike(value: number, answer: string): string {
	const decimals = /\.(\d+)/.exec(answer)?.[1]?.length ?? 0;
	// Group thousands like the answer does; an ungrouped small answer gets grouped big options.
	const grouped = /\d,\d{3}/.test(answer) || (value >= 1000 && !/\d{4}/.test(answer));
	let text = value.toFixed(decimals);
	if (grouped) {
		const [whole, fraction] = text.split('.');
		text =
			(whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
	}
	return answer.replace(/[\d,]+(?:\.\d+)?/, text);
}

function significantDigits(digits: string): number {
	const trimmed = digits.replace(/^0+/, '').replace(/0+$/, '');
	return Math.max(1, trimmed.length);
}

/** "three titles" -> "two titles", "five titles": near counts, written in words like the answer. */
function wordDistractors(answer: string, seed: string): string[] {
	const [first = '', ...rest] = answer.split(' ');
	const value = numberWordValue(first);
	if (value === undefined) return [];
	// Small counts need a few more steps: "two" has no "zero" or "one" below it.
	const near =
		value <= 2 ? [1, 2, 3, 4] : value <= 12 ? [-2, -1, 1, 2, 3, value] : [-20, -10, 10, 20, 30];
	const out: string[] = [];
	for (const step of shuffled(near, seed)) {
		const word = numberWord(value + step, first);
		if (word && value + step >= 2 && !out.includes(word)) out.push([word, ...rest].join(' '));
	}
	return out;
}

/** Numbers near the answer on its own scale and in its own format ("3,000" -> "5,000"). */
export function numberDistractors(answer: string, seed: string, percent = false): string[] {
	if (numberWordValue(answer.split(' ')[0] ?? '') !== undefined)
		return wordDistractors(answer, seed);
	const scaled = /\b(?:million|billion|trillion|thousand)\b|\d(?:m|bn|tn)\b/.test(answer);
	const numeric = /[\d,]+(?:\.\d+)?/.exec(answer)?.[0] ?? '';
	const value = Number(numeric.replace(/,/g, ''));
	if (!Number.isFinite(value) || value <= 0) return [];
	const decimals = /\.(\d+)/.exec(numeric)?.[1]?.length ?? 0;
	const wholeDigits = numeric.replace(/,/g, '').split('.')[0] as string;
	const digits = significantDigits(wholeDigits);
	// "86" or "1,234" among "80", "90", "1,000": the only unround option is the answer.
	const unround = decimals === 0 && (digits > 2 || (digits === 2 && !/^\d[05]/.test(wholeDigits)));
	const sig = decimals > 0 ? 2 : unround ? digits : Math.min(2, digits);
	// Round like a person would: "8,500" -> "6,500" or "10,500", never "10,625" or "10,600";
	// an unround answer gets unround options on its own scale ("86" -> "65", "129").
	const magnitude =
		Math.pow(10, Math.floor(Math.log10(value)) - sig + 1) *
		(sig === 2 && value >= 20 && !unround ? 5 : 1);
	const factors = [0.5, 0.6, 0.75, 1.25, 1.5, 2, 2.5, 3];
	const seen = new Set<string>([formatLike(value, numeric)]);
	const out: string[] = [];
	for (const factor of shuffled(factors, seed)) {
		let candidate = value * factor;
		candidate =
			decimals > 0
				? Number(candidate.toFixed(decimals))
				: Math.round(candidate / magnitude) * magnitude;
		if (candidate <= 0 || (percent && candidate > 100) || (scaled && candidate >= 1000)) continue;
		if (decimals === 0 && !Number.isInteger(candidate)) continue;
		const text = formatLike(candidate, numeric);
		if (seen.has(text)) continue;
		seen.add(text);
		out.push(answer.replace(numeric, text));
	}
	return out;
}

export function yearDistractors(answer: string, seed: string): string[] {
	const year = Number(answer);
	const offsets = shuffled([-4, -3, -2, -1, 1, 2, 3, -5], seed);
	return offsets.map((o) => String(year + o)).filter((y) => Number(y) <= 2100);
}

export function monthDistractors(answer: string, seed: string): string[] {
	const at = MONTHS.indexOf(answer);
	if (at < 0) return [];
	const near = [-2, -1, 1, 2, 3, -3].map((o) => MONTHS[(at + o + 12) % 12] as string);
	return shuffled(near, seed);
}

/** Distractors must not be sub-strings, super-strings or near-copies of the answer. */
export function tooClose(answer: string, candidate: string): boolean {
	const a = answer.toLowerCase();
	const b = candidate.toLowerCase();
	if (a === b || a.includes(b) || b.includes(a) || sameEntity(answer, candidate)) return true;
	// Sharing the first word ("South Korea's ..." / "South Korean ...") makes a near-copy.
	const aw = answer
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const bw = new Set(
		candidate
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
	);
	return aw.length > 0 && aw[0] !== undefined && bw.has(aw[0]) && !/^\d/.test(a);
}

const EDUCATION = /\b(?:university|college|school|institute|academy)\b/i;

/** Universities are not parties: organisation distractors keep to the answer's kind. */
function orgKind(name: string): string {
	return EDUCATION.test(name) ? 'education' : 'other';
}

/** Same-kind answers from the document, then a built-in list for places. */
export function entityDistractors(
	fact: Fact,
	documentFacts: readonly Fact[],
	seed: string
): string[] {
	const fromDocument: string[] = [];
	for (const other of documentFacts) {
		if (other.kind !== fact.kind || other.answer === fact.answer || other.alias) continue;
		// A "person" that only modifies a noun ("the Sierra foothills") may be no person at all.
		if (kindConfidence(other) < KIND_TRUSTED) continue;
		if (fact.kind === 'place' && other.subtype !== fact.subtype) continue;
		if (fact.kind === 'term' && other.unit !== fact.unit) continue;
		// A name of unknown kind is no distractor for anything, nor has any.
		if (other.subtype === 'name' || fact.subtype === 'name') continue;
		if (fact.kind === 'org' && orgKind(other.answer) !== orgKind(fact.answer)) continue;
		if (!fromDocument.includes(other.answer)) fromDocument.push(other.answer);
	}
	const builtIn: string[] = [];
	if (fact.kind === 'place') {
		if (fact.subtype === 'country') {
			builtIn.push(
				...(COUNTRY_NEIGHBOURS[fact.answer] ?? []),
				...shuffled(MAJOR_COUNTRIES, seed),
				...shuffled(COUNTRIES, seed)
			);
		} else if (fact.subtype === 'city') {
			// A city the lists do not know could be anywhere: no built-in guesses for it.
			const group = CITY_GROUPS.find((cities) => cities.includes(fact.answer));
			if (group) builtIn.push(...shuffled(group, seed));
		} else if (fact.subtype === 'region' && fact.role && REGIONS[fact.role]) {
			builtIn.push(...(REGIONS[fact.role] ?? []));
		}
	}
	return [...shuffled(fromDocument, seed), ...builtIn];
}
