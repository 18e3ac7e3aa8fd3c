// The class inbox an assignment link may carry (issue 13): the address of a database on the
// teacher's CouchDB, where each student's sealed result goes, and the teacher's public key to seal
// it with. It travels as a segment of its own after the assignment's payload,
//
//   /a#A2.<assignment payload>.I1.<base32( FNV-1a-32 checksum ‖ packed inbox )>
//   packed = scheme (0 https, 1 http) ‖ the address after "://" (length, UTF-8) ‖ key (33 bytes)
//
// so links without an inbox are exactly what they were; an older app opens a link with one (it
// reads the assignment's payload and stops at the dot) and its students send results by link; and
// a damaged or malformed inbox is dropped with a warning while the assignment still opens.
import * as v from 'valibot';
import type { Outcome } from '$lib/types';
import { ByteReader, ByteWriter } from './bytes';
import { FORMAT_VERSION, openEnvelope, sealDeflated } from './envelope';
import { isInboxPublicKey, PUBLIC_KEY_BYTES } from './inbox-crypto';

export const MAX_INBOX_ADDRESS_CHARS = 200;

/** Where results go and the key they are sealed to (a compressed P-256 point). */
export interface Inbox {
	address: string;
	publicKey: Uint8Array;
}

// CouchDB's rule for database names (the last part of the address); `/`, also allowed there,
// would need escaping in an address and is left out.
const DATABASE_NAME = /^[a-z][a-z0-9_$()+-]*$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The address in the one spelling links carry (lower-case host, no default port, no trailing
 * slash), or what is wrong with it, in words a teacher can act on.
 */
export function normaliseInboxAddress(text: string): Outcome<string> {
	const refuse = (error: string): Outcome<string> => ({ ok: false, error });
	const trimmed = text.trim();
	if (trimmed.length > MAX_INBOX_ADDRESS_CHARS) {
		return refuse(`it is longer than ${MAX_INBOX_ADDRESS_CHARS} characters`);
	}
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		return refuse('it is not a web address (like https://couch.example.org/class-7b)');
	}
	const secure = url.protocol === 'https:';
	if (!secure && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
		return refuse('it must start with https:// (http:// only for this computer, localhost)');
	}
	if (url.username || url.password) {
		return refuse('it must not hold a user name or password: every student would see them');
	}
	if (url.search || url.hash || trimmed.includes('#') || trimmed.includes('?')) {
		return refuse('it must not have a “?” or “#” part');
	}
	const path = url.pathname.replace(/\/+$/, '');
	const database = path.slice(path.lastIndexOf('/') + 1);
	if (!DATABASE_NAME.test(database)) {
		return refuse(
			'it must end with the database’s name: lower-case letters, digits and _$()+- , starting with a letter'
		);
	}
	const address = `${url.origin}${path}`;
	if (address.length > MAX_INBOX_ADDRESS_CHARS) {
		return refuse(`it is longer than ${MAX_INBOX_ADDRESS_CHARS} characters`);
	}
	return { ok: true, value: address };
}

// Its messages are for the student, who cannot fix the link; the teacher gets the reasons from
// `normaliseInboxAddress` when making it.
const InboxSchema = v.strictObject({
	address: v.pipe(
		v.string(),
		v.check((text) => {
			const normal = normaliseInboxAddress(text);
			return normal.ok && normal.value === text;
		}, 'its address is not valid')
	),
	publicKey: v.pipe(
		v.instance(Uint8Array),
		v.check((key) => isInboxPublicKey(key), 'the teacher’s key in it is not valid')
	)
});

const SCHEME = { 'https:': 0, 'http:': 1 } as const;
const SCHEME_OF = ['https://', 'http://'] as const;

function packInbox(inbox: Inbox): Uint8Array {
	const normal = normaliseInboxAddress(inbox.address);
	if (!normal.ok)
		throw new Error(`Cannot add the class inbox: its address is not valid: ${normal.error}`);
	if (normal.value !== inbox.address) {
		throw new Error(`Cannot add the class inbox: write its address as ${normal.value}`);
	}
	const checked = v.safeParse(InboxSchema, inbox);
	if (!checked.success) throw new Error(`Cannot add the class inbox: ${checked.issues[0].message}`);
	const { protocol } = new URL(inbox.address);
	const scheme = SCHEME[protocol as keyof typeof SCHEME];
	const head = new ByteWriter()
		.byte(scheme)
		.text(inbox.address.slice(SCHEME_OF[scheme].length))
		.bytes();
	const out = new Uint8Array(head.length + PUBLIC_KEY_BYTES);
	out.set(head);
	out.set(inbox.publicKey, head.length);
	return out;
}

/** The segment a link carries after its payload (`I1.…`); throws when the inbox is not valid. */
export function encodeInbox(inbox: Inbox): string {
	return sealDeflated('inbox', packInbox(inbox));
}

/** The assignment link with its class inbox. Throws (with a message) when the inbox is not valid. */
export function withInbox(link: string, inbox: Inbox): string {
	return `${link}.${encodeInbox(inbox)}`;
}

const DROPPED = 'The assignment works as usual: send your result to your teacher by link.';

function unpackInbox(body: Uint8Array): Outcome<Inbox> {
	const read = new ByteReader(body);
	const scheme = read.byte();
	const rest = read.text(MAX_INBOX_ADDRESS_CHARS * 4);
	const keyed = !read.short && !read.malformed && read.remaining === PUBLIC_KEY_BYTES;
	const prefix = SCHEME_OF[scheme];
	if (!keyed || prefix === undefined) {
		return { ok: false, error: `The class inbox in this link cannot be read. ${DROPPED}` };
	}
	const parsed = v.safeParse(InboxSchema, {
		address: prefix + rest,
		publicKey: body.slice(body.length - PUBLIC_KEY_BYTES)
	});
	if (!parsed.success) {
		return {
			ok: false,
			error: `The class inbox in this link cannot be used: ${parsed.issues[0].message}. ${DROPPED}`
		};
	}
	return { ok: true, value: parsed.output };
}

// The inbox segment right after an assignment payload; anything from the dot to a space or a
// closing quote counts, so a damaged segment is reported rather than silently cut. Punctuation
// that ends a sentence around a pasted link is not part of it (base32 never ends that way).
const INBOX_IN_TEXT =
	/(?:^|[#\s(<"'])A\d{1,6}\.[A-Z2-7]+\.(I[^\s"'<>)]*?)[.,;:!?]*(?:[\s"'<>)]|$)/i;

/** What a link says about its class inbox; a warning, never a refusal, when it is unusable. */
export type LinkInbox = { inbox?: Inbox; warning?: string };

/** Never throws: the link's inbox, none, or why the one it carries was dropped. */
export function inboxFromLink(text: string): LinkInbox {
	const segment = INBOX_IN_TEXT.exec(text)?.[1];
	if (segment === undefined) return {};
	const envelope = openEnvelope('inbox', segment);
	if (!envelope.ok) {
		const version = Number(/^I(\d+)\./i.exec(segment)?.[1] ?? 0);
		const why =
			version > FORMAT_VERSION
				? 'was made by a newer Factdeck (update the app to use it)'
				: 'is damaged or cut short';
		return { warning: `The class inbox in this link ${why}. ${DROPPED}` };
	}
	const inbox = unpackInbox(envelope.value.body);
	return inbox.ok ? { inbox: inbox.value } : { warning: inbox.error };
}
