// Text inside GIFT marked [html]: how the export writes the app's plain text so Moodle shows it
// exactly, and how the import turns Moodle's HTML back into plain text (the app never renders
// imported text as HTML).

const LAYOUT = /[ \t\r\n\f\v]/;

/**
 * Plain text as HTML that displays, and decodes, to exactly that text: markup characters become
 * entities, a new line becomes <br>, and whitespace HTML would fold away (tabs, a space beside
 * other whitespace or at either end) becomes a character reference.
 */
export function textToHtml(text: string): string {
	const chars = [...text];
	return chars
		.map((c, i) => {
			switch (c) {
				case '&':
					return '&amp;';
				case '<':
					return '&lt;';
				case '>':
					return '&gt;';
				case '\n':
					return '<br>';
				case ' ': {
					const before = chars[i - 1];
					const after = chars[i + 1];
					const folds = !before || !after || LAYOUT.test(before) || LAYOUT.test(after);
					return folds ? '&#32;' : ' ';
				}
			}
			// Other whitespace, and any at either end (readers trim Unicode spaces there).
			const atEnd = i === 0 || i === chars.length - 1;
			return LAYOUT.test(c) || (atEnd && /\s/u.test(c)) ? `&#${c.codePointAt(0)};` : c;
		})
		.join('');
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

function characterReference(code: number): string {
	const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
	return valid ? String.fromCodePoint(code) : '\ufffd';
}

function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (match, dec, hex, name) => {
		if (dec) return characterReference(Number(dec));
		if (hex) return characterReference(parseInt(hex, 16));
		return NAMED[(name as string).toLowerCase()] ?? match;
	});
}

/**
 * Moodle HTML as plain text: line breaks and the ends of blocks become new lines, other tags go,
 * entities are decoded. Source whitespace is layout, as in a browser.
 */
export function htmlToText(html: string): string {
	const text = html
		.replace(/[ \t\r\n\f\v]+/g, ' ')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(?:p|div|li|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n')
		.replace(/<\/?[a-z][^>]*>/gi, '')
		.replace(/ *\n */g, '\n')
		.replace(/^[ \n]+|[ \n]+$/g, '');
	return decodeEntities(text);
}
