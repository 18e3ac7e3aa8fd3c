// The teacher's gradebook for one assignment, kept in IndexedDB so it survives reloads, filling
// itself from the assignment's class inbox when it has one; and the page that files a result link
// opened directly (/teach/result#R1.…) under its assignment.
import { getAssignment, listAssignments } from '$lib/db/assignments';
import { getInbox } from '$lib/db/inboxes';
import { listResults, saveResults } from '$lib/db/results';
import type { InboxRecord } from '$lib/db/schema';
import { addResult, assignmentForResult, type Gradebook } from '$lib/gradebook';
import {
	decodeResult,
	importInboxKey,
	payloadFromLink,
	payloadsFromText,
	type InboxKey
} from '$lib/share';
import type { StudentResult } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';
import type { Fragment } from './fragment';
import { messageOf } from '$lib/error-message';
import { pullInbox } from './inbox-pull';

/** How often an open gradebook asks its class inbox for new results. */
const INBOX_PULL_MS = 20_000;
const MAX_REFUSED_LINES = 50;

/** The class inbox of the open gradebook, as its page shows it. */
export interface InboxStatus {
	address: string;
	checking: boolean;
	/** When the inbox last answered. */
	checkedAt?: number;
	/** Results that came in from the inbox since the gradebook was opened. */
	arrived: number;
	/** Why the last pull failed (or the key cannot be used); cleared by the next success. */
	error?: string;
	/** Documents refused since the gradebook was opened, one line each. */
	refused: string[];
}

export interface IntakeReport {
	added: number;
	duplicates: number;
	errors: string[];
}

export class GradebookState {
	#database: Database;
	#phase = $state<'loading' | 'missing' | 'ready'>('loading');
	#book = $state.raw<Gradebook | undefined>();
	#report = $state.raw<IntakeReport | undefined>();
	#problem = $state<string | undefined>();
	#inbox = $state.raw<InboxStatus | undefined>();
	#inboxRecord: InboxRecord | undefined;
	#inboxKey: InboxKey | undefined;
	#pulling: Promise<void> | undefined;
	#opening = 0;
	#fetch: typeof fetch;

	constructor(database: Database = appDatabase, fetchFn: typeof fetch = (...a) => fetch(...a)) {
		this.#database = database;
		this.#fetch = fetchFn;
	}

	/** The assignment's class inbox, when it has one. */
	get inbox() {
		return this.#inbox;
	}

	get phase() {
		return this.#phase;
	}
	get book() {
		return this.#book;
	}
	/** What the last paste added and refused. */
	get report() {
		return this.#report;
	}
	get problem() {
		return this.#problem;
	}

	/** Opens the gradebook named by the page's fragment (`/teach/gradebook#<assignment id>`). */
	async open(fragment: Fragment) {
		const opening = ++this.#opening;
		this.#clear();
		if (!fragment.ok) return this.#missing(fragment.error);
		const assignmentId = fragment.value;
		try {
			const db = await this.#database.open();
			const assignment = assignmentId ? await getAssignment(db, assignmentId) : undefined;
			const results = assignment ? await listResults(db, assignment.id) : [];
			if (opening !== this.#opening) return;
			if (!assignment) {
				return this.#missing(
					'This device has no assignment with that link. Open the gradebook from the Teach page of the device that made the assignment.'
				);
			}
			this.#book = { assignment, results };
			this.#phase = 'ready';
			await this.#loadInbox(opening);
		} catch (error) {
			if (opening === this.#opening) {
				this.#missing(`The gradebook could not be read: ${messageOf(error)}`);
			}
		}
	}

	async #loadInbox(opening: number) {
		const assignmentId = this.#book?.assignment.id;
		if (!assignmentId) return;
		let record: InboxRecord | undefined;
		try {
			record = await getInbox(await this.#database.open(), assignmentId);
		} catch (error) {
			if (opening !== this.#opening) return;
			this.#inbox = {
				address: '',
				checking: false,
				arrived: 0,
				error: messageOf(error),
				refused: []
			};
			return;
		}
		if (!record || opening !== this.#opening) return;
		const key = await importInboxKey(record.privateKey);
		if (opening !== this.#opening) return;
		this.#inbox = { address: record.address, checking: false, arrived: 0, refused: [] };
		if (!key.ok) {
			this.#inbox = { ...this.#inbox, error: key.error };
			return;
		}
		this.#inboxRecord = record;
		this.#inboxKey = key.value;
		await this.checkInbox();
	}

	/** Pulls what is new in the class inbox (one pull at a time; a second call joins it). */
	checkInbox(): Promise<void> {
		if (this.#pulling) return this.#pulling;
		const pulling = this.#pull().finally(() => {
			if (this.#pulling === pulling) this.#pulling = undefined;
		});
		this.#pulling = pulling;
		return pulling;
	}

	async #pull() {
		const record = this.#inboxRecord;
		const key = this.#inboxKey;
		const book = this.#book;
		const status = this.#inbox;
		if (!record || !key || !book || !status) return;
		const opening = this.#opening;
		this.#inbox = { ...status, checking: true };
		let outcome: Awaited<ReturnType<typeof pullInbox>>;
		try {
			outcome = await pullInbox(await this.#database.open(), book, record, key, this.#fetch);
		} catch (error) {
			outcome = { ok: false, error: `The results could not be saved: ${messageOf(error)}` };
		}
		if (opening !== this.#opening) return;
		const current = this.#inbox ?? status;
		if (!outcome.ok) {
			this.#inbox = { ...current, checking: false, error: outcome.error };
			return;
		}
		this.#inboxRecord = { ...record, since: outcome.value.since };
		// A paste may have changed the book meanwhile: the new results join the book as it is now.
		let next = this.#book ?? book;
		for (const result of outcome.value.fresh) {
			const added = addResult(next, result);
			if (added.ok) next = added.value;
		}
		this.#book = next;
		const refused = [...current.refused, ...outcome.value.refused].filter(
			(line, index, all) => all.indexOf(line) === index
		);
		this.#inbox = {
			...current,
			checking: false,
			checkedAt: Date.now(),
			arrived: current.arrived + outcome.value.fresh.length,
			error: undefined,
			refused: refused.slice(-MAX_REFUSED_LINES)
		};
	}

	/**
	 * While the page is open: pulls the inbox every INBOX_PULL_MS, when the device comes back
	 * online and when the page is shown again. Returns the function that stops it.
	 */
	watchInbox(intervalMs = INBOX_PULL_MS): () => void {
		const check = () => void this.checkInbox();
		const onVisible = () => {
			if (document.visibilityState === 'visible') check();
		};
		const timer = setInterval(check, intervalMs);
		addEventListener('online', check);
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			clearInterval(timer);
			removeEventListener('online', check);
			document.removeEventListener('visibilitychange', onVisible);
		};
	}

	#missing(problem: string) {
		this.#problem = problem;
		this.#phase = 'missing';
	}

	/** Adds every result link in pasted or opened text; refuses the rest, one line each. */
	async addText(text: string) {
		let book = this.#book;
		if (!book) return;
		const report: IntakeReport = { added: 0, duplicates: 0, errors: [] };
		const payloads = payloadsFromText(text);
		if (payloads.length === 0) report.errors.push('Paste at least one result link.');
		const fresh: StudentResult[] = [];
		const db = await this.#database.open();
		for (const [index, payload] of payloads.entries()) {
			const label = payloads.length > 1 ? `Link ${index + 1}: ` : '';
			const decoded = decodeResult(payload);
			if (!decoded.ok) {
				report.errors.push(label + decoded.error);
				continue;
			}
			if (decoded.value.assignmentId !== book.assignment.id) {
				const other = await getAssignment(db, decoded.value.assignmentId);
				const known = assignmentForResult(other ? [other] : [], decoded.value);
				report.errors.push(
					label +
						(known.ok
							? `This result (from ${decoded.value.student}) is for “${known.value.title}”, not this assignment: open that gradebook.`
							: known.error)
				);
				continue;
			}
			const outcome = addResult(book, decoded.value);
			if (!outcome.ok) report.errors.push(label + outcome.error);
			else if (outcome.duplicate) report.duplicates += 1;
			else {
				book = outcome.value;
				fresh.push(decoded.value);
				report.added += 1;
			}
		}
		try {
			if (fresh.length > 0) await saveResults(db, fresh);
			this.#book = book;
		} catch (error) {
			report.errors.push(`The results could not be saved: ${messageOf(error)}`);
			report.added = 0;
		}
		this.#report = report;
	}

	#clear() {
		this.#phase = 'loading';
		this.#book = undefined;
		this.#report = undefined;
		this.#problem = undefined;
		this.#inbox = undefined;
		this.#inboxRecord = undefined;
		this.#inboxKey = undefined;
		// A pull of the gradebook opened before is dropped when it ends; the next one is this one's.
		this.#pulling = undefined;
	}
}

export const gradebook = new GradebookState();

/** A result link opened directly: filed under its assignment when this device knows it. */
export class ResultInbox {
	#database: Database;
	#phase = $state<'loading' | 'refused' | 'filed'>('loading');
	#problem = $state<string | undefined>();
	#result = $state.raw<StudentResult | undefined>();
	#assignmentId = $state('');
	#assignmentTitle = $state('');
	#duplicate = $state(false);

	constructor(database: Database = appDatabase) {
		this.#database = database;
	}

	get phase() {
		return this.#phase;
	}
	get problem() {
		return this.#problem;
	}
	get result() {
		return this.#result;
	}
	get assignmentId() {
		return this.#assignmentId;
	}
	get assignmentTitle() {
		return this.#assignmentTitle;
	}
	/** Whether the result was already in the gradebook. */
	get duplicate() {
		return this.#duplicate;
	}

	/** Files the result link in the page's fragment (`/teach/result#R1.…`). */
	async receive(fragment: Fragment) {
		this.#clear();
		if (!fragment.ok) return this.#refuse(fragment.error);
		const decoded = decodeResult(payloadFromLink(fragment.value));
		if (!decoded.ok) return this.#refuse(decoded.error);
		try {
			const db = await this.#database.open();
			const known = assignmentForResult(await listAssignments(db), decoded.value);
			if (!known.ok) return this.#refuse(known.error);
			const book = { assignment: known.value, results: await listResults(db, known.value.id) };
			const outcome = addResult(book, decoded.value);
			if (!outcome.ok) return this.#refuse(outcome.error);
			if (!outcome.duplicate) await saveResults(db, [decoded.value]);
			this.#duplicate = outcome.duplicate;
			this.#result = decoded.value;
			this.#assignmentId = known.value.id;
			this.#assignmentTitle = known.value.title;
			this.#phase = 'filed';
		} catch (error) {
			this.#refuse(`The result could not be saved: ${messageOf(error)}`);
		}
	}

	#refuse(problem: string) {
		this.#problem = problem;
		this.#phase = 'refused';
	}

	#clear() {
		this.#phase = 'loading';
		this.#problem = undefined;
		this.#result = undefined;
		this.#assignmentId = '';
		this.#assignmentTitle = '';
		this.#duplicate = false;
	}
}

export const resultInbox = new ResultInbox();
