import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzBudget, fuzzRuns } from '$lib/fuzz';
import type { Assignment, QuestionSet } from '$lib/types';
import { decodeAssignment } from './assignment';
import { bytesToBase32 } from './base32';
import { ByteWriter } from './bytes';
import { sealDeflated } from './envelope';
import { createInboxKeys } from './inbox-crypto';
import { encodeInbox, inboxFromLink, normaliseInboxAddress, withInbox, type Inbox } from './inbox';
import { payloadFromLink } from './link';

// Links made before class inboxes existed (format 1 and the compact format 2): they must open
// exactly as they did, with no inbox and no warning.
const OLD_FULL =
	'https://factdeck.app/a#A1.GRCZQY4DQQLKRXGRGWDIMWIQFCNUETBVQUCBNECEBEWEWUYDDCAIIG6CQ4QKPBAAUMRSSMJPDMMPHQFMK4CM55OABA2NCM2V2XBRMMRAY6APJAJNQ2SFHMCOUAPLBJ5ATKAFCBXWSSESVEAPGIGEQAMJ3DNNQWQA';
const OLD_COMPACT =
	'https://factdeck.app/a#A2.625FK2A3CQZIBPGZ6KPDIBTXMVSWWLJTAVZGC5DFOPYRRWB4AIBQ';

const assignment: Assignment = {
	id: 'week-3',
	title: 'Rates',
	passMark: 50,
	shuffle: false,
	feedback: 'end',
	createdAt: 1795000000000,
	questions: [
		{ id: 'q1', type: 'truefalse', prompt: 'The bank held rates at 4.5%.', answer: 'true' },
		{
			id: 'q2',
			type: 'mcq',
			prompt: 'Rates were held at _____.',
			answer: '4.5%',
			options: ['4%', '4.5%', '5%']
		}
	]
};
const set: QuestionSet = {
	id: 'rates',
	title: 'Rates',
	generatorVersion: 't',
	sentences: ['s'],
	questions: assignment.questions.map((q) => ({ ...q, sourceSentence: 0, explanation: '' }))
};

const ADDRESS = 'https://couch.example.org/class-7b';
let inbox: Inbox;

beforeAll(async () => {
	inbox = { address: ADDRESS, publicKey: (await createInboxKeys()).publicKey };
});

/** An inbox segment with a right checksum around any packed bytes: what an edited link holds. */
function segmentOf(scheme: number, rest: string, key: Uint8Array, extra: number[] = []): string {
	const head = new ByteWriter().byte(scheme).text(rest).bytes();
	return sealDeflated('inbox', Uint8Array.of(...head, ...key, ...extra));
}

describe('inbox addresses', () => {
	it('accepts https, and http on this computer, in one spelling', () => {
		const cases: [string, string][] = [
			[ADDRESS, ADDRESS],
			[
				' https://Couch.Example.org:443/couchdb/Class/inbox_7b/ ',
				'https://couch.example.org/couchdb/Class/inbox_7b'
			],
			['https://couch.example.org:6984/a$(b)+c-d', 'https://couch.example.org:6984/a$(b)+c-d'],
			['http://localhost:5984/inbox', 'http://localhost:5984/inbox'],
			['http://127.0.0.1:5984/inbox', 'http://127.0.0.1:5984/inbox'],
			['http://[::1]:5984/inbox', 'http://[::1]:5984/inbox']
		];
		for (const [text, address] of cases) {
			expect(normaliseInboxAddress(text)).toEqual({ ok: true, value: address });
		}
	});

	it('refuses anything else, saying why', () => {
		const cases: [string, string][] = [
			['couch.example.org/inbox', 'it is not a web address'],
			['http://couch.example.org/inbox', 'it must start with https://'],
			['http://192.168.1.20:5984/inbox', 'it must start with https://'],
			['ftp://couch.example.org/inbox', 'it must start with https://'],
			['javascript:alert(1)', 'it must start with https://'],
			['data:text/html,<b>hi</b>', 'it must start with https://'],
			['https://teacher:secret@couch.example.org/inbox', 'must not hold a user name or password'],
			['https://couch.example.org/inbox?x=1', 'must not have a “?” or “#” part'],
			['https://couch.example.org/inbox#x', 'must not have a “?” or “#” part'],
			['https://couch.example.org/', 'it must end with the database’s name'],
			['https://couch.example.org/Inbox', 'it must end with the database’s name'],
			['https://couch.example.org/_users', 'it must end with the database’s name'],
			['https://couch.example.org/my inbox', 'it must end with the database’s name'],
			[`https://couch.example.org/${'a'.repeat(200)}`, 'longer than 200 characters']
		];
		for (const [text, reason] of cases) {
			const normal = normaliseInboxAddress(text);
			expect(normal.ok).toBe(false);
			expect(!normal.ok && normal.error).toContain(reason);
		}
	});
});

describe('an assignment link with a class inbox', () => {
	it('carries the address and the key, and the assignment is unchanged', () => {
		for (const link of [OLD_FULL, OLD_COMPACT]) {
			const linked = withInbox(link, inbox);
			expect(linked.startsWith(`${link}.I1.`)).toBe(true);
			expect(payloadFromLink(linked)).toBe(payloadFromLink(link));
			expect(decodeAssignment(payloadFromLink(linked), [set])).toEqual({
				ok: true,
				value: assignment
			});
			expect(inboxFromLink(linked)).toEqual({ inbox });
			expect(inboxFromLink(linked.slice(linked.indexOf('#') + 1))).toEqual({ inbox });
			for (const text of [`${linked}.`, `Today's quiz: ${linked}, due Friday!`, `(${linked})`]) {
				expect(inboxFromLink(text)).toEqual({ inbox });
			}
		}
	});

	it('costs a few characters beyond the address and the 33-byte key', () => {
		// 1 scheme byte, 1 length byte, the address after "https://", 33 key bytes, 4 checksum
		// bytes, in base32; plus ".I1.".
		const bytes = 1 + 1 + (ADDRESS.length - 'https://'.length) + 33 + 4;
		expect(encodeInbox(inbox)).toHaveLength('I1.'.length + Math.ceil((bytes * 8) / 5));
	});

	it('reads an http inbox on this computer', () => {
		const local = { ...inbox, address: 'http://127.0.0.1:5984/inbox' };
		expect(inboxFromLink(withInbox(OLD_COMPACT, local))).toEqual({ inbox: local });
	});

	it('will not make a link with an inbox students could not use', () => {
		expect(() => withInbox(OLD_FULL, { ...inbox, address: 'http://example.org/inbox' })).toThrow(
			'Cannot add the class inbox: its address is not valid: it must start with https://'
		);
		expect(() => withInbox(OLD_FULL, { ...inbox, publicKey: new Uint8Array(33) })).toThrow(
			'Cannot add the class inbox: the teacher’s key in it is not valid'
		);
		expect(() =>
			withInbox(OLD_FULL, { ...inbox, address: 'https://Couch.example.org/x/' })
		).toThrow('Cannot add the class inbox: write its address as https://couch.example.org/x');
	});
});

describe('old links', () => {
	it('open exactly as before, with no inbox and no warning', () => {
		expect(decodeAssignment(payloadFromLink(OLD_FULL))).toEqual({ ok: true, value: assignment });
		expect(decodeAssignment(payloadFromLink(OLD_COMPACT), [set])).toEqual({
			ok: true,
			value: assignment
		});
		for (const text of [OLD_FULL, OLD_COMPACT, `${OLD_COMPACT}.`, `see ${OLD_FULL}. Thanks`]) {
			expect(inboxFromLink(text)).toEqual({});
		}
	});
});

describe('a malformed inbox in a link', () => {
	const still = 'The assignment works as usual: send your result to your teacher by link.';

	function expectDropped(segment: string, reason: string) {
		const link = `${OLD_COMPACT}.${segment}`;
		const read = inboxFromLink(link);
		expect(read.inbox).toBeUndefined();
		expect(read.warning).toContain(reason);
		expect(read.warning).toContain(still);
		expect(decodeAssignment(payloadFromLink(link), [set])).toEqual({ ok: true, value: assignment });
	}

	it('is dropped with a warning when cut short or edited', () => {
		const segment = encodeInbox(inbox);
		expectDropped(segment.slice(0, -3), 'is damaged or cut short');
		expectDropped(segment.slice(0, 10), 'is damaged or cut short');
		const edited = `${segment.slice(0, 20)}${segment[20] === 'A' ? 'B' : 'A'}${segment.slice(21)}`;
		expectDropped(edited, 'is damaged or cut short');
		expectDropped(`${segment}%20x`, 'is damaged or cut short');
		expectDropped('I1.', 'is damaged or cut short');
		expectDropped('I', 'is damaged or cut short');
		expectDropped(`I9.${segment.slice(3)}`, 'was made by a newer Factdeck');
	});

	it('is dropped with a warning when its address or key is not valid', () => {
		const key = inbox.publicKey;
		expectDropped(segmentOf(0, 'couch.example.org', key), 'its address is not valid');
		expectDropped(segmentOf(1, 'couch.example.org/inbox', key), 'its address is not valid');
		expectDropped(segmentOf(0, 'evil:pw@couch.example.org/inbox', key), 'its address is not valid');
		expectDropped(segmentOf(0, 'COUCH.example.org/inbox', key), 'its address is not valid');
		expectDropped(
			segmentOf(0, `couch.example.org/${'a'.repeat(300)}`, key),
			'its address is not valid'
		);
		expectDropped(
			segmentOf(0, 'couch.example.org/inbox', new Uint8Array(33)),
			'the teacher’s key in it is not valid'
		);
		const offCurve = Uint8Array.of(2, ...new Uint8Array(32).fill(0xff));
		expectDropped(
			segmentOf(0, 'couch.example.org/inbox', offCurve),
			'the teacher’s key in it is not valid'
		);
		expectDropped(segmentOf(7, 'couch.example.org/inbox', key), 'cannot be read');
		expectDropped(segmentOf(0, 'couch.example.org/inbox', key.slice(1)), 'cannot be read');
		expectDropped(segmentOf(0, 'couch.example.org/inbox', key, [0]), 'cannot be read');
		expectDropped(sealDeflated('inbox', new Uint8Array([0, 0xff, 0xff])), 'cannot be read');
		expectDropped(`I1.${bytesToBase32(new Uint8Array(3))}`, 'is damaged or cut short');
	});

	it('never costs the assignment, whatever follows the payload (property)', fuzzBudget, () => {
		const segment = fc.oneof(
			fc.string({ maxLength: 200 }).map((text) => `I${text}`),
			fc.string({ maxLength: 200, unit: 'binary' }).map((text) => `I${text}`),
			fc.stringMatching(/^[A-Z2-7]{0,160}$/).map((text) => `I1.${text}`),
			fc.uint8Array({ maxLength: 120 }).map((bytes) => sealDeflated('inbox', bytes))
		);
		fc.assert(
			fc.property(segment, (tail) => {
				const link = `${OLD_COMPACT}.${tail}`;
				const read = inboxFromLink(link);
				expect(read.inbox === undefined || read.warning === undefined).toBe(true);
				expect(decodeAssignment(payloadFromLink(link), [set])).toEqual({
					ok: true,
					value: assignment
				});
			}),
			fuzzRuns(300)
		);
	});
});
