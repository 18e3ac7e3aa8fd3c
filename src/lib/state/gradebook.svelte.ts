// The teacher's gradebook for one assignment, kept in IndexedDB so it survives reloads; and the
// inbox that files a result link opened directly (/teach/result#R1.…) under its assignment.
import { getAssignment, listAssignments } from '$lib/db/assignments';
import { listResults, saveResults } from '$lib/db/results';
import { addResult, assignmentForResult, type Gradebook } from '$lib/gradebook';
import { decodeResult, payloadFromLink, payloadsFromText } from '$lib/share';
import type { StudentResult } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';
import type { Fragment } from './fragment';
import { messageOf } from '$lib/error-message';

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
	#opening = 0;

	constructor(database: Database = appDatabase) {
		this.#database = database;
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
		} catch (error) {
			if (opening === this.#opening) {
				this.#missing(`The gradebook could not be read: ${messageOf(error)}`);
			}
		}
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
