import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, importBackup, MAX_BACKUP_CHARS, parseBackup, type Backup } from './backup';
import { recordAnswer } from './answers';
import { syncSetCards } from './cards';
import { saveCustomSet } from './customSets';
import { saveSession } from './sessions';
import { updateSettings } from './settings';
import { STORE_NAMES, type FactdeckDB } from './schema';
import { freshDatabase, makeSet } from './testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { startSession } from '$lib/study/session';
import { dailyTotals } from '$lib/study/stats';

const NOW = Date.UTC(2026, 2, 1, 9);
let db: FactdeckDB;

async function fill(target: FactdeckDB): Promise<void> {
	const custom = makeSet('custom', 4, '<script>alert("x")</script> & Rivers');
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
	await updateSettings(target, { desiredRetention: 0.8, theme: 'dark' });
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
			version: 1,
			exportedAt: '2026-03-01T09:00:00.000Z'
		});

		const parsed = parseBackup(JSON.stringify(backup));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.summary.text).toBe('10 cards, 3 reviews, 2 sets');
		expect(parsed.backup).toEqual(backup);

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
			version: 1,
			exportedAt: new Date(NOW).toISOString(),
			cards: [],
			reviews: [],
			sessions: [],
			customSets: [],
			settings: DEFAULT_SETTINGS
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
		await expect(importBackup(db, broken)).rejects.toBeTruthy();
		expect(await snapshot(db)).toEqual(before);
	});
});
