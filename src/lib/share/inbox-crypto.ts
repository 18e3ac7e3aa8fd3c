// Sealing a student's result to the teacher's class inbox key (issue 13), on WebCrypto alone, so
// it runs the same in browsers and in Node ≥ 20. ECIES-style: a fresh ECDH P-256 key per result,
// HKDF-SHA-256 over the shared secret, AES-256-GCM. Other students and the inbox's server see only
// ciphertext; only the teacher's private key opens it.
//
//   sealed = version (1 byte) ‖ ephemeral public key (33, compressed) ‖ IV (12) ‖ AES-GCM output
//
// The associated data is the header and the assignment id, so a result cannot be moved to another
// assignment, and the HKDF salt binds both public keys. Public keys travel compressed (33 bytes,
// not 65): 32 bytes fewer in every inbox link, ~51 base32 characters, about one QR version.
import * as v from 'valibot';
import type { Outcome } from '$lib/types';
import { base64UrlToBytes } from './base64url';

const SEAL_VERSION = 1;
export const PUBLIC_KEY_BYTES = 33;
const COORDINATE_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + PUBLIC_KEY_BYTES + IV_BYTES;
/** What sealing adds to the plaintext: header and tag. */
export const SEAL_OVERHEAD_BYTES = HEADER_BYTES + TAG_BYTES;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const HKDF_INFO = new TextEncoder().encode('factdeck inbox result 1');

// P-256 (FIPS 186-4, D.1.2.3): y² = x³ - 3x + b over the prime field p.
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

export const NOT_OPENED =
	'This result cannot be opened: it was sealed for another inbox key or another assignment, or it was changed after it was sealed.';
const DAMAGED = 'This result is damaged: its sealed data is incomplete or unreadable.';

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

function toBigInt(bytes: Uint8Array): bigint {
	let n = 0n;
	for (const byte of bytes) n = (n << 8n) | BigInt(byte);
	return n;
}

function toBytes(n: bigint): Uint8Array {
	const out = new Uint8Array(COORDINATE_BYTES);
	let rest = n;
	for (let i = COORDINATE_BYTES - 1; i >= 0; i--) {
		out[i] = Number(rest & 0xffn);
		rest >>= 8n;
	}
	return out;
}

function modPow(base: bigint, exponent: bigint): bigint {
	let result = 1n;
	let b = base % P;
	for (let e = exponent; e > 0n; e >>= 1n) {
		if (e & 1n) result = (result * b) % P;
		b = (b * b) % P;
	}
	return result;
}

/** 65-byte uncompressed point (0x04 ‖ x ‖ y), as WebCrypto exports it, to 33 bytes. */
export function compressPublicKey(raw: Uint8Array): Uint8Array {
	if (raw.length !== 1 + 2 * COORDINATE_BYTES || raw[0] !== 4) {
		throw new Error('not an uncompressed P-256 public key');
	}
	const y = raw[raw.length - 1] ?? 0;
	return concat(Uint8Array.of(2 | (y & 1)), raw.subarray(1, 1 + COORDINATE_BYTES));
}

/**
 * The uncompressed point WebCrypto imports (not every browser imports compressed ones), or `null`
 * when the bytes are not a point on P-256.
 */
export function decompressPublicKey(compressed: Uint8Array): Uint8Array<ArrayBuffer> | null {
	const prefix = compressed[0];
	if (compressed.length !== PUBLIC_KEY_BYTES || (prefix !== 2 && prefix !== 3)) return null;
	const x = toBigInt(compressed.subarray(1));
	if (x >= P) return null;
	const rhs = (((x * x * x - 3n * x + B) % P) + P) % P;
	// p ≡ 3 (mod 4), so a square root is rhs^((p+1)/4); it is one only when rhs is a square.
	let y = modPow(rhs, (P + 1n) / 4n);
	if ((y * y) % P !== rhs) return null;
	if ((y & 1n) !== BigInt(prefix & 1)) y = (P - y) % P;
	return concat(Uint8Array.of(4), toBytes(x), toBytes(y));
}

async function importPublicKey(compressed: Uint8Array): Promise<CryptoKey | null> {
	const raw = decompressPublicKey(compressed);
	if (!raw) return null;
	try {
		return await crypto.subtle.importKey('raw', raw, ECDH, false, []);
	} catch {
		return null;
	}
}

/** Whether the bytes are a teacher's inbox key as links carry it (a compressed P-256 point). */
export function isInboxPublicKey(bytes: Uint8Array): boolean {
	return decompressPublicKey(bytes) !== null;
}

const coordinate = v.pipe(
	v.string(),
	v.check((s) => base64UrlToBytes(s)?.length === COORDINATE_BYTES, 'not a 32-byte base64url value')
);

/**
 * The teacher's private key as a device stores it (a JWK, only the fields that make the key), so
 * it can be kept in the app's database and carried in a backup to another device.
 */
export const InboxPrivateKeySchema = v.strictObject({
	kty: v.literal('EC'),
	crv: v.literal('P-256'),
	x: coordinate,
	y: coordinate,
	d: coordinate
});
export type InboxPrivateKey = v.InferOutput<typeof InboxPrivateKeySchema>;

/** A teacher's inbox key pair: the public half for links, the private half to store. */
export interface InboxKeyPair {
	publicKey: Uint8Array;
	privateKey: InboxPrivateKey;
}

/** The key that opens results: ready for WebCrypto, with its public half for the HKDF salt. */
export interface InboxKey {
	publicKey: Uint8Array;
	privateKey: CryptoKey;
}

export async function createInboxKeys(): Promise<InboxKeyPair> {
	const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
	const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
	const { x = '', y = '', d = '' } = await crypto.subtle.exportKey('jwk', pair.privateKey);
	return { publicKey: compressPublicKey(raw), privateKey: { kty: 'EC', crv: 'P-256', x, y, d } };
}

/** Never throws: the stored private key, checked and imported (not extractable), or why not. */
export async function importInboxKey(stored: unknown): Promise<Outcome<InboxKey>> {
	const parsed = v.safeParse(InboxPrivateKeySchema, stored);
	if (!parsed.success) {
		return { ok: false, error: 'The inbox key stored on this device is not a valid key.' };
	}
	const { x, y } = parsed.output;
	// The schema checked that both coordinates decode to 32 bytes.
	const publicKey = compressPublicKey(
		concat(Uint8Array.of(4), base64UrlToBytes(x)!, base64UrlToBytes(y)!)
	);
	try {
		const privateKey = await crypto.subtle.importKey('jwk', parsed.output, ECDH, false, [
			'deriveBits'
		]);
		return { ok: true, value: { publicKey, privateKey } };
	} catch {
		return { ok: false, error: 'The inbox key stored on this device is not a valid P-256 key.' };
	}
}

/** The AES-GCM key for one result: HKDF-SHA-256 over the ECDH secret, salted with both keys. */
async function resultKey(
	privateKey: CryptoKey,
	publicKey: CryptoKey,
	salt: Uint8Array<ArrayBuffer>,
	use: 'encrypt' | 'decrypt'
): Promise<CryptoKey> {
	const secret = await crypto.subtle.deriveBits(
		{ name: 'ECDH', public: publicKey },
		privateKey,
		256
	);
	const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt, info: HKDF_INFO },
		hkdf,
		{ name: 'AES-GCM', length: 256 },
		false,
		[use]
	);
}

function associatedData(header: Uint8Array, assignmentId: string): Uint8Array<ArrayBuffer> {
	return concat(header, new TextEncoder().encode(assignmentId));
}

/** Seals bytes to a teacher's inbox key for one assignment. Throws when the key is not a key. */
export async function sealForInbox(
	inboxKey: Uint8Array,
	assignmentId: string,
	plaintext: Uint8Array
): Promise<Uint8Array> {
	const recipient = await importPublicKey(inboxKey);
	if (!recipient) throw new Error('the inbox key is not a P-256 public key');
	const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
	const ephemeralKey = compressPublicKey(
		new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey))
	);
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const header = concat(Uint8Array.of(SEAL_VERSION), ephemeralKey, iv);
	const key = await resultKey(
		ephemeral.privateKey,
		recipient,
		concat(ephemeralKey, inboxKey),
		'encrypt'
	);
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: associatedData(header, assignmentId) },
		key,
		concat(plaintext)
	);
	return concat(header, new Uint8Array(ciphertext));
}

/** Never throws: the bytes sealed for this key and assignment, or why they cannot be opened. */
export async function openFromInbox(
	key: InboxKey,
	assignmentId: string,
	sealed: Uint8Array
): Promise<Outcome<Uint8Array>> {
	const version = sealed[0] ?? 0;
	if (version > SEAL_VERSION) {
		return {
			ok: false,
			error: `This result was sealed by a newer Factdeck (format ${version}) — update the app.`
		};
	}
	if (version !== SEAL_VERSION || sealed.length < SEAL_OVERHEAD_BYTES) {
		return { ok: false, error: DAMAGED };
	}
	const ephemeralKey = sealed.subarray(1, 1 + PUBLIC_KEY_BYTES);
	const sender = await importPublicKey(ephemeralKey);
	if (!sender) return { ok: false, error: DAMAGED };
	const header = sealed.subarray(0, HEADER_BYTES);
	try {
		const aes = await resultKey(
			key.privateKey,
			sender,
			concat(ephemeralKey, key.publicKey),
			'decrypt'
		);
		const plaintext = await crypto.subtle.decrypt(
			{
				name: 'AES-GCM',
				iv: concat(sealed.subarray(1 + PUBLIC_KEY_BYTES, HEADER_BYTES)),
				additionalData: associatedData(header, assignmentId)
			},
			aes,
			concat(sealed.subarray(HEADER_BYTES))
		);
		return { ok: true, value: new Uint8Array(plaintext) };
	} catch {
		return { ok: false, error: NOT_OPENED };
	}
}
