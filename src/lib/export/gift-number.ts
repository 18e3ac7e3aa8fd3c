// Numbers in the one spelling every GIFT reader takes: an optional minus, digits, and a fraction
// only after a digit ("0.5", "1000"). Moodle would also read ".5", "+5" and "1e3"; gift-pegjs
// refuses ".5" and "1e3", so the export never writes them. Done on the digits as text, so no
// value is rounded on the way.

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,2}))?$/i;

/** `text` as a plain decimal (`1e3` -> `1000`, `.5` -> `0.5`, `+5` -> `5`), or null. */
export function plainDecimal(text: string): string | null {
	const match = NUMBER.exec(text.trim());
	if (!match) return null;
	const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
	if (whole === '' && fraction === '') return null;
	const digits = whole + fraction;
	const point = whole.length + Number(exponent);
	let integer: string;
	let decimals: string;
	if (point <= 0) {
		integer = '0';
		decimals = '0'.repeat(-point) + digits;
	} else if (point >= digits.length) {
		integer = digits + '0'.repeat(point - digits.length);
		decimals = '';
	} else {
		integer = digits.slice(0, point);
		decimals = digits.slice(point);
	}
	integer = integer.replace(/^0+(?=\d)/, '');
	decimals = decimals.replace(/0+$/, '');
	const body = decimals ? `${integer}.${decimals}` : integer;
	return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/** A computed value (a range's middle, its ends) as a plain decimal without float noise. */
export function decimalOf(value: number): string {
	// toPrecision drops float noise such as (3.141 + 3.142) / 2 = 3.1414999999999997.
	return plainDecimal(String(Number(value.toPrecision(12)))) ?? String(value);
}
