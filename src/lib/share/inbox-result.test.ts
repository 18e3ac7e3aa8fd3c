import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { StudentResult } from '$lib/types';
import { bytesToBase64Url } from './base64url';
import {
	createInboxKeys,
	importInboxKey,
	NOT_OPENED,
	sealForInbox,
	type InboxKey,
	type InboxKeyPair
} from './inbox-crypto';
import {
	MAX_SEALED_CHARS,
	newAttemptId,
	openResultDocument,
	sealResult,
	type SealedResultDocument
} from './inbox-result';
import { decodeResult, encodeResult } from './result';
import { result as anyResult } from './test-arbitraries';

const result: StudentResult = {
	assignmentId: 'week-3',
	student: 'Ada Lovelace',
	answers: [
		{ answer: 'true', correct: true },
		{ answer: 'Pyongyang garrison', correct: false }
	],
	timeMs: 95_000,
	finishedAt: Date.UTC(2026, 10, 27, 9, 30)
};

let teacher: InboxKeyPair;
let key: InboxKey;
let otherKey: InboxKey;

async function opener(pair: InboxKeyPair): Promise<InboxKey> {
	const imported = await importInboxKey(pair.privateKey);
	if (!imported.ok) throw new Error(imported.error);
	return imported.value;
}

beforeAll(async () => {
	teacher = await createInboxKeys();
	key = await opener(teacher);
	otherKey = await opener(await createInboxKeys());
});

/** As the inbox's server hands it back: through JSON, with a revision. */
function fromServer(doc: object): unknown {
	return JSON.parse(JSON.stringify({ ...doc, _rev: '1-0123456789abcdef0123456789abcdef' }));
}

function refusal(outcome: Awaited<ReturnType<typeof openResultDocument>>): string {
	if (outcome.status !== 'refused') throw new Error(`expected a refusal, got ${outcome.status}`);
	return outcome.error;
}

describe('attempt ids', () => {
	it('are 26 base32 characters, fresh every time', () => {
		const ids = Array.from({ length: 200 }, newAttemptId);
		for (const id of ids) expect(id).toMatch(/^[a-z2-7]{26}$/);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('a sealed result document', () => {
	it('holds the assignment id and ciphertext, and no name or answer', async () => {
		const doc = await sealResult(result, teacher.publicKey, 'abcdefghijklmnopqrstuvwxyz');
		expect(Object.keys(doc).sort()).toEqual(['_id', 'assignment', 'sealed', 'type']);
		expect(doc).toMatchObject({
			_id: 'result-abcdefghijklmnopqrstuvwxyz',
			type: 'factdeck-result',
			assignment: 'week-3'
		});
		const stored = JSON.stringify(doc);
		for (const plain of ['Ada', 'Lovelace', 'Pyongyang', 'garrison', 'correct', '95000']) {
			expect(stored).not.toContain(plain);
		}
	});

	it('opens into the result its link would give', async () => {
		const doc = await sealResult(result, teacher.publicKey, newAttemptId());
		expect(await openResultDocument(fromServer(doc), 'week-3', key)).toEqual({
			status: 'opened',
			result
		});
	});

	it('keeps its id when the same attempt is sent again, so a retry adds nothing', async () => {
		const attempt = newAttemptId();
		const one = await sealResult(result, teacher.publicKey, attempt);
		const two = await sealResult(result, teacher.publicKey, attempt);
		expect(one._id).toBe(two._id);
		expect(one.sealed).not.toBe(two.sealed);
	});

	it('is not made from what a result link would refuse, or with a made-up attempt id', async () => {
		await expect(
			sealResult({ ...result, student: ' ' }, teacher.publicKey, newAttemptId())
		).rejects.toThrow('Cannot make a result link');
		await expect(sealResult(result, teacher.publicKey, 'Not/An-Id')).rejects.toThrow(
			'is not an attempt id'
		);
		await expect(sealResult(result, new Uint8Array(33), newAttemptId())).rejects.toThrow(
			'not a P-256 public key'
		);
	});

	it('round-trips any result a link can carry (property)', fuzzBudget, async () => {
		await fc.assert(
			fc.asyncProperty(anyResult, async (any) => {
				const doc = await sealResult(any, teacher.publicKey, newAttemptId());
				const opened = await openResultDocument(fromServer(doc), any.assignmentId, key);
				const expected = decodeResult(encodeResult(any));
				expect(expected.ok).toBe(true);
				expect(opened).toEqual({ status: 'opened', result: expected.ok && expected.value });
			}),
			fuzzRuns(60)
		);
	});

	it('takes a result as large as a result link allows', async () => {
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		let seed = 7;
		const randomText = (n: number) =>
			Array.from({ length: n }, () => letters[(seed = (seed * 48271) % 2147483647) % 26]).join('');
		const large = {
			...result,
			answers: Array.from({ length: 200 }, () => ({ answer: randomText(300), correct: false }))
		};
		expect(encodeResult(large).length).toBeGreaterThan(40_000);
		const doc = await sealResult(large, teacher.publicKey, newAttemptId());
		expect(doc.sealed.length).toBeLessThanOrEqual(MAX_SEALED_CHARS);
		expect(await openResultDocument(fromServer(doc), 'week-3', key)).toEqual({
			status: 'opened',
			result: large
		});
	});
});

describe('a document the gradebook must refuse', () => {
	let doc: SealedResultDocument;
	beforeAll(async () => {
		doc = await sealResult(result, teacher.publicKey, 'abcdefghijklmnopqrstuvwxyz');
	});
	const name = 'Inbox document result-abcdefghijklmnopqrstuvwxyz';

	it('sealed to another key', async () => {
		expect(refusal(await openResultDocument(fromServer(doc), 'week-3', otherKey))).toBe(
			`${name}: ${NOT_OPENED}`
		);
	});

	it('moved to another assignment', async () => {
		const moved = { ...doc, assignment: 'week-4' };
		expect(refusal(await openResultDocument(fromServer(moved), 'week-4', key))).toBe(
			`${name}: ${NOT_OPENED}`
		);
	});

	it('of another assignment is left alone, not opened', async () => {
		expect(await openResultDocument(fromServer(doc), 'week-4', key)).toEqual({
			status: 'elsewhere'
		});
	});

	it('with its ciphertext changed', async () => {
		const at = doc.sealed.length - 30;
		const flipped = doc.sealed[at] === 'A' ? 'B' : 'A';
		const changed = {
			...doc,
			sealed: doc.sealed.slice(0, at) + flipped + doc.sealed.slice(at + 1)
		};
		expect(refusal(await openResultDocument(fromServer(changed), 'week-3', key))).toBe(
			`${name}: ${NOT_OPENED}`
		);
	});

	it('larger than any real result', async () => {
		const huge = { ...doc, sealed: 'A'.repeat(MAX_SEALED_CHARS + 1) };
		expect(refusal(await openResultDocument(huge, 'week-3', key))).toBe(
			`${name} was refused: sealed: the sealed result is larger than any real result.`
		);
	});

	it('with a __proto__ or constructor field', async () => {
		const text = JSON.stringify(doc);
		for (const field of ['__proto__', 'constructor']) {
			const hostile = JSON.parse(`{"${field}": {"isAdmin": true}, ${text.slice(1)}`);
			expect(refusal(await openResultDocument(hostile, 'week-3', key))).toBe(
				`${name} was refused: it has a field named “${field}”.`
			);
		}
	});

	it('that a student sealed without a result inside', async () => {
		const seal = async (plaintext: Uint8Array, assignment = 'week-3') => ({
			...doc,
			sealed: bytesToBase64Url(await sealForInbox(teacher.publicKey, assignment, plaintext))
		});
		const notText = await seal(Uint8Array.of(0xff, 0xfe));
		expect(refusal(await openResultDocument(notText, 'week-3', key))).toBe(
			`${name} was refused: its result is not text.`
		);
		const notResult = await seal(new TextEncoder().encode('<img src=x onerror=alert(1)>'));
		expect(refusal(await openResultDocument(notResult, 'week-3', key))).toBe(
			`${name}: This is not a result link from Factdeck.`
		);
		const otherInside = await seal(
			new TextEncoder().encode(encodeResult({ ...result, assignmentId: 'week-9' }))
		);
		expect(refusal(await openResultDocument(otherInside, 'week-3', key))).toBe(
			`${name} was refused: the result inside is for another assignment.`
		);
	});
});
