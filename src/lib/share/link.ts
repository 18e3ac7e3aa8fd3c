import { MAX_LINK_CHARS } from './envelope';

/**
 * The payload of a pasted link: accepts a full link (`https://…/a#A1.…`), a bare payload, and
 * links broken over lines by mail programs. Too-long text is returned untouched so the decoder
 * can refuse it with the right message.
 */
export function payloadFromLink(text: string): string {
	if (text.length > MAX_LINK_CHARS) return text;
	const hash = text.indexOf('#');
	const fragment = hash >= 0 ? text.slice(hash + 1) : text;
	return fragment.replace(/\s+/g, '');
}

/** Every payload in text holding several links (one per line, or separated by spaces/commas). */
export function payloadsFromText(text: string): string[] {
	if (text.length > MAX_LINK_CHARS * 50) return [text];
	return text
		.split(/[\s,;]+/)
		.filter((token) => token !== '')
		.map(payloadFromLink);
}
