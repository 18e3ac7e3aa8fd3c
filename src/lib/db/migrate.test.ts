import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';
import v5 from './fixtures/v5.json';
import v6 from './fixtures/v6.json';
import v7 from './fixtures/v7.json';
import v8 from './fixtures/v8.json';
import v9 from './fixtures/v9.json';
import { dailyTotals } from '$lib/study/stats';
import { loadFixture, type FixtureDump } from './fixtures/load';
import { openFactdeck } from './open';
import {
	cardFromV1,
	DB_NAME,
	DB_VERSION,
	reviewFromV1,
	storedCard,
	type CardV1,
	type ReviewV1,
	type StoreName
} from './schema';
import { resetIndexedDB } from './testing';
import type { Card, Review } from '$lib/types';
import { getSettings } from './settings';
import { exportBackup, parseBackup } from './backup';
import { loadHomeSummary, loadProgress } from './queries';
import { dueForecast } from '$lib/study/stats';
import { mastery } from '$lib/study/counts';

const dump = v1 as FixtureDump;

/** What a store holds once upgraded: the dump's records as they were, cards with their level. */
function upgraded(fixture: FixtureDump, store: StoreName): unknown[] {
	const records = fixture.stores[store] ?? [];
	return store === 'cards' ? records.map((card) => storedCard(card as unknown as Card)) : records;
}

describe('migrations', () => {
	it('upgrades a v1 database to the current version keeping every record', async () => {
		resetIndexedDB();
		await loadFixture(DB_NAME, dump);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);

		const oldCards = dump.stores.cards as unknown as CardV1[];
		const cards = await db.getAll('cards');
		expect(cards).toHaveLength(oldCards.length);
		for (const old of oldCards) {
			const card = await db.get('cards', old.id);
			expect(card).toEqual(storedCard(cardFromV1(old)));
			expect(card?.due).toBe(Date.parse(old.due));
			expect(card?.siblingKey).toBe(`${old.setId}#${old.sourceSentence}`);
			expect(card?.retired).toBe(false);
		}
		// q1 and q2 come from the same sentence: the new sibling index finds both.
		expect(
			await db.getAllKeysFromIndex('cards', 'bySibling', 'north-korea-troops-russia#0')
		).toEqual(['north-korea-troops-russia:q1', 'north-korea-troops-russia:q2']);
		// The due index now ranges over numbers.
		const dueBy = Date.parse('2026-01-06T00:00:00Z');
		expect(
			(await db.getAllFromIndex('cards', 'byDue', IDBKeyRange.upperBound(dueBy))).map((c) => c.id)
		).toEqual([
			'north-korea-troops-russia:q1',
			'north-korea-troops-russia:q4',
			'north-korea-troops-russia:q2'
		]);

		const oldReviews = dump.stores.reviews as unknown as ReviewV1[];
		const reviews = await db.getAll('reviews');
		expect(reviews).toEqual(oldReviews.map(reviewFromV1));
		expect(reviews.every((r) => r.before === null && typeof r.reviewedAt === 'number')).toBe(true);
		expect(await db.countFromIndex('reviews', 'bySet', 'custom-rivers')).toBe(1);
		expect(await db.getAll('days')).toEqual(dailyTotals(reviews));

		// The autoincrement counter continues after the highest migrated id.
		const unsaved: Partial<Review> = { ...reviews[0]! };
		delete unsaved.id;
		const next = await db.add('reviews', unsaved as Review);
		expect(next).toBe(8);

		expect(await db.getAll('customSets')).toEqual(dump.stores.customSets);
		expect((await db.get('customSets', 'custom-rivers'))?.title).toBe(
			'Rivers <b>of</b> Europe & "friends"'
		);
		expect(await getSettings(db)).toEqual({
			desiredRetention: 0.85,
			newPerDay: 15,
			theme: 'system',
			staleAfterMonths: 6
		});
		expect(await db.count('sessions')).toBe(0);

		// Migrated data (plus the review added above) is valid current data: it backs up and reads back.
		const parsed = parseBackup(JSON.stringify(await exportBackup(db)));
		expect(parsed.ok && parsed.summary.text).toBe('5 cards, 6 reviews, 2 sets');
		db.close();
	});

	it('upgrades a v2 database keeping every record and summing the log per day', async () => {
		resetIndexedDB();
		const dump2 = v2 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump2);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const store of ['cards', 'reviews', 'sessions', 'customSets'] as const) {
			expect(await db.getAll(store)).toEqual(upgraded(dump2, store));
		}
		expect(await getSettings(db)).toEqual({
			desiredRetention: 0.85,
			newPerDay: 15,
			theme: 'system',
			staleAfterMonths: 6
		});
		const reviews = await db.getAll('reviews');
		expect(await db.getAll('days')).toEqual(dailyTotals(reviews));
		expect((await db.getAll('days')).reduce((n, d) => n + d.reviews, 0)).toBe(reviews.length);
		// The retired card of the regenerated custom set is still there, history and all.
		expect((await db.get('cards', 'custom-rivers:q1'))?.retired).toBe(true);
		// The new [state, due] index finds the new card.
		const fresh = await db.getAllFromIndex(
			'cards',
			'byStateDue',
			IDBKeyRange.bound([0, -Infinity], [0, Infinity])
		);
		expect(fresh.map((c) => c.id)).toEqual(['north-korea-troops-russia:q1']);
		db.close();
	});

	it('upgrades a v3 database keeping every record, daily totals included', async () => {
		resetIndexedDB();
		const dump3 = v3 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump3);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const store of ['cards', 'reviews', 'sessions', 'customSets', 'days'] as const) {
			expect(await db.getAll(store)).toEqual(upgraded(dump3, store));
		}
		expect(await db.getAll('days')).toEqual(dailyTotals(await db.getAll('reviews')));
		expect(await getSettings(db)).toEqual({
			desiredRetention: 0.85,
			newPerDay: 15,
			theme: 'system',
			staleAfterMonths: 6
		});
		db.close();
	});

	it('upgrades a v4 database: every record kept, the stale-fact threshold written to settings', async () => {
		resetIndexedDB();
		const dump4 = v4 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump4);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const store of [
			'cards',
			'reviews',
			'sessions',
			'customSets',
			'days',
			'assignments',
			'results'
		] as const) {
			expect(await db.getAll(store)).toEqual(upgraded(dump4, store));
		}
		// Written by the migration itself, not only filled in when read.
		expect(await db.get('settings', 'settings')).toEqual({
			desiredRetention: 0.85,
			newPerDay: 15,
			theme: 'system',
			staleAfterMonths: 6
		});
		// No card is outdated or confirmed after the upgrade; the migrated data backs up and reads back.
		const cards = await db.getAll('cards');
		expect(cards.some((c) => 'outdatedOn' in c || 'confirmedOn' in c)).toBe(false);
		const parsed = parseBackup(JSON.stringify(await exportBackup(db)));
		expect(parsed.ok).toBe(true);
		db.close();
	});

	it('upgrades a v5 database: every record kept, an empty stories store added', async () => {
		resetIndexedDB();
		const dump5 = v5 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump5);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const store of [
			'cards',
			'reviews',
			'sessions',
			'customSets',
			'days',
			'assignments',
			'results'
		] as const) {
			expect(await db.getAll(store)).toEqual(upgraded(dump5, store));
		}
		expect((await getSettings(db)).staleAfterMonths).toBe(9);
		expect(await db.count('stories')).toBe(0);
		// Confirmed and outdated facts stay as they were; no card is linked to a story.
		expect((await db.get('cards', 'custom-rivers:q2'))?.confirmedOn).toBe('2026-02-01');
		expect(await db.get('cards', 'north-korea-troops-russia:q1')).toMatchObject({
			retired: true,
			outdatedOn: '2026-02-02'
		});
		const cards = await db.getAll('cards');
		expect(cards.some((c) => 'supersededBy' in c || 'sameAs' in c || 'update' in c)).toBe(false);
		const parsed = parseBackup(JSON.stringify(await exportBackup(db)));
		expect(parsed.ok && parsed.backup.stories).toEqual([]);
		db.close();
	});

	it('upgrades a v6 database: every record kept, story links included, an empty drafts store added', async () => {
		resetIndexedDB();
		const dump6 = v6 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump6);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const store of [
			'cards',
			'reviews',
			'sessions',
			'customSets',
			'days',
			'assignments',
			'results',
			'stories'
		] as const) {
			expect(await db.getAll(store)).toEqual(upgraded(dump6, store));
		}
		expect(await db.count('drafts')).toBe(0);
		expect(await db.get('cards', 'custom-rivers-2:q2')).toMatchObject({
			supersedes: 'custom-rivers:q2'
		});
		// Drafts are not backed up: the migrated data backs up and reads back as before.
		const parsed = parseBackup(JSON.stringify(await exportBackup(db)));
		expect(parsed.ok && parsed.summary.text).toBe('8 cards, 9 reviews, 3 sets, 1 assignment');
		db.close();
	});

	it('upgrades a v7 database: every record kept, each card’s level derived and counted by the indexes', async () => {
		resetIndexedDB();
		const dump7 = v7 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump7);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const store of [
			'cards',
			'reviews',
			'sessions',
			'customSets',
			'days',
			'assignments',
			'results',
			'stories',
			'drafts'
		] as const) {
			expect(await db.getAll(store)).toEqual(upgraded(dump7, store));
		}
		const levels = Object.fromEntries((await db.getAll('cards')).map((c) => [c.id, c.level]));
		expect(levels).toEqual({
			'custom-rivers-2:q1': 'new',
			'custom-rivers-2:q2': 'familiar',
			'custom-rivers:q1': null,
			'custom-rivers:q2': null,
			'north-korea-troops-russia:q1': null,
			'north-korea-troops-russia:q2': 'learning',
			'north-korea-troops-russia:q3': 'mastered',
			'north-korea-troops-russia:q4': 'learning'
		});
		// Retired cards are in no level index; the counts are those of every card read.
		expect(await db.countFromIndex('cards', 'bySetLevel')).toBe(5);
		expect(await db.countFromIndex('cards', 'byLevelDue')).toBe(5);
		const cards = (dump7.stores.cards ?? []) as unknown as Card[];
		const now = Date.parse('2026-02-01T12:00:00Z');
		const progress = await loadProgress(db, { now });
		expect(progress.mastery).toEqual(mastery(cards));
		expect(progress.dueForecast).toEqual(dueForecast(cards, { now, days: 30 }));
		expect(progress.dueForecast.reduce((n, d) => n + d.count, 0)).toBe(1);
		expect((await loadHomeSummary(db, now)).mastery).toEqual(mastery(cards));
		// The level is derived, not backed up: the backup reads back as before.
		const backup = await exportBackup(db);
		expect(backup.cards.some((c) => 'level' in c)).toBe(false);
		const parsed = parseBackup(JSON.stringify(backup));
		expect(parsed.ok && parsed.summary.text).toBe('8 cards, 9 reviews, 3 sets, 1 assignment');
		db.close();
	});

	it('upgrades a v8 database: every record kept, empty sync stores added', async () => {
		resetIndexedDB();
		const dump8 = v8 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump8);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const [store, records] of Object.entries(dump8.stores)) {
			// Settings are stored under a key, as { key, value } in the dump.
			if (store === 'settings') continue;
			expect(await db.getAll(store as 'cards')).toEqual(records);
		}
		expect(await db.count('syncEvents')).toBe(0);
		expect(await db.count('syncState')).toBe(0);
		db.close();
	});

	it('upgrades a v9 database: every record kept, empty class inbox stores added', async () => {
		resetIndexedDB();
		const dump9 = v9 as unknown as FixtureDump;
		await loadFixture(DB_NAME, dump9);
		const db = await openFactdeck();
		expect(db.version).toBe(DB_VERSION);
		for (const [store, records] of Object.entries(dump9.stores)) {
			// Settings and sync state are stored under a key, as { key, value } in the dump.
			if (store === 'settings' || store === 'syncState') continue;
			expect(await db.getAll(store as 'cards')).toEqual(records);
		}
		expect(await db.get('syncState', 'state')).toEqual(dump9.stores.syncState?.[0]?.value);
		expect(await db.count('inboxes')).toBe(0);
		expect(await db.count('inboxOutbox')).toBe(0);
		db.close();
	});

	it('has a fixture for every earlier version', () => {
		const fixtures = import.meta.glob('./fixtures/v*.json', { eager: true });
		const versions = Object.keys(fixtures)
			.map((path) => Number(/v(\d+)\.json$/.exec(path)?.[1]))
			.sort((a, b) => a - b);
		expect(versions).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
	});

	it('creates an empty current database from nothing', async () => {
		resetIndexedDB();
		const db = await openFactdeck();
		expect([...db.objectStoreNames].sort()).toEqual([
			'assignments',
			'cards',
			'customSets',
			'days',
			'drafts',
			'inboxOutbox',
			'inboxes',
			'results',
			'reviews',
			'sessions',
			'settings',
			'stories',
			'syncEvents',
			'syncState'
		]);
		expect([...db.transaction('cards').store.indexNames].sort()).toEqual([
			'byDue',
			'byLevelDue',
			'bySet',
			'bySetLevel',
			'bySibling',
			'byStateDue'
		]);
		db.close();
	});

	it('leaves a v1 database untouched when its data cannot be migrated', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		resetIndexedDB();
		const broken = structuredClone(dump);
		(broken.stores.cards![0] as Record<string, unknown>).due = 'not a date';
		await loadFixture(DB_NAME, broken);
		await expect(openFactdeck()).rejects.toThrow();
		const old = await openDB(DB_NAME);
		expect(old.version).toBe(1);
		expect(await old.count('cards')).toBe(dump.stores.cards!.length);
		old.close();
	});
});
