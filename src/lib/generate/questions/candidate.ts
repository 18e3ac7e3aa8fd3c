import type { QuestionType } from '../../types';
import type { Fact } from '../facts/types';
import type { SentenceContext } from '../wh';
import { numberWordValue } from '../words';

/** A question before ranking; `score` says how worth learning it is. */
export interface Candidate {
	type: QuestionType;
	prompt: string;
	answer: string;
	options?: string[];
	accept?: string[];
	sourceSentence: number;
	difficulty: number;
	tags: string[];
	score: number;
	/** The fact asked about, so one fact is not asked five times. */
	factKey: string;
}

export interface BuildContext {
	contexts: readonly SentenceContext[];
	facts: readonly Fact[];
	/** How many sentences of the document mention each lower-cased answer. */
	mentions: (text: string) => number;
	/** The one organisation the document calls "the company", when it names one. */
	company?: string;
}

/** One key per answer, whatever its kind: "The British Columbia Wildfire Service" is one fact. */
export function factKey(fact: Fact): string {
	return `${fact.sentence}:${fact.answer.toLowerCase().replace(/^the\s+/, '')}`;
}

const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};
const SHORT_SCALES: Record<string, string> = { m: 'million', bn: 'billion', tn: 'trillion' };

function grouped(digits: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Other spellings of a number that count as correct: "11,000" / "11000"; "2.7 million" /
 * "2700000" / "2,700,000"; "15 percent" / "15%" / "15".
 */
export function numberVariants(answer: string): string[] {
	// "three" / "3"; "two million" / "2 million" and the rest of its spellings.
	const [first = '', ...rest] = answer.split(' ');
	const spelled = numberWordValue(first);
	if (spelled !== undefined) {
		const digits = [String(spelled), ...rest].join(' ');
		return [...new Set([answer, answer.toLowerCase(), ...numberVariants(digits)])];
	}
	const variants = [answer];
	const match =
		/^([$£€])?([\d,]+(?:\.\d+)?)(?:\s?(%|percent|per cent))?(?:\s(thousand|million|billion|trillion)|(m|bn|tn|million|billion|trillion))?(?:\s(\w+))?$/.exec(
			answer
		);
	if (!match) return variants;
	const [, currency = '', number = '', percent, spaced, attached, unit] = match;
	// "£10m" is typed as "£10 million" too.
	const scale = spaced ?? (attached ? (SHORT_SCALES[attached] ?? attached) : undefined);
	const bare = number.replace(/,/g, '');
	const tail = unit ? ` ${unit}` : '';
	const scaled = scale ? ` ${scale}` : '';
	variants.push(
		`${currency}${bare}${scaled}${tail}`,
		`${currency}${grouped(bare)}${scaled}${tail}`
	);
	if (percent) variants.push(`${bare}%`, `${bare} percent`, bare);
	if (scale) {
		const value = Math.round(Number(bare) * (SCALES[scale] ?? 1));
		if (Number.isSafeInteger(value))
			variants.push(`${currency}${value}${tail}`, `${currency}${grouped(String(value))}${tail}`);
	}
	return [...new Set(variants)];
}
