// Number words and digit groups, so that "three thousand", "3,000" and "3000" compare equal.

const SMALL: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

/** Every number written as one word: "zero" to "nineteen" and the round tens. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...SMALL, ...TENS };

const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};

const DIGITS = /^\d+(\.\d+)?$/;

/** Removes thousands separators ("11,000", "11 000") inside digit groups. */
export function joinDigitGroups(text: string): string {
	return text.replace(/\b\d{1,3}(?:[, ]\d{3})+\b/g, (group) => group.replace(/[, ]/g, ''));
}

function canonicalNumber(value: number): string {
	// toPrecision drops float noise such as 1.1 * 1e6 = 1100000.0000000002.
	return String(Number(value.toPrecision(12)));
}

type Kind = 'small' | 'tens' | 'hundred' | 'scale' | 'digits';

function kindOf(token: string): Kind | null {
	if (token in SMALL) return 'small';
	if (token in TENS) return 'tens';
	if (token === 'hundred') return 'hundred';
	if (token in SCALES) return 'scale';
	if (DIGITS.test(token)) return 'digits';
	return null;
}

/** Whether `token` may continue a number that ended with a token of kind `last`. */
function continues(last: Kind, next: Kind): boolean {
	switch (next) {
		case 'small':
			return last === 'tens' || last === 'hundred' || last === 'scale';
		case 'tens':
			return last === 'hundred' || last === 'scale';
		case 'hundred':
			return last === 'small' || last === 'tens' || last === 'digits';
		case 'scale':
			return last !== 'scale';
		case 'digits':
			return false;
	}
}

/**
 * Rewrites runs of number words (and digits followed by scale words) as plain digits:
 * ["three", "thousand", "troops"] → ["3000", "troops"], ["1.5", "million"] → ["1500000"].
 * Tokens must already be lower-case with punctuation split off.
 */
export function numberWordsToDigits(tokens: readonly string[]): string[] {
	const out: string[] = [];
	let i = 0;
	while (i < tokens.length) {
		const first = tokens[i] as string;
		const firstKind = kindOf(first);
		if (firstKind === null || firstKind === 'scale' || firstKind === 'hundred') {
			out.push(first);
			i++;
			continue;
		}
		let total = 0;
		let current = 0;
		let last: Kind | null = null;
		let j = i;
		while (j < tokens.length) {
			const token = tokens[j] as string;
			// "one hundred and five": "and" joins only between number words.
			if (token === 'and' && last !== null && last !== 'digits') {
				const after = tokens[j + 1];
				const afterKind = after === undefined ? null : kindOf(after);
				if (afterKind === 'small' || afterKind === 'tens') {
					j++;
					continue;
				}
				break;
			}
			const kind = kindOf(token);
			if (kind === null || (last !== null && !continues(last, kind))) break;
			if (kind === 'digits') current = Number(token);
			else if (kind === 'small') current += SMALL[token] as number;
			else if (kind === 'tens') current += TENS[token] as number;
			else if (kind === 'hundred') current = (current || 1) * 100;
			else {
				total += (current || 1) * (SCALES[token] as number);
				current = 0;
			}
			last = kind;
			j++;
		}
		out.push(canonicalNumber(total + current));
		i = j;
	}
	return out;
}

/** Every number in already-canonical tokens. */
export function numbersIn(tokens: readonly string[]): number[] {
	return tokens.filter((t) => DIGITS.test(t)).map(Number);
}
