import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import {
	compressPublicKey,
	createInboxKeys,
	decompressPublicKey,
	importInboxKey,
	isInboxPublicKey,
	NOT_OPENED,
	openFromInbox,
	sealForInbox,
	type InboxKey,
	type InboxPrivateKey,
	type InboxKeyPair
} from './inbox-crypto';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

async function opener(pair: InboxKeyPair): Promise<InboxKey> {
	const key = await importInboxKey(JSON.parse(JSON.stringify(pair.privateKey)));
	if (!key.ok) throw new Error(key.error);
	return key.value;
}

let teacher: InboxKeyPair;
let teacherKey: InboxKey;
let otherKey: InboxKey;

beforeAll(async () => {
	teacher = await createInboxKeys();
	teacherKey = await opener(teacher);
	otherKey = await opener(await createInboxKeys());
});

describe('public keys', () => {
	it('compress to 33 bytes and decompress to what WebCrypto exports', async () => {
		for (let i = 0; i < 8; i++) {
			const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
				'deriveBits'
			]);
			const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
			const compressed = compressPublicKey(raw);
			expect(compressed).toHaveLength(33);
			expect(decompressPublicKey(compressed)).toEqual(raw);
		}
	});

	it('refuses bytes that are not a compressed point', () => {
		const good = teacher.publicKey;
		expect(decompressPublicKey(good.subarray(1))).toBeNull();
		expect(decompressPublicKey(Uint8Array.of(4, ...good.subarray(1)))).toBeNull();
		// x = p: outside the field.
		const beyond = Uint8Array.of(2, ...new Uint8Array(32).fill(0xff));
		expect(decompressPublicKey(beyond)).toBeNull();
		expect(isInboxPublicKey(good)).toBe(true);
		expect(isInboxPublicKey(new Uint8Array(33))).toBe(false);
	});

	it('a random x is a point exactly when WebCrypto imports it (property)', fuzzBudget, async () => {
		const seen = { point: 0, none: 0 };
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ minLength: 32, maxLength: 32 }),
				fc.constantFrom(2, 3),
				async (x, prefix) => {
					const raw = decompressPublicKey(Uint8Array.of(prefix, ...x));
					if (raw === null) {
						seen.none++;
						return;
					}
					seen.point++;
					const key = await crypto.subtle.importKey(
						'raw',
						raw,
						{ name: 'ECDH', namedCurve: 'P-256' },
						true,
						[]
					);
					const again = new Uint8Array(await crypto.subtle.exportKey('raw', key));
					expect(compressPublicKey(again)).toEqual(Uint8Array.of(prefix, ...x));
				}
			),
			fuzzRuns(60)
		);
		expect(seen.point).toBeGreaterThan(0);
		expect(seen.none).toBeGreaterThan(0);
	});
});

describe('the stored private key', () => {
	it('survives JSON and opens what was sealed to its public key', async () => {
		expect(Object.keys(teacher.privateKey).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
		expect(teacherKey.publicKey).toEqual(teacher.publicKey);
		const sealed = await sealForInbox(teacher.publicKey, 'a1', bytes('hello'));
		const opened = await openFromInbox(teacherKey, 'a1', sealed);
		expect(opened.ok && text(opened.value)).toBe('hello');
	});

	it('refuses a stored key that is not one, with a message', async () => {
		const noPrivatePart: Partial<InboxPrivateKey> = { ...teacher.privateKey };
		delete noPrivatePart.d;
		const hostile = JSON.parse(
			`{"__proto__": {"admin": true}, ${JSON.stringify(teacher.privateKey).slice(1)}`
		);
		for (const stored of [
			null,
			'key',
			noPrivatePart,
			{ ...teacher.privateKey, crv: 'P-384' },
			{ ...teacher.privateKey, d: 'short' },
			{ ...teacher.privateKey, extra: 1 },
			hostile
		]) {
			const imported = await importInboxKey(stored);
			expect(imported).toEqual({
				ok: false,
				error: 'The inbox key stored on this device is not a valid key.'
			});
		}
	});
});

describe('sealing a result', () => {
	it('round-trips, and the sealed bytes hide the text', async () => {
		const message = 'Ada Lovelace: 17 of 20';
		const sealed = await sealForInbox(teacher.publicKey, 'assignment-1', bytes(message));
		expect(sealed[0]).toBe(1);
		expect(sealed.length).toBe(1 + 33 + 12 + bytes(message).length + 16);
		expect(text(sealed)).not.toContain('Ada');
		const opened = await openFromInbox(teacherKey, 'assignment-1', sealed);
		expect(opened).toEqual({ ok: true, value: bytes(message) });
	});

	it('seals the same text differently every time', async () => {
		const one = await sealForInbox(teacher.publicKey, 'a', bytes('same'));
		const two = await sealForInbox(teacher.publicKey, 'a', bytes('same'));
		expect(one).not.toEqual(two);
	});

	it('another teacher’s key cannot open it', async () => {
		const sealed = await sealForInbox(teacher.publicKey, 'a', bytes('secret'));
		expect(await openFromInbox(otherKey, 'a', sealed)).toEqual({ ok: false, error: NOT_OPENED });
	});

	it('cannot be moved to another assignment', async () => {
		const sealed = await sealForInbox(teacher.publicKey, 'maths-week-1', bytes('secret'));
		expect(await openFromInbox(teacherKey, 'maths-week-2', sealed)).toEqual({
			ok: false,
			error: NOT_OPENED
		});
	});

	it('refuses any changed byte: key, IV, ciphertext or tag', async () => {
		const sealed = await sealForInbox(teacher.publicKey, 'a', bytes('twenty answers'));
		// 1: the ephemeral key's prefix; 20: inside it; 40: the IV; 50: ciphertext; last: the tag.
		for (const at of [1, 20, 40, 50, sealed.length - 1]) {
			const changed = sealed.slice();
			changed[at] = (changed[at] ?? 0) ^ 1;
			const opened = await openFromInbox(teacherKey, 'a', changed);
			expect(opened.ok).toBe(false);
		}
		const changed = sealed.slice();
		changed[50] = (changed[50] ?? 0) ^ 0x80;
		expect(await openFromInbox(teacherKey, 'a', changed)).toEqual({
			ok: false,
			error: NOT_OPENED
		});
	});

	it('says when it is cut short or from a newer Factdeck', async () => {
		const sealed = await sealForInbox(teacher.publicKey, 'a', bytes('x'));
		for (const cut of [new Uint8Array(), sealed.subarray(0, 40), sealed.subarray(0, 61)]) {
			expect(await openFromInbox(teacherKey, 'a', cut)).toEqual({
				ok: false,
				error: 'This result is damaged: its sealed data is incomplete or unreadable.'
			});
		}
		const newer = sealed.slice();
		newer[0] = 2;
		expect(await openFromInbox(teacherKey, 'a', newer)).toEqual({
			ok: false,
			error: 'This result was sealed by a newer Factdeck (format 2) — update the app.'
		});
	});

	it('will not seal to bytes that are not a key', async () => {
		await expect(sealForInbox(new Uint8Array(33), 'a', bytes('x'))).rejects.toThrow(
			'the inbox key is not a P-256 public key'
		);
	});

	it('round-trips any bytes for any assignment id (property)', fuzzBudget, async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 2000 }),
				fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }),
				async (plaintext, assignmentId) => {
					const sealed = await sealForInbox(teacher.publicKey, assignmentId, plaintext);
					const opened = await openFromInbox(teacherKey, assignmentId, sealed);
					expect(opened).toEqual({ ok: true, value: plaintext });
				}
			),
			fuzzRuns(60)
		);
	});
});
