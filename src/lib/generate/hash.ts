// Stable, platform-independent ids: FNV-1a over UTF-16 code units, printed in base 36.

export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/** A short id (about 8 characters) from several parts. */
export function stableId(...parts: string[]): string {
	const joined = parts.join('\u241F');
	const a = hashString(joined).toString(36);
	const b = hashString(`${joined}#`).toString(36);
	return (a + b).slice(0, 10);
}
