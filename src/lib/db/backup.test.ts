import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, importBackup, MAX_BACKUP_CHARS, parseBackup, type Backup } from './backup';
import { recordAnswer } from './answers';
import { recordFactCheck, syncSetCards } from './cards';
import { saveCustomSet } from './customSets';
import { saveSession } from './sessions';
import { getSettings, updateSettings } from './settings';
import { STORE_NAMES, type FactdeckDB } from './schema';
import { saveAssignment } from './assignments';
import { saveResults } from './results';
import { freshDatabase, makeSet } from './testing';
import type { Assignment, StudentResult } from '$lib/types';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { startSession } from '$lib/study/session';
import { dailyTotals } from '$lib/study/stats';

const NOW = Date.UTC(2026, 2, 1, 9);
let db: FactdeckDB;

async function fill(target: FactdeckDB): Promise<void> {
	const made = makeSet('custom', 4, '<script>alert("x")</script> & Rivers');
	// A time-sensitive question carries asOf; a backup keeps it.
	const custom = {
		...made,
		date: '2025-02-27',
		questions: made.questions.map((q, i) => (i === 0 ? { ...q, asOf: '2025-02-27' } : q))
	};
	await saveCustomSet(target, custom);
	await syncSetCards(target, custom, NOW);
	await syncSetCards(target, makeSet('seed', 6), NOW);
	let session = startSession({
		id: 'sess',
		mode: 'quiz',
		setId: 'seed',
		queue: ['seed:q1', 'seed:q3', 'seed:q5'],
		now: NOW
	});
	for (const [i, cardId] of ['seed:q1', 'seed:q3'].entries()) {
		session = (
			await recordAnswer(target, {
				cardId,
				rating: i === 0 ? 1 : 4,
				answer: 'x',
				correct: i !== 0,
				mode: 'quiz',
				durationMs: 3000,
				now: NOW + i * 1000,
				settings: DEFAULT_SETTINGS,
				session
			})
		).session!;
	}
	await recordAnswer(target, {
		cardId: 'custom:q2',
		rating: 3,
		answer: '',
		correct: true,
		mode: 'flashcard',
		durationMs: 2000,
		now: NOW + 5000,
		settings: DEFAULT_SETTINGS
	});
	await saveSession(
		target,
		startSession({ id: 'other', mode: 'review', queue: ['custom:q1'], now: NOW })
	);
	await updateSettings(target, { desiredRetention: 0.8, theme: 'dark', staleAfterMonths: 9 });
	// One fact confirmed "Still true", one marked outdated (retired, history kept).
	await recordFactCheck(target, 'custom:q1', 'still-true', '2025-11-30');
	await recordFactCheck(target, 'seed:q1', 'outdated', '2026-02-28');
}

/** Every record of every store, for "nothing changed" checks. */
async function snapshot(target: FactdeckDB): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const name of STORE_NAMES) out[name] = await target.getAll(name);
	return out;
}

async function validText(): Promise<string> {
	return JSON.stringify(await exportBackup(db, NOW));
}

beforeEach(async () => {
	db = await freshDatabase();
	await fill(db);
});

describe('backup round trip', () => {
	it('exports, wipes, imports and gets back an identical database', async () => {
		const before = await snapshot(db);
		const backup = await exportBackup(db, NOW);
		expect(backup).toMatchObject({
			format: 'factdeck-backup',
			version: 4,
			exportedAt: '2026-03-01T09:00:00.000Z',
			assignments: [],
			results: [],
			stories: []
		});

		const parsed = parseBackup(JSON.stringify(backup));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.summary.text).toBe('10 cards, 3 reviews, 2 sets');
		expect(parsed.backup).toEqual(backup);
		// The stale-fact fields travel: a confirmation, an outdated card, asOf and the threshold.
		expect(backup.cards.find((c) => c.id === 'custom:q1')?.confirmedOn).toBe('2025-11-30');
		expect(backup.cards.find((c) => c.id === 'seed:q1')).toMatchObject({
			retired: true,
			outdatedOn: '2026-02-28'
		});
		expect(backup.customSets[0]?.questions[0]?.asOf).toBe('2025-02-27');
		expect(backup.settings.staleAfterMonths).toBe(9);

		db.close();
		db = await freshDatabase();
		expect((await snapshot(db)).cards).toEqual([]);
		await importBackup(db, parsed.backup);
		expect(await snapshot(db)).toEqual(before);
		expect(await exportBackup(db, NOW)).toEqual(backup);
		// Daily totals are not in the file; they are rebuilt from the log.
		expect(await db.getAll('days')).toEqual(dailyTotals(await db.getAll('reviews')));
		expect((await db.getAll('days')).reduce((n, d) => n + d.reviews, 0)).toBe(3);
		// Titles stay exactly as typed: plain text, never rewritten.
		expect((await db.get('customSets', 'custom'))?.title).toBe(
			'<script>alert("x")</script> & Rivers'
		);
		// New reviews continue after the imported ids.
		const { review } = await recordAnswer(db, {
			cardId: 'seed:q2',
			rating: 3,
			answer: '',
			correct: true,
			mode: 'review',
			durationMs: 1,
			now: NOW + 9000,
			settings: DEFAULT_SETTINGS
		});
		expect(review.id).toBe(4);
	});

	it('replaces, not merges: what was there before the import is gone', async () => {
		const backup = await exportBackup(db, NOW);
		await syncSetCards(db, makeSet('extra', 2), NOW);
		await importBackup(db, backup);
		expect(await db.count('cards')).toBe(10);
	});

	it('summarizes with thousands separators', () => {
		const many = {
			format: 'factdeck-backup',
			version: 4,
			exportedAt: new Date(NOW).toISOString(),
			cards: [],
			reviews: [],
			sessions: [],
			customSets: [],
			settings: DEFAULT_SETTINGS,
			assignments: [],
			results: [],
			stories: []
		} satisfies Backup;
		const parsed = parseBackup(JSON.stringify(many));
		expect(parsed.ok && parsed.summary.text).toBe('0 cards, 0 reviews, 0 sets');
	});
});

describe('bad backups are refused with a message, and the database is unchanged', () => {
	async function expectRefused(text: string, message: RegExp): Promise<void> {
		const before = await snapshot(db);
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toMatch(message);
		expect(await snapshot(db)).toEqual(before);
	}

	function mutate(
		text: string,
		change: (
			data: Record<string, unknown> & {
				cards: Record<string, unknown>[];
				reviews: Record<string, unknown>[];
				customSets: Record<string, unknown>[];
			}
		) => void
	): string {
		const data = JSON.parse(text);
		change(data);
		return JSON.stringify(data);
	}

	it('not JSON, truncated, empty', async () => {
		const text = await validText();
		await expectRefused('hello', /not valid JSON/);
		await expectRefused(text.slice(0, Math.floor(text.length / 2)), /not valid JSON.*cut short/);
		await expectRefused('', /not valid JSON/);
		await expectRefused('[]', /not a Factdeck backup/);
		await expectRefused('null', /not a Factdeck backup/);
		await expectRefused('{"format":"anki"}', /no "factdeck-backup" format tag/);
	});

	it('over 50 MB, without parsing it', async () => {
		const huge = '{"format":"factdeck-backup","pad":"' + 'x'.repeat(MAX_BACKUP_CHARS) + '"}';
		await expectRefused(huge, /larger than 50 MB/);
	});

	it('made by a newer Factdeck', async () => {
		const text = mutate(await validText(), (d) => (d.version = 7));
		await expectRefused(text, /made by a newer Factdeck \(backup version 7/);
	});

	it('wrong shapes, naming the field', async () => {
		const text = await validText();
		await expectRefused(
			mutate(text, (d) => (d.cards[0]!.due = '2026-01-01')),
			/cards\.0\.due/
		);
		await expectRefused(
			mutate(text, (d) => (d.reviews[1]!.rating = 5)),
			/reviews\.1\.rating/
		);
		await expectRefused(
			mutate(text, (d) => (d.reviews[0]!.correct = 'yes')),
			/reviews\.0\.correct/
		);
		await expectRefused(
			mutate(text, (d) => delete d.settings),
			/settings/
		);
		await expectRefused(
			mutate(text, (d) => (d.cards = {} as never)),
			/cards/
		);
		await expectRefused(
			mutate(text, (d) => (d.customSets[0]!.questions = 'none')),
			/customSets\.0\.questions/
		);
		await expectRefused(
			mutate(text, (d) => (d.cards[0]!.extra = 1)),
			/cards\.0/
		);
		await expectRefused(
			mutate(text, (d) => (d.cards[0]!.confirmedOn = '2025-02-30')),
			/cards\.0\.confirmedOn/
		);
		await expectRefused(
			mutate(text, (d) => {
				d.cards[0]!.outdatedOn = '2025-03-01';
				d.cards[0]!.retired = false;
			}),
			/outdated card must be retired/
		);
		await expectRefused(
			mutate(
				text,
				(d) => ((d.customSets[0]!.questions as Record<string, unknown>[])[0]!.asOf = 'last week')
			),
			/customSets\.0\.questions\.0\.asOf/
		);
		await expectRefused(
			mutate(text, (d) => ((d.settings as Record<string, unknown>).staleAfterMonths = 0)),
			/settings\.staleAfterMonths/
		);
		await expectRefused(
			mutate(text, (d) => (d.cards[0]!.id = 'forged')),
			/setId:questionId/
		);
		await expectRefused(
			mutate(text, (d) => d.cards.push(d.cards[0]!)),
			/appears twice/
		);
		await expectRefused(
			mutate(text, (d) => (d.reviews[0]!.cardId = 'ghost:q1')),
			/not in the backup/
		);
		// A session's cards waiting for a learning step are kept in the order they come due.
		const learning = (due: number[]) =>
			mutate(text, (d) => {
				const sessions = d.sessions as Record<string, unknown>[];
				sessions[0]!.learning = due.map((at) => ({ cardId: 'seed:q1', due: at }));
			});
		expect(parseBackup(learning([NOW, NOW + 60_000])).ok).toBe(true);
		await expectRefused(learning([NOW + 60_000, NOW]), /in the order they are due/);
	});

	it('hostile: prototype pollution keys, huge numbers, HTML is kept as text', async () => {
		const text = await validText();
		await expectRefused(
			text.replace('"cards":[{', '"cards":[{"__proto__":{"polluted":true},'),
			/forbidden key "__proto__"/
		);
		await expectRefused(
			text.replace('{', '{"constructor":{"prototype":{"polluted":true}},'),
			/forbidden key/
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		await expectRefused(
			mutate(text, (d) => (d.cards[0]!.stability = 1e308)),
			/cards\.0\.stability/
		);
		await expectRefused(text.replace(/"reps":0/, '"reps":1e400'), /reps/);
		await expectRefused(
			mutate(text, (d) => (d.reviews[0]!.reviewedAt = 1e20)),
			/reviewedAt/
		);
		await expectRefused(
			mutate(text, (d) => (d.reviews[0]!.durationMs = -1)),
			/durationMs/
		);
		await expectRefused(
			mutate(text, (d) => (d.settings = { ...DEFAULT_SETTINGS, desiredRetention: 5 })),
			/desiredRetention/
		);
		const html = mutate(text, (d) => (d.customSets[0]!.title = '<img src=x onerror=alert(1)>'));
		const parsed = parseBackup(html);
		expect(parsed.ok && parsed.backup.customSets[0]?.title).toBe('<img src=x onerror=alert(1)>');
	});

	it('a backup saved with a byte-order mark still reads', async () => {
		expect(parseBackup('\uFEFF' + (await validText())).ok).toBe(true);
	});

	it('a full disk during import leaves the database as it was, with a message', async () => {
		const before = await snapshot(db);
		const parsed = parseBackup(await validText());
		if (!parsed.ok) throw new Error(parsed.message);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await expect(importBackup(db, parsed.backup)).rejects.toThrow(
			/Storage is full: export a backup/
		);
		vi.restoreAllMocks();
		expect(await snapshot(db)).toEqual(before);
	});

	it('a failing import leaves the database as it was', async () => {
		const before = await snapshot(db);
		const parsed = parseBackup(await validText());
		if (!parsed.ok) throw new Error(parsed.message);
		const broken = {
			...parsed.backup,
			cards: [...parsed.backup.cards, { id: undefined } as never]
		};
		await expect(importBackup(db, broken)).rejects.toThrow();
		expect(await snapshot(db)).toEqual(before);
	});
});

// ---- The teacher's stores (backup version 2) ----

function assignment(id: string, createdAt: number): Assignment {
	return {
		id,
		title: `Quiz ${id} <b>&</b>`,
		due: '2026-03-08',
		passMark: 60,
		shuffle: true,
		feedback: 'during',
		createdAt,
		questions: [
			{ id: 'q1', type: 'truefalse', prompt: 'Water is wet.', answer: 'true' },
			{
				id: 'q2',
				type: 'mcq',
				prompt: 'Pick one',
				answer: 'b',
				options: ['a', 'b', 'c', 'd'],
				explanation: 'Because b.'
			},
			{ id: 'q3', type: 'cloze', prompt: 'The _____ flows.', answer: 'river', accept: ['rivers'] }
		]
	};
}

function result(assignmentId: string, student: string, finishedAt: number): StudentResult {
	return {
		assignmentId,
		student,
		answers: [
			{ answer: 'true', correct: true },
			{ answer: 'c', correct: false },
			{ answer: '', correct: false }
		],
		timeMs: 61_000,
		finishedAt
	};
}

async function fillTeacher(target: FactdeckDB): Promise<void> {
	await saveAssignment(target, assignment('asg-1', NOW - 2000));
	await saveAssignment(target, assignment('asg-2', NOW - 1000));
	await saveResults(
		target,
		[result('asg-1', 'Ada', NOW + 100), result('asg-1', 'Bo Li', NOW + 200)],
		NOW + 300
	);
	await saveResults(target, [result('asg-2', 'Ada', NOW + 400)], NOW + 500);
}

describe("backups carry the teacher's assignments and results", () => {
	beforeEach(() => fillTeacher(db));

	it('round trip: export, wipe, import gives back both stores identically', async () => {
		const before = await snapshot(db);
		expect(before.assignments).toHaveLength(2);
		expect(before.results).toHaveLength(3);
		const backup = await exportBackup(db, NOW);
		expect(backup.version).toBe(4);
		expect(backup.assignments).toEqual(before.assignments);
		expect(backup.results).toEqual(before.results);

		const parsed = parseBackup(JSON.stringify(backup));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.summary.text).toBe('10 cards, 3 reviews, 2 sets, 2 assignments');
		expect(parsed.summary).toMatchObject({ assignments: 2, results: 3 });
		expect(parsed.backup).toEqual(backup);

		db.close();
		db = await freshDatabase();
		await importBackup(db, parsed.backup);
		expect(await snapshot(db)).toEqual(before);
		expect(await exportBackup(db, NOW)).toEqual(backup);
		// The indexes the gradebook reads work on the imported records.
		expect(await db.getAllKeysFromIndex('results', 'byAssignment', 'asg-1')).toHaveLength(2);
		expect((await db.getAllFromIndex('assignments', 'byCreatedAt')).map((a) => a.id)).toEqual([
			'asg-1',
			'asg-2'
		]);
	});

	it('one assignment is named in the summary in the singular', async () => {
		const backup = await exportBackup(db, NOW);
		const one = { ...backup, assignments: backup.assignments.slice(0, 1) };
		one.results = backup.results.filter((r) => r.assignmentId === 'asg-1');
		const parsed = parseBackup(JSON.stringify(one));
		expect(parsed.ok && parsed.summary.text).toBe('10 cards, 3 reviews, 2 sets, 1 assignment');
	});

	it('importing replaces the teacher stores too', async () => {
		const backup = await exportBackup(db, NOW);
		await importBackup(db, { ...backup, assignments: [], results: [] });
		expect(await db.count('assignments')).toBe(0);
		expect(await db.count('results')).toBe(0);
		expect(await db.count('cards')).toBe(10);
	});

	it('a version 1 file still imports, with no assignments or results', async () => {
		const backup = await exportBackup(db, NOW);
		const v1: Record<string, unknown> = { ...backup, version: 1 };
		delete v1.assignments;
		delete v1.results;
		delete v1.stories;
		const parsed = parseBackup(JSON.stringify(v1));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.backup.version).toBe(4);
		expect(parsed.backup.assignments).toEqual([]);
		expect(parsed.backup.results).toEqual([]);
		expect(parsed.summary.text).toBe('10 cards, 3 reviews, 2 sets');
		await importBackup(db, parsed.backup);
		expect(await db.count('cards')).toBe(10);
		expect(await db.count('reviews')).toBe(3);
		expect(await db.count('assignments')).toBe(0);
		expect(await db.count('results')).toBe(0);
	});

	it('a version 1 file may not smuggle teacher records in', async () => {
		const backup = await exportBackup(db, NOW);
		const parsed = parseBackup(JSON.stringify({ ...backup, version: 1, stories: undefined }));
		expect(parsed.ok).toBe(false);
	});

	it('refuses a version 2 file without the teacher arrays', async () => {
		const backup: Record<string, unknown> = { ...(await exportBackup(db, NOW)) };
		delete backup.results;
		const parsed = parseBackup(JSON.stringify(backup));
		expect(!parsed.ok && parsed.message).toMatch(/results/);
	});

	it('still refuses newer versions', async () => {
		const backup = { ...(await exportBackup(db, NOW)), version: 5 };
		const parsed = parseBackup(JSON.stringify(backup));
		expect(!parsed.ok && parsed.message).toMatch(
			/made by a newer Factdeck \(backup version 5, this one reads up to 4\)/
		);
	});

	it('a version 2 file (no stale-fact fields) imports with the default threshold', async () => {
		const data = JSON.parse(JSON.stringify(await exportBackup(db, NOW))) as Omit<
			Backup,
			'version' | 'settings'
		> & { version: number; settings: Record<string, unknown> };
		data.version = 2;
		delete (data as Partial<typeof data>).stories;
		delete data.settings.staleAfterMonths;
		for (const card of data.cards) {
			delete card.confirmedOn;
			delete card.outdatedOn;
		}
		for (const set of data.customSets) for (const q of set.questions) delete q.asOf;
		const parsed = parseBackup(JSON.stringify(data));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.backup.version).toBe(4);
		expect(parsed.backup.settings.staleAfterMonths).toBe(6);
		await importBackup(db, parsed.backup);
		expect((await getSettings(db)).staleAfterMonths).toBe(6);
	});

	describe('bad teacher records are refused with a message, and the database is unchanged', () => {
		type Data = Record<string, unknown> & {
			assignments: Record<string, unknown>[];
			results: (Record<string, unknown> & { result: Record<string, unknown> })[];
		};

		async function refused(change: (data: Data) => void, message: RegExp): Promise<void> {
			const data = JSON.parse(JSON.stringify(await exportBackup(db, NOW))) as Data;
			change(data);
			await refusedText(JSON.stringify(data), message);
		}

		async function refusedText(text: string, message: RegExp): Promise<void> {
			const before = await snapshot(db);
			const parsed = parseBackup(text);
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.message).toMatch(message);
			expect(await snapshot(db)).toEqual(before);
		}

		it('a result whose assignment is not in the backup', async () => {
			await refused(
				(d) => (d.assignments = d.assignments.filter((a) => a.id !== 'asg-2')),
				/result asg-2\|ada\|\d+ belongs to assignment asg-2, which is not in the backup/
			);
		});

		it('duplicates', async () => {
			await refused((d) => d.assignments.push(d.assignments[0]!), /assignment asg-1 appears twice/);
			await refused((d) => d.results.push(d.results[0]!), /result asg-1\|ada\|\d+ appears twice/);
		});

		it('a result record that disagrees with its own result', async () => {
			await refused((d) => (d.results[0]!.result.assignmentId = 'asg-2'), /results\.0.*assignment/);
		});

		it('hostile assignments: wrong types, huge strings, unknown keys, __proto__', async () => {
			await refused((d) => (d.assignments[0]!.passMark = '60'), /assignments\.0\.passMark/);
			await refused((d) => (d.assignments[0]!.passMark = 1e308), /assignments\.0\.passMark/);
			await refused((d) => (d.assignments[0]!.createdAt = -1), /assignments\.0\.createdAt/);
			await refused((d) => (d.assignments[0]!.shuffle = 1), /assignments\.0\.shuffle/);
			await refused((d) => (d.assignments[0]!.feedback = 'never'), /assignments\.0\.feedback/);
			await refused(
				(d) => (d.assignments[0]!.title = 'x'.repeat(100_000)),
				/assignments\.0\.title/
			);
			await refused((d) => (d.assignments[0]!.id = ''), /assignments\.0\.id/);
			await refused((d) => (d.assignments[0]!.questions = {}), /assignments\.0\.questions/);
			await refused(
				(d) => ((d.assignments[0]!.questions as Record<string, unknown>[])[1]!.type = 'essay'),
				/assignments\.0\.questions\.1\.type/
			);
			await refused(
				(d) =>
					((d.assignments[0]!.questions as Record<string, unknown>[])[0]!.prompt = 'p'.repeat(
						20_000
					)),
				/assignments\.0\.questions\.0\.prompt/
			);
			await refused((d) => (d.assignments[0]!.owner = 'me'), /assignments\.0/);
			await refused((d) => (d.assignments = 'all' as never), /assignments/);
			const text = JSON.stringify(await exportBackup(db, NOW));
			await refusedText(
				text.replace('"assignments":[{', '"assignments":[{"__proto__":{"polluted":true},'),
				/forbidden key "__proto__"/
			);
			await refusedText(
				text.replace('"questions":[{', '"questions":[{"constructor":{"prototype":{}},'),
				/forbidden key/
			);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});

		it('hostile results: wrong types, out-of-range numbers, extra keys', async () => {
			await refused((d) => (d.results[0]!.receivedAt = 1e20), /results\.0\.receivedAt/);
			await refused((d) => (d.results[0]!.result.timeMs = -5), /results\.0\.result\.timeMs/);
			await refused((d) => (d.results[0]!.result.student = 7), /results\.0\.result\.student/);
			await refused(
				(d) => (d.results[0]!.result.answers = [{ answer: 'x', correct: 'yes' }]),
				/results\.0\.result\.answers\.0\.correct/
			);
			await refused((d) => (d.results[0]!.grade = 'A'), /results\.0/);
		});
	});

	it('a failing import leaves the teacher stores as they were', async () => {
		const before = await snapshot(db);
		const parsed = parseBackup(await validText());
		if (!parsed.ok) throw new Error(parsed.message);
		const broken = {
			...parsed.backup,
			assignments: [],
			results: [...parsed.backup.results, { id: undefined } as never]
		};
		await expect(importBackup(db, broken)).rejects.toThrow();
		expect(await snapshot(db)).toEqual(before);
	});
});
