// base64url (RFC 4648 §5, no padding) for bytes that travel in JSON documents and are stored
// (sealed results, keys). Links use base32 instead (see base32.ts): QR codes store it better.

const VALID = /^[A-Za-z0-9_-]*$/;

export function bytesToBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `null` when the text is not unpadded base64url (wrong characters or an impossible length). */
export function base64UrlToBytes(text: string): Uint8Array | null {
	if (!VALID.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
	// Unused low bits must be zero, so each byte string has exactly one spelling.
	return bytesToBase64Url(bytes) === text ? bytes : null;
}
