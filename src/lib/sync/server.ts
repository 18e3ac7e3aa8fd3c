import type { Outcome } from '$lib/types';
import { normaliseInboxAddress } from '$lib/share/inbox';

/** The CouchDB database a learner's devices sync through, and the account that may use it. */
export interface SyncServer {
	/** The database's address, normalised (https://, or http:// on this computer). */
	address: string;
	username: string;
	password: string;
}

export const MAX_SYNC_NAME_CHARS = 200;

/**
 * The sync form's fields checked: a database address as for a class inbox (https, or http only
 * for localhost) and a user name and password, kept out of the address.
 */
export function checkSyncServer(fields: {
	address: string;
	username: string;
	password: string;
}): Outcome<SyncServer> {
	const refuse = (error: string): Outcome<SyncServer> => ({ ok: false, error });
	let url: URL | undefined;
	try {
		url = new URL(fields.address.trim());
	} catch {
		url = undefined;
	}
	if (url && (url.username || url.password))
		return refuse(
			'The server address must not hold a user name or password: type them in their own fields.'
		);
	const address = normaliseInboxAddress(fields.address);
	if (!address.ok) return refuse(`This server address cannot be used: ${address.error}.`);
	const username = fields.username.trim();
	if (!username) return refuse('Type the user name of your account on that server.');
	if (username.length > MAX_SYNC_NAME_CHARS || fields.password.length > MAX_SYNC_NAME_CHARS)
		return refuse(
			`The user name and password must each be at most ${MAX_SYNC_NAME_CHARS} characters.`
		);
	if (!fields.password) return refuse('Type the password of that account.');
	return { ok: true, value: { address: address.value, username, password: fields.password } };
}

export const UNREACHABLE =
	'Cannot reach the server — your changes wait here and go out when it is back.';
export const REFUSED_LOGIN = 'The server refused the user name or password.';

/** The replication got no answer from the server (offline, server down, or CORS refused). */
export class ServerUnreachableError extends Error {
	override name = 'ServerUnreachableError';
	constructor(cause: unknown) {
		super(UNREACHABLE, { cause });
	}
}

/** A replication failure as it is reported: the server's answer, or no answer at all. */
export function replicationError(error: unknown): unknown {
	const status = (error as { status?: unknown } | null)?.status;
	return typeof status === 'number' ? error : new ServerUnreachableError(error);
}

interface ServerError {
	status?: unknown;
	name?: unknown;
	reason?: unknown;
	message?: unknown;
}

/**
 * A failed sync in plain words. PouchDB reports the server's answers with their HTTP status;
 * a request that never got an answer (offline, server down, CORS refused) has none.
 */
export function syncErrorMessage(error: unknown, online: boolean): string {
	const failure = (typeof error === 'object' && error !== null ? error : {}) as ServerError;
	const status = typeof failure.status === 'number' ? failure.status : undefined;
	const reason = typeof failure.reason === 'string' ? failure.reason : undefined;
	if (!online) return UNREACHABLE;
	if (status === 401) return REFUSED_LOGIN;
	if (status === 403)
		return 'The server accepted the account but does not let it use this database. Ask whoever runs the server for access.';
	if (status === 404)
		return 'The server has no database at this address. Check the address, or create the database on the server first.';
	if (status === 413 || status === 507 || /full|space|quota/i.test(reason ?? ''))
		return 'The server is full or refused the data as too large — your changes wait here. Ask whoever runs the server to make room.';
	if (status !== undefined && status >= 500)
		return `The server had a problem (error ${status}) — your changes wait here and go out on the next try.`;
	if (status !== undefined && status >= 400)
		return `The server refused the sync (error ${status}${reason ? `: ${reason}` : ''}) — your changes wait here.`;
	// No answer at all: fetch failed (server down, network gone, or its CORS settings refuse this
	// app). Any other error without a status is this device's own, and says what it is.
	if (error instanceof ServerUnreachableError || error instanceof TypeError) return UNREACHABLE;
	return error instanceof Error ? error.message : UNREACHABLE;
}
