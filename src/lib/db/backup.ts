import * as v from 'valibot';
import type {
	Assignment,
	Card,
	QuestionSet,
	Review,
	Settings,
	StoryRecord,
	StudySession
} from '$lib/types';
import { normalizeSettings } from '$lib/srs/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema } from './backup-schema';
import { dailyTotals } from '$lib/study/stats';
import { putCard } from './cards';
import {
	cardOf,
	DERIVED_STORE_NAMES,
	SETTINGS_KEY,
	STORE_NAMES,
	SYNC_STATE_KEY,
	type FactdeckDB,
	type ReceivedResult
} from './schema';
import { restartExchange } from './sync-log';
import { queued, writeTransaction } from './transaction';

export { BACKUP_FORMAT, BACKUP_VERSION };

/** Everything Factdeck stores on the device, as one JSON object. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** ISO time of export. */
	exportedAt: string;
	cards: Card[];
	reviews: Review[];
	sessions: StudySession[];
	customSets: QuestionSet[];
	settings: Settings;
	/** The teacher's assignments (empty when reading a version 1 file). */
	assignments: Assignment[];
	/** Results received for those assignments, as the results store holds them. */
	results: ReceivedResult[];
	/** Stories on this device (empty when reading a file before version 4). */
	stories: StoryRecord[];
}

/** Backups larger than this are refused before parsing (measured in UTF-16 units of the text). */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;

/** Reads everything in one transaction, so the backup is a consistent snapshot. */
export async function exportBackup(db: FactdeckDB, now: number = Date.now()): Promise<Backup> {
	const tx = db.transaction([...STORE_NAMES], 'readonly');
	const [cards, reviews, sessions, customSets, settings, assignments, results, stories] =
		await Promise.all([
			tx.objectStore('cards').getAll(),
			tx.objectStore('reviews').getAll(),
			tx.objectStore('sessions').getAll(),
			tx.objectStore('customSets').getAll(),
			tx.objectStore('settings').get(SETTINGS_KEY),
			tx.objectStore('assignments').getAll(),
			tx.objectStore('results').getAll(),
			tx.objectStore('stories').getAll()
		]);
	await tx.done;
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date(now).toISOString(),
		// The level is derived (see StoredCard): left out, and derived again on import.
		cards: cards.map(cardOf),
		reviews,
		sessions,
		customSets,
		settings: normalizeSettings(settings),
		assignments,
		results,
		stories
	};
}

/** The file name to offer for a backup: factdeck-backup-2026-03-01.json. */
export function backupFileName(backup: Pick<Backup, 'exportedAt'>): string {
	return `factdeck-backup-${backup.exportedAt.slice(0, 10)}.json`;
}

export interface BackupSummary {
	cards: number;
	reviews: number;
	/** Distinct sets with progress or made in the app. */
	sets: number;
	customSets: number;
	sessions: number;
	assignments: number;
	results: number;
	exportedAt: string;
	/** "312 cards, 4,210 reviews, 3 sets", then ", 2 assignments" when there are any. */
	text: string;
}

export type ParsedBackup =
	{ ok: true; backup: Backup; summary: BackupSummary } | { ok: false; message: string };

function plural(n: number, word: string): string {
	return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

export function summarizeBackup(backup: Backup): BackupSummary {
	const sets = new Set([
		...backup.cards.map((c) => c.setId),
		...backup.customSets.map((s) => s.id)
	]);
	return {
		cards: backup.cards.length,
		reviews: backup.reviews.length,
		sets: sets.size,
		customSets: backup.customSets.length,
		sessions: backup.sessions.length,
		assignments: backup.assignments.length,
		results: backup.results.length,
		exportedAt: backup.exportedAt,
		text: [
			plural(backup.cards.length, 'card'),
			plural(backup.reviews.length, 'review'),
			plural(sets.size, 'set'),
			...(backup.assignments.length > 0 ? [plural(backup.assignments.length, 'assignment')] : [])
		].join(', ')
	};
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class HostileKeyError extends Error {}

function readJson(text: string): unknown {
	return JSON.parse(text, (key, value: unknown) => {
		// Such keys have no place in a backup and could poison objects built from it.
		if (FORBIDDEN_KEYS.has(key)) throw new HostileKeyError(`it contains a forbidden key "${key}"`);
		return value;
	});
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = v.getDotPath(issue);
	return path ? `${path}: ${issue.message}` : issue.message;
}

function duplicate<T>(
	items: readonly T[],
	key: (item: T) => string | number
): string | number | undefined {
	const seen = new Set<string | number>();
	for (const item of items) {
		const k = key(item);
		if (seen.has(k)) return k;
		seen.add(k);
	}
	return undefined;
}

/**
 * Checks that go across records: unique keys, every review belonging to a card and every result
 * to an assignment.
 */
function consistencyProblem(backup: Backup): string | null {
	const card = duplicate(backup.cards, (c) => c.id);
	if (card !== undefined) return `card ${card} appears twice`;
	const review = duplicate(backup.reviews, (r) => r.id);
	if (review !== undefined) return `review ${review} appears twice`;
	const session = duplicate(backup.sessions, (s) => s.id);
	if (session !== undefined) return `session ${session} appears twice`;
	const set = duplicate(backup.customSets, (s) => s.id);
	if (set !== undefined) return `set ${set} appears twice`;
	const cardIds = new Set(backup.cards.map((c) => c.id));
	const orphan = backup.reviews.find((r) => !cardIds.has(r.cardId));
	if (orphan)
		return `review ${orphan.id} belongs to card ${orphan.cardId}, which is not in the backup`;
	const assignment = duplicate(backup.assignments, (a) => a.id);
	if (assignment !== undefined) return `assignment ${assignment} appears twice`;
	const result = duplicate(backup.results, (r) => r.id);
	if (result !== undefined) return `result ${result} appears twice`;
	const story = duplicate(backup.stories, (s) => s.id);
	if (story !== undefined) return `story ${story} appears twice`;
	const assignmentIds = new Set(backup.assignments.map((a) => a.id));
	const stray = backup.results.find((r) => !assignmentIds.has(r.assignmentId));
	if (stray)
		return `result ${stray.id} belongs to assignment ${stray.assignmentId}, which is not in the backup`;
	return null;
}

/**
 * Reads a backup file's text without touching the database. Refuses, with a message naming the
 * problem, anything that is too large, not JSON, not a Factdeck backup, from a newer Factdeck,
 * or wrongly shaped. On success returns the backup and a preview summary.
 */
export function parseBackup(text: string): ParsedBackup {
	const fail = (why: string): ParsedBackup => ({
		ok: false,
		message: `This backup cannot be imported: ${why}.`
	});
	if (typeof text !== 'string') return fail('it is not a text file');
	if (text.length > MAX_BACKUP_CHARS)
		return fail('it is larger than 50 MB, far more than any Factdeck backup');
	let data: unknown;
	try {
		// Some editors save a byte-order mark in front; JSON.parse would trip over it.
		data = readJson(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		if (error instanceof HostileKeyError) return fail(error.message);
		return fail('it is not valid JSON (the file may be damaged or cut short)');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return fail('it is not a Factdeck backup');
	}
	const head = data as { format?: unknown; version?: unknown };
	if (head.format !== BACKUP_FORMAT)
		return fail('it is not a Factdeck backup (no "factdeck-backup" format tag)');
	if (
		typeof head.version === 'number' &&
		Number.isFinite(head.version) &&
		head.version > BACKUP_VERSION
	) {
		return fail(
			`it was made by a newer Factdeck (backup version ${head.version}, this one reads up to ${BACKUP_VERSION}); update Factdeck and try again`
		);
	}
	const result = v.safeParse(BackupSchema, data);
	if (!result.success) {
		const [first] = result.issues;
		const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problems)` : '';
		return fail(`${first ? describeIssue(first) : 'wrong shape'}${more}`);
	}
	// Version 1 files predate the teacher's stores: they have none to restore. Files before
	// version 3 have no stale-fact threshold: the default is filled in.
	const output = result.output;
	const backup = {
		...output,
		version: BACKUP_VERSION,
		settings: normalizeSettings(output.settings),
		...(output.version === 1 ? { assignments: [], results: [] } : {}),
		...(output.version < 4 ? { stories: [] } : {})
	} as Backup;
	const problem = consistencyProblem(backup);
	if (problem) return fail(problem);
	return { ok: true, backup, summary: summarizeBackup(backup) };
}

/**
 * Replaces everything in the database with the backup, in one transaction: afterwards the
 * database holds exactly the backup, or, if anything fails (a full disk included), exactly what
 * it held before. Pass only a backup returned by parseBackup.
 */
export async function importBackup(db: FactdeckDB, backup: Backup): Promise<BackupSummary> {
	const stores = [...STORE_NAMES, ...DERIVED_STORE_NAMES];
	await writeTransaction(db, [...stores, 'syncEvents', 'syncState'], async (tx) => {
		await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
		// Sync starts its exchange over: the backup is merged with the synced log, not sent again.
		await tx.objectStore('syncEvents').clear();
		const sync = await tx.objectStore('syncState').get(SYNC_STATE_KEY);
		await tx.objectStore('syncState').put(restartExchange(sync), SYNC_STATE_KEY);
		const writes: Promise<unknown>[] = [];
		for (const card of backup.cards) writes.push(queued(putCard(tx.objectStore('cards'), card)));
		for (const review of backup.reviews) writes.push(queued(tx.objectStore('reviews').put(review)));
		for (const session of backup.sessions)
			writes.push(queued(tx.objectStore('sessions').put(session)));
		for (const set of backup.customSets) writes.push(queued(tx.objectStore('customSets').put(set)));
		for (const assignment of backup.assignments)
			writes.push(queued(tx.objectStore('assignments').put(assignment)));
		for (const result of backup.results) writes.push(queued(tx.objectStore('results').put(result)));
		for (const story of backup.stories) writes.push(queued(tx.objectStore('stories').put(story)));
		writes.push(
			queued(tx.objectStore('settings').put(normalizeSettings(backup.settings), SETTINGS_KEY))
		);
		for (const total of dailyTotals(backup.reviews))
			writes.push(queued(tx.objectStore('days').put(total)));
		await Promise.all(writes);
	});
	return summarizeBackup(backup);
}
