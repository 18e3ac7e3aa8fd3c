import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	createInboxKeys,
	encodeResult,
	importInboxKey,
	newAttemptId,
	sealResult,
	type InboxKey,
	type InboxKeyPair,
	type SealedResultDocument
} from '$lib/share';
import { bytesToBase64Url } from '$lib/share/base64url';
import { seal } from '$lib/share/envelope';
import { sealForInbox } from '$lib/share/inbox-crypto';
import type { Assignment, StudentResult } from '$lib/types';
import { addInboxDocuments, emptyGradebook, studentRows } from './index';

const assignment: Assignment = {
	id: 'as1',
	title: 'Troops',
	passMark: 50,
	shuffle: false,
	feedback: 'end',
	createdAt: 0,
	questions: ['q1', 'q2'].map((id) => ({
		id,
		type: 'cloze' as const,
		prompt: `${id} _____`,
		answer: 'x'
	}))
};

function result(student: string, finishedAt = 1000, assignmentId = 'as1'): StudentResult {
	return {
		assignmentId,
		student,
		answers: [
			{ answer: 'x', correct: true },
			{ answer: 'y', correct: false }
		],
		timeMs: 60_000,
		finishedAt
	};
}

let teacher: InboxKeyPair;
let key: InboxKey;
let stranger: InboxKeyPair;

beforeAll(async () => {
	teacher = await createInboxKeys();
	stranger = await createInboxKeys();
	const imported = await importInboxKey(teacher.privateKey);
	if (!imported.ok) throw new Error(imported.error);
	key = imported.value;
});

const sealedBy = async (r: StudentResult, publicKey = teacher.publicKey) =>
	sealResult(r, publicKey, newAttemptId());

describe('results from a class inbox', () => {
	it('fill the gradebook, once each however often they are pulled', async () => {
		const docs = await Promise.all(
			Array.from({ length: 30 }, (_, i) => sealedBy(result(`Student ${i + 1}`)))
		);
		const first = await addInboxDocuments(emptyGradebook(assignment), docs, key);
		expect(first).toMatchObject({ added: 30, duplicates: 0, elsewhere: 0, errors: [] });
		expect(studentRows(first.book).map((row) => row.student)).toContain('Student 17');
		const again = await addInboxDocuments(first.book, docs, key);
		expect(again).toMatchObject({ added: 0, duplicates: 30, errors: [] });
		expect(again.book.results).toHaveLength(30);
	});

	it('leave other assignments’ documents alone, counted', async () => {
		const docs = [await sealedBy(result('Ada', 1000, 'as2')), await sealedBy(result('Ben'))];
		const report = await addInboxDocuments(emptyGradebook(assignment), docs, key);
		expect(report).toMatchObject({ added: 1, elsewhere: 1, errors: [] });
	});

	it('refuse a result with the wrong number of answers, as a pasted link would be', async () => {
		const short = { ...result('Cleo'), answers: [{ answer: 'x', correct: true }] };
		const report = await addInboxDocuments(
			emptyGradebook(assignment),
			[await sealedBy(short)],
			key
		);
		expect(report.errors).toEqual([
			'This result (from Cleo) has 1 answers but the assignment has 2 questions.'
		]);
	});
});

/** 100 documents a hostile or broken server could send, each aimed at this assignment. */
async function hostileDocuments(good: SealedResultDocument): Promise<unknown[]> {
	const text = JSON.stringify(good);
	const withField = (field: string, value: unknown) =>
		JSON.parse(`{${JSON.stringify(field)}: ${JSON.stringify(value)}, ${text.slice(1)}`);
	const sealedWith = async (plaintext: Uint8Array, publicKey = teacher.publicKey, id = 'as1') => ({
		...good,
		sealed: bytesToBase64Url(await sealForInbox(publicKey, id, plaintext))
	});
	const bytes = (s: string) => new TextEncoder().encode(s);
	const flip = (at: number) => {
		const i = at < 0 ? good.sealed.length + at : at;
		const char = good.sealed[i] === 'A' ? 'B' : 'A';
		return { ...good, sealed: good.sealed.slice(0, i) + char + good.sealed.slice(i + 1) };
	};
	const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
	const huge = 'x'.repeat(1_000_000);
	const docs: unknown[] = [
		// Not documents at all.
		null,
		undefined,
		0,
		true,
		'result',
		html,
		[],
		[good],
		// Prototype pollution, at the top and with a payload.
		withField('__proto__', { isAdmin: true }),
		withField('__proto__', null),
		withField('constructor', { prototype: { isAdmin: true } }),
		withField('prototype', {}),
		// Oversized.
		{ ...good, sealed: 'A'.repeat(200_000) },
		{ ...good, sealed: huge },
		{ ...good, assignment: 'as1'.padEnd(81, 'x') },
		{ ...good, _id: `result-${huge}` },
		{ ...good, _rev: `1-${huge}` },
		withField('padding', huge),
		withField(huge, 1),
		// HTML and script where text or ids go.
		{ ...good, _id: html },
		{ ...good, type: html },
		{ ...good, sealed: html },
		withField(html, html),
		// Wrong types and shapes.
		{ ...good, _id: 42 },
		{ ...good, _id: 'result-ABCDEFGHIJKLMNOPQRSTUVWXYZ' },
		{ ...good, _id: '_design/inbox' },
		{ ...good, _rev: 7 },
		{ ...good, type: 'factdeck-set' },
		{ ...good, type: undefined },
		{ ...good, assignment: ['as1'] },
		{ ...good, assignment: { id: 'as1' } },
		{ ...good, sealed: 12345 },
		{ ...good, sealed: '' },
		{ ...good, sealed: 'AAAA==' },
		{ ...good, sealed: `${good.sealed}=` },
		{ _id: good._id, _rev: '2-0123456789abcdef0123456789abcdef', _deleted: true },
		withField('student', 'Ada Lovelace'),
		withField('answers', [{ answer: 'x', correct: true }]),
		withField('_attachments', { 'a.html': { data: btoa(html) } }),
		{},
		// Sealed, but not for this teacher, this assignment, or not untouched.
		{ ...good, sealed: (await sealedBy(result('Eve'), stranger.publicKey)).sealed },
		{ ...good, sealed: (await sealedBy(result('Eve', 1000, 'as2'))).sealed },
		...[1, 2, 20, 33, 40, 47, 60, 70, -2, -10].map(flip),
		...[0, 1, 30, 45, 46, 61, 62].map((n) => ({ ...good, sealed: good.sealed.slice(0, n) })),
		{ ...good, sealed: `C${good.sealed.slice(1)}` },
		{ ...good, sealed: `${good.sealed}AAAA` },
		// Sealed properly by anyone holding the public key (every student), with junk inside.
		await sealedWith(Uint8Array.of(0xff, 0xfe, 0xfd)),
		await sealedWith(bytes('')),
		await sealedWith(bytes(html)),
		await sealedWith(bytes('R1.AAAA')),
		await sealedWith(bytes(encodeResult(result('Mallory', 1000, 'as9')))),
		await sealedWith(bytes(seal('result', { i: 'as1', n: ' Mallory ', c: '', a: [], t: 0, f: 0 }))),
		await sealedWith(bytes(seal('result', { i: 'as1', n: 'M', c: '10', a: ['x'], t: 0, f: 0 }))),
		await sealedWith(bytes(seal('result', { i: 'as1', n: 'M', c: '1', a: ['x'], t: -1, f: 0 }))),
		await sealedWith(bytes(seal('result', { __proto__: 1, i: 'as1' }))),
		await sealedWith(bytes(encodeResult({ ...result('Mallory'), answers: [] })))
	];
	// The rest: random JSON objects, some with a document's own fields mixed in.
	const junk = fc.sample(
		fc.oneof(
			fc.object(),
			fc.record({
				_id: fc.string(),
				type: fc.string(),
				assignment: fc.constant('as1'),
				sealed: fc.string()
			}),
			fc.jsonValue()
		),
		{ numRuns: 100 - docs.length, seed: 13 }
	);
	return [...docs, ...junk.map((value) => JSON.parse(JSON.stringify(value ?? null)))];
}

describe('a hostile inbox', () => {
	it('gets 100 malformed or hostile documents refused, each in plain words', async () => {
		const good = await sealedBy(result('Ada'));
		const hostile = await hostileDocuments(good);
		expect(hostile).toHaveLength(100);
		const book = emptyGradebook(assignment);
		const report = await addInboxDocuments(book, [...hostile, good], key);
		expect(report.added).toBe(1);
		expect(report.duplicates).toBe(0);
		expect(report.elsewhere).toBe(0);
		expect(report.errors).toHaveLength(100);
		expect(report.book.results).toEqual([result('Ada')]);
		expect(book.results).toEqual([]);
		for (const error of report.errors) {
			expect(error.length).toBeLessThan(300);
			expect(error).not.toMatch(/<script|<img|onerror|x{100}|isAdmin/);
			expect(error).toMatch(/^(A document|Inbox document result-[a-z2-7]{26}|This result)/);
		}
	});
});
