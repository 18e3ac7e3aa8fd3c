// Benchmark: npm run bench:sync. Sync on CouchDB replication, in Node: PouchDB's memory adapter
// for each device's replica, fake-indexeddb for its database, express-pouchdb on 127.0.0.1 as the
// server (COUCHDB_URL: a real CouchDB instead). Targets: the first sync of 10,000 cards and
// 100,000 reviews to an empty device ≤ 60 s, replaying the merged log ≤ 2 s, an incremental sync
// of 20 new reviews ≤ 1 s, 30 class inbox results into the gradebook ≤ 3 s. `-- --per-review` also times replicating the same log as one document
// per review (the granularity not chosen). Prints figures and the load average; asserts nothing.
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ReviewRating } from '../src/lib/types';
import { DEFAULT_SETTINGS } from '../src/lib/srs/settings';
import { newSchedule } from '../src/lib/srs/scheduler';
import { openFactdeck } from '../src/lib/db/open';
import { recordAnswer } from '../src/lib/db/answers';
import { syncWithServer } from '../src/lib/db/sync';
import { makeSet } from '../src/lib/db/testing';
import { LOG_BLOCK, eventIdOf, type SyncEvent } from '../src/lib/sync/events';
import { replayCards } from '../src/lib/sync/replay';
import { appendEvents, putDoc, readLog, setDocId } from '../src/lib/sync/replica';
import { memoryReplica, startTestCouch } from '../src/lib/sync/testing';
import { getInbox, saveAssignmentWithInbox } from '../src/lib/db/inboxes';
import { listResults } from '../src/lib/db/results';
import { createInboxKeys, importInboxKey } from '../src/lib/share/inbox-crypto';
import { newAttemptId, sealResult } from '../src/lib/share/inbox-result';
import { deliverResultDocument } from '../src/lib/share/inbox-server';
import { pullInbox } from '../src/lib/state/inbox-pull';
import type { Assignment } from '../src/lib/types';

const SETS = 50;
const PER_SET = 200;
const REVIEWS = Number(process.env.BENCH_SYNC_REVIEWS ?? 100_000);
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1, 8);
const load = () =>
	loadavg()
		.map((n) => n.toFixed(2))
		.join(' ');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function randomFrom(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A year of study on another device: 100,000 reviews over the 10,000 cards, oldest first. */
function studyLog(): SyncEvent[] {
	const random = randomFrom(7);
	return Array.from({ length: REVIEWS }, (_, seq) => {
		const set = Math.floor(random() * SETS);
		const question = 1 + Math.floor(random() * PER_SET);
		const roll = random();
		const rating = (roll < 0.12 ? 1 : roll < 0.2 ? 2 : roll < 0.9 ? 3 : 4) as ReviewRating;
		return {
			kind: 'review',
			seq,
			cardId: `set${set}:q${question}`,
			setId: `set${set}`,
			rating,
			answer: '',
			correct: rating > 1,
			mode: 'review',
			durationMs: 4000,
			reviewedAt: START + Math.floor((seq / REVIEWS) * 365 * DAY)
		};
	});
}

const couch = await startTestCouch();
const remote = couch.database('bench');
console.log(`Server: ${couch.kind}. Load average at start: ${load()}`);

// The other device: its replica holds the sets and the log, and it has pushed them.
const other = memoryReplica('other');
const otherDevice = 'b0b0b0b0b0b0b0b0';
const events = studyLog();
let t = performance.now();
for (let i = 0; i < events.length; i += 10 * LOG_BLOCK)
	await appendEvents(other, otherDevice, events.slice(i, i + 10 * LOG_BLOCK));
for (let s = 0; s < SETS; s++) {
	const set = makeSet(`set${s}`, PER_SET);
	await putDoc(other, { _id: setDocId(set.id), type: 'set', set });
}
await other.sync(remote, { batch_size: 100 });
console.log(
	`setup: the other device wrote and pushed ${SETS} sets and ${REVIEWS.toLocaleString('en-US')} reviews ` +
		`(${Math.ceil(REVIEWS / LOG_BLOCK)} log blocks) in ${seconds(performance.now() - t)}`
);

// First sync to an empty device.
const db = await openFactdeck({ name: 'bench-device' });
const replica = memoryReplica('bench-device');
const before = load();
t = performance.now();
const first = await syncWithServer(db, replica, remote, START + 400 * DAY);
const firstMs = performance.now() - t;
console.log(
	`first sync of ${(await db.count('cards')).toLocaleString('en-US')} cards and ` +
		`${(await db.count('reviews')).toLocaleString('en-US')} reviews to an empty device, ` +
		`one document per device and ${LOG_BLOCK} events: ${seconds(firstMs)} (target ≤ 60 s; ` +
		`${first.imported.cardsReplayed} cards replayed; load ${before} → ${load()})`
);

// Replaying the merged log, as every import does for the cards it touches.
const { events: merged } = await readLog(replica);
const cardIds = (await db.getAllKeys('cards')).map(String);
const replays: number[] = [];
for (let run = 0; run < 5; run++) {
	t = performance.now();
	replayCards(merged, cardIds, { settings: DEFAULT_SETTINGS, start: () => newSchedule(START) });
	replays.push(performance.now() - t);
}
replays.sort((a, b) => a - b);
console.log(
	`replay of the merged log (${merged.length.toLocaleString('en-US')} events, ${cardIds.length.toLocaleString('en-US')} cards): ` +
		`median ${seconds(replays[2] ?? 0)}, range ${seconds(replays[0] ?? 0)}–${seconds(replays[4] ?? 0)} ` +
		`of 5 (target ≤ 2 s; load ${load()})`
);

// Incremental: 20 reviews made on the other device arrive; 20 made here go out.
const more: SyncEvent[] = Array.from({ length: 20 }, (_, i) => ({
	...(events[i] as SyncEvent & { kind: 'review' }),
	seq: REVIEWS + i,
	reviewedAt: START + 380 * DAY + i * 60_000
}));
await appendEvents(other, otherDevice, more);
await other.sync(remote, { batch_size: 100 });
t = performance.now();
const incoming = await syncWithServer(db, replica, remote, START + 400 * DAY);
console.log(
	`incremental sync, 20 new reviews from the other device: ${seconds(performance.now() - t)} ` +
		`(${incoming.imported.reviewsAdded} added; target ≤ 1 s; load ${load()})`
);
for (let i = 0; i < 20; i++) {
	await recordAnswer(db, {
		cardId: `set${i}:q1`,
		rating: 3,
		answer: '',
		correct: true,
		mode: 'review',
		durationMs: 3000,
		now: START + 390 * DAY + i * 60_000,
		settings: DEFAULT_SETTINGS
	});
}
t = performance.now();
const outgoing = await syncWithServer(db, replica, remote, START + 400 * DAY);
console.log(
	`incremental sync, 20 new reviews made here: ${seconds(performance.now() - t)} ` +
		`(${outgoing.exported.events} sent; target ≤ 1 s; load ${load()})`
);

if (process.argv.includes('--per-review')) {
	const single = memoryReplica('per-review');
	const docs = events.map((event) => ({
		_id: `review:${eventIdOf(otherDevice, event.seq)}`,
		...event
	}));
	for (let i = 0; i < docs.length; i += 5000) await single.bulkDocs(docs.slice(i, i + 5000));
	const perReview = couch.database('per-review');
	await single.sync(perReview, { batch_size: 1000 });
	const empty = memoryReplica('per-review-empty');
	t = performance.now();
	await empty.sync(perReview, { batch_size: 1000 });
	console.log(
		`for comparison, replicating the same ${REVIEWS.toLocaleString('en-US')} reviews as one document each ` +
			`to an empty replica (no database work): ${seconds(performance.now() - t)} (load ${load()})`
	);
}

// The class inbox: 30 students' sealed results wait in the inbox; the teacher's gradebook opens
// the inbox key, reads them from the server, checks and opens each, and stores them.
{
	const questions = makeSet('inbox', 20).questions.map(({ id, type, prompt, answer }) => ({
		id,
		type,
		prompt,
		answer
	}));
	const assignment: Assignment = {
		id: 'benchinbox01',
		title: 'Inbox benchmark',
		passMark: 60,
		shuffle: true,
		feedback: 'end',
		createdAt: START,
		questions
	};
	const keys = await createInboxKeys();
	const address = couch.database('inbox');
	const made = await fetch(address, { method: 'PUT' });
	if (!made.ok) throw new Error(`The inbox database could not be made: ${made.status}`);
	for (let student = 0; student < 30; student++) {
		const result = {
			assignmentId: assignment.id,
			student: `Student ${student + 1}`,
			answers: questions.map((q, i) => ({ answer: q.answer, correct: (i + student) % 4 !== 0 })),
			timeMs: 300_000 + student * 1000,
			finishedAt: START + student * 60_000
		};
		const sent = await deliverResultDocument(
			fetch,
			address,
			await sealResult(result, keys.publicKey, newAttemptId())
		);
		if (!sent.ok) throw new Error(sent.error);
	}
	const teacher = await openFactdeck({ name: 'bench-teacher' });
	await saveAssignmentWithInbox(teacher, assignment, {
		assignmentId: assignment.id,
		address,
		privateKey: keys.privateKey,
		createdAt: START
	});
	t = performance.now();
	const inbox = await getInbox(teacher, assignment.id);
	const key = await importInboxKey(inbox?.privateKey);
	if (!inbox || !key.ok) throw new Error('The inbox key could not be read back');
	const pulled = await pullInbox(teacher, { assignment, results: [] }, inbox, key.value);
	const inboxMs = performance.now() - t;
	if (!pulled.ok) throw new Error(pulled.error);
	const stored = (await listResults(teacher, assignment.id)).length;
	console.log(
		`30 inbox results into the gradebook (key read, documents fetched, checked, opened and stored): ` +
			`${seconds(inboxMs)} (${pulled.value.fresh.length} added, ${stored} stored, ` +
			`${pulled.value.refused.length} refused; target ≤ 3 s; load ${load()})`
	);
}

await couch.close();
