// The bridge between the app's own database and the sync replica (a PouchDB database replicated
// with a CouchDB server). The review log travels as single-writer events and card schedules are
// replayed from the merged log (lib/sync); sets and settings travel as ordinary documents.
// Applying what the replica holds twice changes nothing the second time.
import * as v from 'valibot';
import type { Card, QuestionSet, Review, Settings } from '$lib/types';
import { newSchedule } from '$lib/srs/scheduler';
import { normalizeSettings } from '$lib/srs/settings';
import { eventIdOf, type LoggedEvent, type SyncEvent } from '$lib/sync/events';
import { replayCards, type ReplayedReview } from '$lib/sync/replay';
import { hasSeq, withSeqs } from '$lib/sync/seq-ranges';
import {
	appendEvents,
	currentDoc,
	putBeside,
	putDoc,
	readChangesSince,
	readLog,
	setDocId,
	setTombstone,
	type Refusal,
	type ReplicaDb
} from '$lib/sync/replica';
import type { IncomingDoc } from '$lib/sync/incoming';
import { replicationError } from '$lib/sync/server';
import { QuestionSetSchema, SettingsSchema } from './backup-schema';
import { DayTotalsChange } from './days';
import { deleteCustomSet, saveCustomSetWithCards } from './customSets';
import { putCard } from './cards';
import { ensureSyncState, updateSyncState } from './sync-log';
import { needsRelink, recogniseReviews } from './sync-relink';
import { cardOf, SETTINGS_KEY, SYNC_STATE_KEY, type FactdeckDB, type SyncState } from './schema';
import { writeTransaction } from './transaction';
import { updateSettings } from './settings';

/** Studying went on while the sync ran; nothing was changed: sync again. */
export class SyncRetryError extends Error {
	override name = 'SyncRetryError';
	constructor() {
		super('New answers were recorded during the sync; nothing was lost — it will run again.');
	}
}

/** A short, stable fingerprint of a document's content (FNV-1a), to tell which side changed. */
export function versionOf(value: unknown): string {
	const text = JSON.stringify(value);
	let hash = 0x811c9dc5;
	let high = 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
		high = (high * 31 + text.charCodeAt(i)) >>> 0;
	}
	return `${text.length.toString(36)}.${hash.toString(36)}.${high.toString(36)}`;
}

export interface ExportReport {
	events: number;
	sets: number;
	settings: boolean;
}

/**
 * Copies what changed here into the replica: new reviews and undos as this device's events, sets
 * changed or deleted since they were last exchanged, and the settings. Run it before replicating.
 */
export async function exportToReplica(
	db: FactdeckDB,
	replica: ReplicaDb,
	now: number = Date.now()
): Promise<ExportReport> {
	const state = await ensureSyncState(db);
	// A restored backup's reviews are recognised among the synced ones first (syncWithServer).
	if (state.relink) throw new SyncRetryError();
	const tx = db.transaction(['reviews', 'syncEvents', 'customSets', 'settings']);
	const fresh = await tx
		.objectStore('reviews')
		.getAll(IDBKeyRange.lowerBound(state.exportedThrough, true));
	const pulled = new Set(
		(
			await tx
				.objectStore('syncEvents')
				.index('byReview')
				.getAll(IDBKeyRange.lowerBound(state.exportedThrough, true))
		).map((record) => record.reviewId)
	);
	const pending = await tx.objectStore('syncEvents').index('byPendingUndo').getAll(1);
	const sets = await tx.objectStore('customSets').getAll();
	const settings = normalizeSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
	await tx.done;

	const own = fresh.filter((review) => !pulled.has(review.id));
	let seq = state.nextSeq;
	const exported = own.map((review) => ({ review, event: reviewEventOf(review, seq++) }));
	const undos = pending.map((record) => ({
		record,
		event: { kind: 'undo', seq: seq++, target: record.eventId, undoneAt: now } as const
	}));
	const events: SyncEvent[] = [...exported.map((e) => e.event), ...undos.map((u) => u.event)];
	await appendEvents(replica, state.deviceId, events);

	const setVersions = { ...state.setVersions };
	const setRevs = { ...state.setRevs };
	let setsOut = 0;
	for (const set of sets) {
		const version = versionOf(set);
		if (setVersions[set.id] === version) continue;
		const sent = await putSet(replica, set, version, setRevs[set.id]);
		setVersions[set.id] = version;
		setRevs[set.id] = sent.rev;
		if (sent.written) setsOut++;
	}
	const here = new Set(sets.map((set) => set.id));
	for (const id of Object.keys(setVersions)) {
		if (here.has(id)) continue;
		await putDoc(replica, setTombstone(id, now));
		delete setVersions[id];
		delete setRevs[id];
		setsOut++;
	}
	const settingsVersion = versionOf(settings);
	const settingsOut = settingsVersion !== state.settingsVersion;
	if (settingsOut) await putDoc(replica, { _id: 'settings', type: 'settings', settings });
	// Waiting in the replica until a replication goes through, whether or not this sync ends.
	const copied = events.length + setsOut + (settingsOut ? 1 : 0);

	const last = fresh.at(-1)?.id ?? state.exportedThrough;
	const restarted = await writeTransaction(
		db,
		['reviews', 'syncEvents', 'syncState'],
		async (tx) => {
			const current = (await tx.objectStore('syncState').get(SYNC_STATE_KEY)) ?? state;
			if (current.relink) {
				// A backup was restored meanwhile: only the sequence numbers used stay used.
				const nextSeq = Math.max(current.nextSeq, seq);
				const unsent = (current.unsent ?? 0) + copied;
				await tx.objectStore('syncState').put({ ...current, nextSeq, unsent }, SYNC_STATE_KEY);
				return true;
			}
			const log = tx.objectStore('syncEvents');
			for (const { review, event } of exported) {
				// Undone while it was being sent: the undo goes out next time.
				const still = (await tx.objectStore('reviews').getKey(review.id)) !== undefined;
				const eventId = eventIdOf(state.deviceId, event.seq);
				await log.put(still ? { eventId, reviewId: review.id } : { eventId, pendingUndo: 1 });
			}
			for (const { record, event } of undos) {
				await log.put({ eventId: record.eventId, undone: true });
				await log.put({ eventId: eventIdOf(state.deviceId, event.seq) });
			}
			const sent = events.map((event) => event.seq);
			const own = withSeqs(current.known[state.deviceId] ?? [], sent);
			const known = { ...current.known, [state.deviceId]: own };
			await tx.objectStore('syncState').put(
				{
					...current,
					nextSeq: seq,
					exportedThrough: last,
					known,
					setVersions,
					setRevs,
					settingsVersion,
					unsent: (current.unsent ?? 0) + copied
				},
				SYNC_STATE_KEY
			);
			return false;
		}
	);
	if (restarted) throw new SyncRetryError();
	return { events: events.length, sets: setsOut, settings: settingsOut };
}

/**
 * Writes this device's version of a set into the replica, on top of the revision it was last
 * exchanged at. When the replica has moved on since (a pull not yet applied here, the app stopped
 * before importing it), the edit goes in beside that version, as a conflict the learner settles,
 * instead of over it. A version the replica already shows is not written again.
 */
async function putSet(
	replica: ReplicaDb,
	set: QuestionSet,
	version: string,
	base: string | undefined
): Promise<{ rev: string; written: boolean }> {
	const id = setDocId(set.id);
	const current = await currentDoc(replica, id);
	if (current?._rev && versionOf(current.set) === version)
		return { rev: current._rev, written: false };
	const doc = { _id: id, type: 'set', set };
	if (!current?._rev || !base || base === current._rev)
		return { rev: await putDoc(replica, doc), written: true };
	return { rev: await putBeside(replica, doc, base), written: true };
}

function reviewEventOf(review: Review, seq: number): SyncEvent {
	return {
		kind: 'review',
		seq,
		cardId: review.cardId,
		setId: review.setId,
		rating: review.rating,
		answer: review.answer,
		correct: review.correct,
		mode: review.mode,
		durationMs: review.durationMs,
		reviewedAt: review.reviewedAt
	};
}

/** A set or settings document's payload, checked by the same schemas as a backup. */
export type PulledPayload =
	| { kind: 'set'; set: QuestionSet }
	| { kind: 'set-deleted'; setId: string }
	| { kind: 'settings'; settings: Settings }
	| { kind: 'log' };

export function checkPayload(
	doc: IncomingDoc
): { ok: true; value: PulledPayload } | { ok: false; error: string } {
	if (doc.type === 'log') return { ok: true, value: { kind: 'log' } };
	if (doc.type === 'settings') {
		const parsed = v.safeParse(SettingsSchema, doc.settings);
		return parsed.success
			? { ok: true, value: { kind: 'settings', settings: normalizeSettings(parsed.output) } }
			: { ok: false, error: 'Refused: these settings are not valid.' };
	}
	const setId = doc._id.slice('set:'.length);
	if (doc._deleted) return { ok: true, value: { kind: 'set-deleted', setId } };
	const parsed = v.safeParse(QuestionSetSchema, doc.set);
	if (!parsed.success) return { ok: false, error: 'Refused: this set is not valid.' };
	if (parsed.output.id !== setId)
		return { ok: false, error: 'Refused: the set inside does not match its document.' };
	return { ok: true, value: { kind: 'set', set: parsed.output as QuestionSet } };
}

export interface ImportReport {
	/** Reviews from other devices added to the log here. */
	reviewsAdded: number;
	/** Reviews taken out of the log here by undos made elsewhere. */
	reviewsUndone: number;
	/** Cards whose schedule was replayed. */
	cardsReplayed: number;
	setsChanged: number;
	settingsChanged: boolean;
	/** Documents the server sent that were refused (and changed nothing). */
	refused: Refusal[];
}

/** The cards whose reviews make up a card's history: the cards it superseded, oldest first. */
function historyIn(cards: Map<string, Card>): (cardId: string) => string[] {
	return (cardId) => {
		const chain = [cardId];
		let card = cards.get(cardId);
		while (card?.supersedes && !chain.includes(card.supersedes) && chain.length < 100) {
			chain.unshift(card.supersedes);
			card = cards.get(card.supersedes);
		}
		return chain;
	};
}

/**
 * Applies what the replica holds to the app's database: sets and settings changed elsewhere, and
 * the merged review log (new reviews added, undone ones taken out, every touched card's schedule
 * replayed). Everything from the server is checked first; refused documents change nothing.
 */
export async function importFromReplica(db: FactdeckDB, replica: ReplicaDb): Promise<ImportReport> {
	const state = await ensureSyncState(db);
	const report: ImportReport = {
		reviewsAdded: 0,
		reviewsUndone: 0,
		cardsReplayed: 0,
		setsChanged: 0,
		settingsChanged: false,
		refused: []
	};
	const changes = await readChangesSince(replica, state.changesSeq);
	report.refused.push(...changes.refused);
	const setVersions = { ...state.setVersions };
	const setRevs = { ...state.setRevs };
	let settingsVersion = state.settingsVersion;
	for (const doc of changes.docs) {
		const payload = checkPayload(doc);
		if (!payload.ok) {
			report.refused.push({ id: doc._id, reason: payload.error });
			continue;
		}
		const value = payload.value;
		if (value.kind === 'set') {
			const version = versionOf(value.set);
			// This device's version is now the one shown: its next edit goes out on top of it.
			if (doc._rev) setRevs[value.set.id] = doc._rev;
			if (setVersions[value.set.id] === version) continue;
			await saveCustomSetWithCards(db, value.set);
			setVersions[value.set.id] = version;
			report.setsChanged++;
		} else if (value.kind === 'set-deleted') {
			delete setRevs[value.setId];
			if (setVersions[value.setId] === undefined && !(await db.getKey('customSets', value.setId)))
				continue;
			if (await db.getKey('customSets', value.setId)) await deleteCustomSet(db, value.setId);
			delete setVersions[value.setId];
			report.setsChanged++;
		} else if (value.kind === 'settings') {
			const version = versionOf(value.settings);
			if (version === settingsVersion) continue;
			await updateSettings(db, value.settings);
			settingsVersion = version;
			report.settingsChanged = true;
		}
	}

	const log = await readLog(replica);
	report.refused.push(...log.refused);
	const applied = await applyLog(db, log.events, state);
	report.reviewsAdded = applied.added;
	report.reviewsUndone = applied.undone;
	report.cardsReplayed = applied.replayed;

	await writeTransaction(db, ['syncState'], async (tx) => {
		const current = (await tx.store.get(SYNC_STATE_KEY)) ?? state;
		// A backup was restored meanwhile: the next sync starts the exchange over.
		if (current.relink) throw new SyncRetryError();
		await tx.store.put(
			{ ...current, changesSeq: changes.lastSeq, setVersions, setRevs, settingsVersion },
			SYNC_STATE_KEY
		);
	});
	return report;
}

function sameSchedule(review: Review, step: ReplayedReview): boolean {
	return (
		review.dueAfter === step.after.due &&
		JSON.stringify(review.before) === JSON.stringify(step.before)
	);
}

/** Above this many cards to replay, the cards and reviews are read in one request each. */
const BULK_READ_CARDS = 200;

function groupByCard(reviews: Review[]): Map<string, Review[]> {
	const out = new Map<string, Review[]>();
	for (const review of reviews) {
		const list = out.get(review.cardId);
		if (list) list.push(review);
		else out.set(review.cardId, [review]);
	}
	return out;
}

/** The merged log applied to the local one; see importFromReplica. */
async function applyLog(
	db: FactdeckDB,
	events: LoggedEvent[],
	state: SyncState
): Promise<{ added: number; undone: number; replayed: number }> {
	const fresh: [string, LoggedEvent][] = [];
	const targets = new Set<string>();
	for (const event of events) {
		if (hasSeq(state.known[event.device] ?? [], event.seq)) continue;
		fresh.push([eventIdOf(event.device, event.seq), event]);
		if (event.kind === 'undo') targets.add(event.target);
	}
	const settings = normalizeSettings(await db.get('settings', SETTINGS_KEY));
	// Schedules replayed with another retention (changed here or pulled): replay every card.
	const everyCard = settings.desiredRetention !== state.replayedRetention;
	if (fresh.length === 0 && !everyCard) return { added: 0, undone: 0, replayed: 0 };
	const touched = new Set<string>();
	for (const [, event] of fresh) if (event.kind === 'review') touched.add(event.cardId);
	if (targets.size > 0)
		for (const event of events)
			if (event.kind === 'review' && targets.has(eventIdOf(event.device, event.seq)))
				touched.add(event.cardId);
	const cards = new Map((await db.getAll('cards')).map((card) => [card.id, card]));
	const history = historyIn(cards);
	const replayed = new Set<string>();
	const sources = new Set<string>();
	for (const card of cards.values()) {
		const chain = history(card.id);
		if (!everyCard && !chain.some((id) => touched.has(id))) continue;
		replayed.add(card.id);
		for (const id of chain) sources.add(id);
	}
	// Only the touched cards' histories (and every undo) matter to the replay.
	const relevant = events.filter((event) => event.kind === 'undo' || sources.has(event.cardId));
	const replay = replayCards(relevant, replayed, {
		settings,
		start: (cardId) => newSchedule(cards.get(cardId)?.addedAt ?? 0),
		history
	});
	const freshIds = new Set(fresh.map(([id]) => id));

	const stores = ['cards', 'reviews', 'days', 'syncEvents', 'syncState'] as const;
	return writeTransaction(db, [...stores], async (tx) => {
		const reviews = tx.objectStore('reviews');
		const log = tx.objectStore('syncEvents');
		// Answers recorded since the export would be replayed without: leave it all for next time.
		const current = (await tx.objectStore('syncState').get(SYNC_STATE_KEY)) ?? state;
		if (current.relink) throw new SyncRetryError();
		const range = IDBKeyRange.lowerBound(current.exportedThrough, true);
		const exchanged = new Set(
			(await log.index('byReview').getAll(range)).map((record) => record.reviewId)
		);
		for (const id of await reviews.getAllKeys(range))
			if (!exchanged.has(id)) throw new SyncRetryError();
		if ((await log.index('byPendingUndo').count()) > 0) throw new SyncRetryError();

		let added = 0;
		let undone = 0;
		const days = new DayTotalsChange();
		const recorded = new Set<string>();
		// Many cards (a first sync): read their stores whole, once, rather than card by card.
		const many = replayed.size > BULK_READ_CARDS;
		const cardsHere = many
			? new Map((await tx.objectStore('cards').getAll()).map((card) => [card.id, card]))
			: null;
		const reviewsHere = many ? groupByCard(await reviews.getAll()) : null;
		for (const cardId of replayed) {
			const result = replay.get(cardId);
			const card = cardsHere ? cardsHere.get(cardId) : await tx.objectStore('cards').get(cardId);
			if (!result || !card) continue;
			const steps = new Map(
				result.reviews
					.filter((step) => step.event.cardId === cardId)
					.map((step) => [step.eventId, step])
			);
			const seen = new Set<string>();
			const local = reviewsHere
				? (reviewsHere.get(cardId) ?? [])
				: await reviews.index('byCard').getAll(cardId);
			for (const review of local) {
				const record = await log.index('byReview').get(review.id);
				if (!record) continue;
				const step = steps.get(record.eventId);
				seen.add(record.eventId);
				if (!step) {
					await reviews.delete(review.id);
					days.count(review, review.before?.state === 0, -1);
					await log.put({ eventId: record.eventId, undone: true });
					undone++;
				} else if (!sameSchedule(review, step)) {
					days.count(review, review.before?.state === 0, -1);
					const updated: Review = { ...review, before: step.before, dueAfter: step.after.due };
					await reviews.put(updated);
					days.count(updated, step.before.state === 0, 1);
				}
			}
			for (const [eventId, step] of steps) {
				if (seen.has(eventId) || !freshIds.has(eventId)) continue;
				const { event } = step;
				const entry: Omit<Review, 'id'> = {
					cardId: event.cardId,
					setId: event.setId,
					rating: event.rating,
					answer: event.answer,
					correct: event.correct,
					mode: event.mode,
					durationMs: event.durationMs,
					reviewedAt: event.reviewedAt,
					before: step.before,
					dueAfter: step.after.due
				};
				const id = await reviews.add(entry as Review);
				days.count(entry, step.before.state === 0, 1);
				await log.put({ eventId, reviewId: id });
				recorded.add(eventId);
				added++;
			}
			await putCard(tx.objectStore('cards'), { ...cardOf(card), ...result.schedule });
		}
		// Undos are recorded once seen; reviews of cards not on this device wait until they are,
		// and reviews already undone in the merged log are recorded as such.
		const settled = new Map<string, number[]>();
		for (const [eventId, event] of fresh) {
			if (event.kind === 'undo') await log.put({ eventId });
			else if (!replayed.has(event.cardId)) continue;
			else if (!recorded.has(eventId)) await log.put({ eventId, undone: true });
			const seqs = settled.get(event.device);
			if (seqs) seqs.push(event.seq);
			else settled.set(event.device, [event.seq]);
		}
		const known = { ...current.known };
		for (const [device, seqs] of settled) known[device] = withSeqs(known[device] ?? [], seqs);
		await days.write(tx.objectStore('days'));
		// Every review now stored has been exchanged: the next export starts after them.
		const last = (await reviews.openKeyCursor(null, 'prev'))?.primaryKey ?? 0;
		await tx.objectStore('syncState').put(
			{
				...current,
				known,
				exportedThrough: Math.max(current.exportedThrough, last),
				replayedRetention: settings.desiredRetention
			},
			SYNC_STATE_KEY
		);
		return { added, undone, replayed: replayed.size };
	});
}

/** One sync: local changes out, replication both ways with the server, the merged result in. */
export async function syncWithServer(
	db: FactdeckDB,
	replica: ReplicaDb,
	remote: unknown,
	now: number = Date.now()
): Promise<{ exported: ExportReport; imported: ImportReport }> {
	if (await needsRelink(db)) {
		// Reviews here may already be on the server (a restored backup): pull before sending any.
		await replicate(db, replica, remote);
	}
	await recogniseReviews(db, replica);
	const exported = await exportToReplica(db, replica, now);
	await replicate(db, replica, remote);
	const imported = await importFromReplica(db, replica);
	return { exported, imported };
}

/** Replication both ways; once it goes through, nothing copied into the replica waits. */
async function replicate(db: FactdeckDB, replica: ReplicaDb, remote: unknown): Promise<void> {
	try {
		await replica.sync(remote, { batch_size: 100 });
	} catch (error) {
		throw replicationError(error);
	}
	await updateSyncState(db, (state) => ({ ...state, unsent: 0 }));
}
