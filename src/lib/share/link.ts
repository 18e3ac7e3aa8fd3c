import { MAX_LINK_CHARS } from './envelope';

// A payload: kind letter, version, dot, base32 body (any case). `#` or a space comes before it.
const PAYLOAD_IN_TEXT = /(?:^|[#\s(<"'])([AR]\d{1,6}\.[A-Z2-7]+)/gi;

/**
 * The payload of a pasted link: accepts a full link (`https://…/a#A1.…`) or a bare payload, and
 * ignores text around it ("here is my result: https://…#R1.… thanks!"). Text without a payload is
 * returned trimmed, and too-long text untouched, so the decoder can say what is wrong with it.
 */
export function payloadFromLink(text: string): string {
	if (text.length > MAX_LINK_CHARS) return text;
	return payloadsFromText(text)[0] ?? '';
}

/** Every payload in text holding several links (one a line, or separated by spaces or commas). */
export function payloadsFromText(text: string): string[] {
	if (text.length > MAX_LINK_CHARS * 50) return [text];
	const found = [...text.matchAll(PAYLOAD_IN_TEXT)].map((m) => m[1] ?? '');
	if (found.length > 0) return found;
	const trimmed = text.trim();
	if (trimmed === '') return [];
	const hash = trimmed.indexOf('#');
	return [hash >= 0 ? trimmed.slice(hash + 1) : trimmed];
}
