// A student's results on their way to a class inbox. A finished attempt is sealed to the
// teacher's key and kept on the device first, then written to the inbox; what the inbox does not
// take yet (offline, server down) waits and goes out when the device is back online, on a timer
// while the app is open, and the next time the app opens.
import { listOutbox, noteOutboxError, queueOutbox, removeFromOutbox } from '$lib/db/outbox';
import { messageOf } from '$lib/error-message';
import type { Inbox } from '$lib/share/inbox';
import { newAttemptId, sealResult } from '$lib/share/inbox-result';
import { deliverResultDocument } from '$lib/share/inbox-server';
import type { StudentResult } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';

/** How often waiting results are tried again while the app is open. */
const OUTBOX_RETRY_MS = 60_000;

export type Delivery =
	| { state: 'sending' }
	| { state: 'delivered' }
	/** Kept on this device; it goes out by itself. */
	| { state: 'waiting'; reason: string }
	/** Neither delivered nor kept: only the result link can carry it. */
	| { state: 'failed'; reason: string };

export class InboxOutbox {
	#database: Database;
	#fetch: typeof fetch;
	#deliveries = $state.raw<Record<string, Delivery>>({});
	#flushing: Promise<void> | undefined;
	#again = false;
	#started = false;

	constructor(database: Database = appDatabase, fetchFn: typeof fetch = (...a) => fetch(...a)) {
		this.#database = database;
		this.#fetch = fetchFn;
	}

	/** What became of an attempt sent from this page (by its document id). */
	delivery(id: string): Delivery | undefined {
		return this.#deliveries[id];
	}

	#note(id: string, delivery: Delivery) {
		this.#deliveries = { ...this.#deliveries, [id]: delivery };
	}

	/**
	 * Seals the result, keeps it, and tries to deliver it. Returns at once with the document's id
	 * (its delivery is `delivery(id)`) and the promise of the first try.
	 */
	send(result: StudentResult, inbox: Inbox): { id: string; sent: Promise<void> } {
		const attemptId = newAttemptId();
		const id = `result-${attemptId}`;
		this.#note(id, { state: 'sending' });
		return { id, sent: this.#send(id, attemptId, result, inbox) };
	}

	async #send(id: string, attemptId: string, result: StudentResult, inbox: Inbox) {
		try {
			const document = await sealResult(result, inbox.publicKey, attemptId);
			try {
				await queueOutbox(await this.#database.open(), inbox.address, document);
			} catch (error) {
				// Not kept: one direct try, so a full disk does not keep the result from the teacher.
				const sent = await deliverResultDocument(this.#fetch, inbox.address, document);
				this.#note(
					id,
					sent.ok
						? { state: 'delivered' }
						: {
								state: 'failed',
								reason: `It could not be kept on this device (${messageOf(error)}), and ${sent.error.charAt(0).toLowerCase()}${sent.error.slice(1)}`
							}
				);
				return;
			}
		} catch (error) {
			this.#note(id, { state: 'failed', reason: `It could not be sealed: ${messageOf(error)}` });
			return;
		}
		await this.flush();
	}

	/** Tries every waiting result once (a call during a try runs another one after it). */
	flush(): Promise<void> {
		if (this.#flushing) {
			this.#again = true;
			return this.#flushing;
		}
		this.#flushing = (async () => {
			do {
				this.#again = false;
				await this.#flushOnce();
			} while (this.#again);
		})().finally(() => (this.#flushing = undefined));
		return this.#flushing;
	}

	async #flushOnce() {
		let db;
		try {
			db = await this.#database.open();
		} catch {
			return; // The page reports a database that cannot open.
		}
		const { waiting } = await listOutbox(db);
		for (const record of waiting) {
			const sent = await deliverResultDocument(this.#fetch, record.address, record.document);
			try {
				if (sent.ok) await removeFromOutbox(db, record.id);
				else await noteOutboxError(db, record.id, sent.error);
			} catch {
				// Kept as it was: the next try sends it again, which changes nothing on the server.
			}
			this.#note(
				record.id,
				sent.ok ? { state: 'delivered' } : { state: 'waiting', reason: sent.error }
			);
		}
	}

	/**
	 * Sends what waits now, and again when the device comes online and every OUTBOX_RETRY_MS
	 * (in the browser; once is enough).
	 */
	start() {
		if (this.#started) return;
		this.#started = true;
		const flush = () => void this.flush();
		addEventListener('online', flush);
		setInterval(flush, OUTBOX_RETRY_MS);
		flush();
	}
}

export const inboxOutbox = new InboxOutbox();
