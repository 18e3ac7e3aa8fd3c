import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
	Assignment,
	Card,
	QuestionSet,
	Review,
	Settings,
	StoryRecord,
	StudentResult,
	StudySession
} from '$lib/types';
import { dailyTotals, type DayTotal } from '$lib/study/stats';
import { masteryLevel, type MasteryLevel } from '$lib/study/counts';
import type { CreateDraft } from '$lib/create/draft';
import type { SeqRanges } from '$lib/sync/seq-ranges';
import type { SyncServer } from '$lib/sync/server';
import type { InboxPrivateKey, SealedResultDocument } from '$lib/share';

export const DB_NAME = 'factdeck';
/** Bump together with a new entry in MIGRATIONS. */
export const DB_VERSION = 10;
export const SETTINGS_KEY = 'settings';

/**
 * A card as the cards store holds it: the card and its mastery level, derived from it (see
 * storedCard) so the progress and home pages count levels through an index instead of reading
 * every card. `null` for a retired card, which no level index then holds. Not backed up.
 */
export interface StoredCard extends Card {
	level: MasteryLevel | null;
}

/**
 * The stored form of a card, its level derived as counts.ts defines it. The level depends only on
 * the card (state, stability, retired), never on the time. A change to masteryLevel needs a
 * migration that derives every stored card's level again, as version 8 does.
 */
export function storedCard(card: Card): StoredCard {
	return { ...card, level: masteryLevel(card) ?? null };
}

/** The card without what the store derives from it (what a backup carries). */
export function cardOf(stored: StoredCard): Card {
	const card: Partial<StoredCard> = { ...stored };
	delete card.level;
	return card as Card;
}

/** The current (version 10) schema. */
export interface FactdeckSchema extends DBSchema {
	cards: {
		key: string;
		value: StoredCard;
		/**
		 * byStateDue: [state, due], so a queue reads due cards of one state in due order.
		 * bySetLevel: [setId, level] and byLevelDue: [level, due] hold the cards in use (a retired
		 * card's level is null), so levels per set and the due forecast are index counts.
		 */
		indexes: {
			byDue: number;
			bySet: string;
			bySibling: string;
			byStateDue: [number, number];
			bySetLevel: [string, MasteryLevel];
			byLevelDue: [MasteryLevel, number];
		};
	};
	reviews: {
		key: number;
		value: Review;
		indexes: { byCard: string; bySet: string; byReviewedAt: number };
	};
	sessions: {
		key: string;
		value: StudySession;
		indexes: { byStartedAt: number };
	};
	customSets: { key: string; value: QuestionSet };
	settings: { key: string; value: Settings };
	/** Review totals per local day (YYYY-MM-DD), kept in step with the log; derived, not backed up. */
	days: { key: string; value: DayTotal };
	/** Assignments this device made (the teacher's side). */
	assignments: { key: string; value: Assignment; indexes: { byCreatedAt: number } };
	/** Results the teacher received; the key makes the same attempt pasted twice one record. */
	results: { key: string; value: ReceivedResult; indexes: { byAssignment: string } };
	/** Stories started on this device or joined by a set made on it. */
	stories: { key: string; value: StoryRecord };
	/**
	 * The create page's unsaved work (the new set's, and one per set being edited). Read back
	 * through DraftSchema; not backed up (see drafts.ts).
	 */
	drafts: { key: string; value: CreateDraft };
	/** Which review-log events this device has exchanged with its sync replica (see sync.ts). */
	syncEvents: {
		key: string;
		value: SyncEventRecord;
		indexes: { byReview: number; byPendingUndo: number };
	};
	/** This device's sync identity and progress, one record under SYNC_STATE_KEY. */
	syncState: { key: string; value: SyncState };
	/** The teacher's class inboxes, one per assignment made with one; read back through a schema. */
	inboxes: { key: string; value: InboxRecord };
	/** The student's sealed results not yet delivered to their class inbox (see inbox-outbox.ts). */
	inboxOutbox: { key: string; value: OutboxRecord };
}

/**
 * A class inbox this device made for one of its assignments: where results arrive and the private
 * key that opens them. Not backed up (see inboxes.ts).
 */
export interface InboxRecord {
	assignmentId: string;
	/** The inbox database's address, normalised as links carry it. */
	address: string;
	privateKey: InboxPrivateKey;
	createdAt: number;
	/** The inbox's change sequence read up to, so each pull asks only for what is new. */
	since?: string | number;
}

/** A sealed result waiting to be written to its inbox; deleted once the server has it. */
export interface OutboxRecord {
	/** The document's id, unique to the attempt. */
	id: string;
	address: string;
	document: SealedResultDocument;
	queuedAt: number;
	/** The last failed delivery, in plain words. */
	lastError?: string;
}

/** One event of the synced review log, as this device has it. Not backed up. */
export interface SyncEventRecord {
	/** `${device}:${seq}` (lib/sync/events.ts). */
	eventId: string;
	/** The local review the event is, while it is in the log. */
	reviewId?: number;
	/** 1 once the review was undone here and the undo event is not yet sent (sparse index). */
	pendingUndo?: 1;
	/** The review was undone (here or on another device). */
	undone?: true;
}

export const SYNC_STATE_KEY = 'state';

export interface SyncState {
	deviceId: string;
	/** The sequence number of this device's next event. */
	nextSeq: number;
	/** Every local review up to this id has been exported or came from the replica. */
	exportedThrough: number;
	/** Per device, the sequence numbers of its events applied (or sent) here. */
	known: Record<string, SeqRanges>;
	/** The replica's change sequence read up to, for sets and settings. */
	changesSeq: number | string;
	/** A hash of each set's version last exchanged, to tell which side changed it. */
	setVersions: Record<string, string>;
	/**
	 * The replica revision each set's version here was last exchanged at: an edit made here goes
	 * out on top of it, so an edit on a version this device never showed stays a conflict.
	 */
	setRevs?: Record<string, string>;
	settingsVersion?: string;
	/** The retention the schedules were last replayed with; another one replays every card. */
	replayedRetention?: number;
	/**
	 * Local reviews may already be events of the synced log (a backup was restored, or sync is
	 * new here): the next sync pulls first and recognises them before sending any.
	 */
	relink?: true;
	/** The server this device syncs with while sync is on; absent (password forgotten) when off. */
	server?: SyncServer;
	/** When a sync last went through, and the last sync's error in plain words, if it failed. */
	lastSyncedAt?: number;
	lastError?: string;
	lastErrorAt?: number;
	/**
	 * Changes copied to the replica and not known to have reached the server: counted when copied,
	 * cleared when a replication goes through (so a sync cut off by closing the app counts too).
	 */
	unsent?: number;
}

/** A student's result as the teacher's device keeps it. */
export interface ReceivedResult {
	/** `${assignmentId}|${student key}|${finishedAt}`. */
	id: string;
	assignmentId: string;
	result: StudentResult;
	receivedAt: number;
}

export type FactdeckDB = IDBPDatabase<FactdeckSchema>;
export type StoreName = StoreNames<FactdeckSchema>;
/** Stores holding the student's and the teacher's data: what a backup carries. */
export const STORE_NAMES = [
	'cards',
	'reviews',
	'sessions',
	'customSets',
	'settings',
	'assignments',
	'results',
	'stories'
] as const;
/** Stores computed from the others (rebuilt on import). Drafts are neither: see drafts.ts. */
export const DERIVED_STORE_NAMES = ['days'] as const;

// Migrations see the database as it was at their version, not as FactdeckSchema says, so they
// work on untyped handles.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: AnyDB, tx: UpgradeTx) => Promise<void>;

/**
 * Version 1 (first release): cards kept ts-fsrs's own JSON shape (snake_case, ISO date strings)
 * and the question's sentence index; reviews had ISO timestamps and no undo state.
 */
async function toVersion1(db: AnyDB): Promise<void> {
	const cards = db.createObjectStore('cards', { keyPath: 'id' });
	cards.createIndex('byDue', 'due');
	cards.createIndex('bySet', 'setId');
	const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
	reviews.createIndex('byCard', 'cardId');
	db.createObjectStore('customSets', { keyPath: 'id' });
	db.createObjectStore('settings');
}

/** The v1 card record, as stored by the first release. */
export interface CardV1 {
	id: string;
	setId: string;
	questionId: string;
	sourceSentence: number;
	createdAt: string;
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: 0 | 1 | 2 | 3;
	last_review: string | null;
}

/** The v1 review record. */
export interface ReviewV1 {
	id: number;
	cardId: string;
	setId: string;
	rating: 1 | 2 | 3 | 4;
	answer: string;
	correct: boolean;
	mode: Review['mode'];
	durationMs: number;
	reviewedAt: string;
	/** Due date the review scheduled. */
	due: string;
}

function ms(iso: string): number {
	const value = Date.parse(iso);
	if (Number.isNaN(value)) throw new Error(`Unreadable date in the database: ${iso}`);
	return value;
}

export function cardFromV1(old: CardV1): Card {
	return {
		id: old.id,
		setId: old.setId,
		questionId: old.questionId,
		siblingKey: `${old.setId}#${old.sourceSentence}`,
		retired: false,
		addedAt: ms(old.createdAt),
		due: ms(old.due),
		stability: old.stability,
		difficulty: old.difficulty,
		elapsedDays: old.elapsed_days,
		scheduledDays: old.scheduled_days,
		learningSteps: old.learning_steps,
		reps: old.reps,
		lapses: old.lapses,
		state: old.state,
		lastReview: old.last_review === null ? null : ms(old.last_review)
	};
}

export function reviewFromV1(old: ReviewV1): Review {
	return {
		id: old.id,
		cardId: old.cardId,
		setId: old.setId,
		rating: old.rating,
		answer: old.answer,
		correct: old.correct,
		mode: old.mode,
		durationMs: old.durationMs,
		reviewedAt: ms(old.reviewedAt),
		before: null,
		dueAfter: ms(old.due)
	};
}

/**
 * Version 2: epoch-ms numbers for every time (so the due index sorts and ranges numerically),
 * camelCase schedule fields, sibling keys and the retired flag on cards, undo state on reviews,
 * resumable sessions, and a theme setting.
 */
async function toVersion2(db: AnyDB, tx: UpgradeTx): Promise<void> {
	const cards = tx.objectStore('cards');
	cards.createIndex('bySibling', 'siblingKey');
	for (let cursor = await cards.openCursor(); cursor; cursor = await cursor.continue()) {
		await cursor.update(cardFromV1(cursor.value as CardV1));
	}
	const reviews = tx.objectStore('reviews');
	reviews.createIndex('bySet', 'setId');
	reviews.createIndex('byReviewedAt', 'reviewedAt');
	for (let cursor = await reviews.openCursor(); cursor; cursor = await cursor.continue()) {
		await cursor.update(reviewFromV1(cursor.value as ReviewV1));
	}
	const settings = tx.objectStore('settings');
	const old = (await settings.get(SETTINGS_KEY)) as Partial<Settings> | undefined;
	if (old) await settings.put({ ...old, theme: old.theme ?? 'system' }, SETTINGS_KEY);
	const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
	sessions.createIndex('byStartedAt', 'startedAt');
}

/**
 * Version 3: reading a whole 100,000-review log made the progress page slow, so the log's daily
 * totals are kept in a `days` store (computed here from the existing log), and cards get a
 * [state, due] index so today's queue reads only the due cards it needs.
 */
async function toVersion3(db: AnyDB, tx: UpgradeTx): Promise<void> {
	tx.objectStore('cards').createIndex('byStateDue', ['state', 'due']);
	const reviews = (await tx.objectStore('reviews').getAll()) as Review[];
	const days = db.createObjectStore('days', { keyPath: 'day' });
	for (const total of dailyTotals(reviews)) await days.put(total);
}

/**
 * Version 4: the teacher's side. Assignments made on this device and the results received for
 * them, so /teach lists them and a gradebook survives reloads. Nothing existing changes.
 */
async function toVersion4(db: AnyDB): Promise<void> {
	const assignments = db.createObjectStore('assignments', { keyPath: 'id' });
	assignments.createIndex('byCreatedAt', 'createdAt');
	const results = db.createObjectStore('results', { keyPath: 'id' });
	results.createIndex('byAssignment', 'assignmentId');
}

/**
 * Version 5: time-sensitive facts. Cards may carry `confirmedOn` ("Still true") and `outdatedOn`
 * ("Outdated", which retires the card): both optional and absent on every existing card, so no
 * card is rewritten. Settings gain `staleAfterMonths`, written here with its default (6) so the
 * stored record has every field.
 */
async function toVersion5(_db: AnyDB, tx: UpgradeTx): Promise<void> {
	const settings = tx.objectStore('settings');
	const old = (await settings.get(SETTINGS_KEY)) as Partial<Settings> | undefined;
	if (old && old.staleAfterMonths === undefined)
		await settings.put({ ...old, staleAfterMonths: 6 }, SETTINGS_KEY);
}

/**
 * Version 6: stories. A `stories` store (id, title, createdAt); sets name their story in their own
 * record, and cards may carry `supersededBy`, `supersedes`, `sameAs` and `update`: all optional
 * and absent on every existing card, so no record is rewritten.
 */
async function toVersion6(db: AnyDB): Promise<void> {
	db.createObjectStore('stories', { keyPath: 'id' });
}

/**
 * Version 7: drafts. The create page keeps its unsaved work (article, fields, curation) in a
 * `drafts` store as it is typed, so closing the browser loses nothing. Nothing existing changes.
 */
async function toVersion7(db: AnyDB): Promise<void> {
	db.createObjectStore('drafts', { keyPath: 'id' });
}

/**
 * Version 8: the progress and home pages read all 10,000 cards of a large library to count their
 * levels (bench:study: 275–640 ms for that read alone under 4x CPU throttling). Every card now
 * stores its mastery level (storedCard, derived here for every existing card), indexed by set and
 * by due time, so those figures are index counts.
 */
async function toVersion8(_db: AnyDB, tx: UpgradeTx): Promise<void> {
	const cards = tx.objectStore('cards');
	cards.createIndex('bySetLevel', ['setId', 'level']);
	cards.createIndex('byLevelDue', ['level', 'due']);
	for (let cursor = await cards.openCursor(); cursor; cursor = await cursor.continue()) {
		await cursor.update(storedCard(cursor.value as Card));
	}
}

/**
 * Version 9: sync. `syncEvents` ties the local review log to the events of the synced log and
 * `syncState` holds the device id. Both start empty (nothing syncs until it is switched on).
 */
async function toVersion9(db: AnyDB): Promise<void> {
	const events = db.createObjectStore('syncEvents', { keyPath: 'eventId' });
	events.createIndex('byReview', 'reviewId');
	events.createIndex('byPendingUndo', 'pendingUndo');
	db.createObjectStore('syncState');
}

/**
 * Version 10: the class inbox. `inboxes` keeps the teacher's key for each assignment made with an
 * inbox, `inboxOutbox` a student's sealed results until their inbox has them. Both start empty.
 */
async function toVersion10(db: AnyDB): Promise<void> {
	db.createObjectStore('inboxes', { keyPath: 'assignmentId' });
	db.createObjectStore('inboxOutbox', { keyPath: 'id' });
}

/** MIGRATIONS[n - 1] brings a database from version n - 1 to n. Never edit a released entry. */
const MIGRATIONS: readonly Migration[] = [
	toVersion1,
	toVersion2,
	toVersion3,
	toVersion4,
	toVersion5,
	toVersion6,
	toVersion7,
	toVersion8,
	toVersion9,
	toVersion10
];

/**
 * Runs every migration between the two versions, in order, inside the upgrade transaction.
 * Only IndexedDB requests are awaited, so the transaction stays open throughout.
 */
export async function migrate(
	db: AnyDB,
	oldVersion: number,
	newVersion: number,
	tx: UpgradeTx
): Promise<void> {
	for (let version = oldVersion + 1; version <= newVersion; version++) {
		const step = MIGRATIONS[version - 1];
		if (!step) throw new Error(`No migration to database version ${version}`);
		await step(db, tx);
	}
}
