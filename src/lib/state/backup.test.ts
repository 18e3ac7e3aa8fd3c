import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, getCustomSet, listCards, MAX_BACKUP_CHARS, updateSettings } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { BackupState } from './backup.svelte';
import { Database } from './database.svelte';
import { onLocalChange } from './local-changes';
import { QuestionSets } from './question-sets.svelte';
import { SettingsState } from './settings.svelte';
import { ThemeState } from './theme.svelte';

let database: Database;
let theme: ThemeState;
let settings: SettingsState;
let backup: BackupState;

/** A backup file made on another device (its own IndexedDB) with one custom set and a dark theme. */
async function backupFromAnotherDevice(): Promise<File> {
	resetIndexedDB();
	const other = new Database();
	await new QuestionSets(other).saveCustom(makeSet('mine', 2, 'Rivers <b>bold</b>'), 1);
	await updateSettings(await other.open(), { theme: 'dark' });
	const file = JSON.stringify(await exportBackup(await other.open(), Date.UTC(2026, 2, 1)));
	// This device: its own, empty storage (the test's database opens on first use).
	resetIndexedDB();
	return new File([file], 'factdeck-backup.json', { type: 'application/json' });
}

beforeEach(() => {
	resetIndexedDB();
	database = new Database();
	theme = new ThemeState();
	settings = new SettingsState({ database, theme });
	backup = new BackupState({ database, settings, theme });
});

describe('backup', () => {
	it('previews a backup without writing, then restores it with its settings and theme', async () => {
		const file = await backupFromAnotherDevice();
		await backup.choose(file);
		expect(backup.preview).toMatchObject({
			fileName: 'factdeck-backup.json',
			customSetTitles: ['Rivers <b>bold</b>'],
			summary: { cards: 2, customSets: 1 }
		});
		expect(await getCustomSet(await database.open(), 'mine')).toBeUndefined();
		// Announced as a local change: with sync on, a sync merges it soon after.
		let announced = 0;
		const stop = onLocalChange(() => announced++);
		await backup.apply();
		stop();
		expect(backup.message).toEqual({
			kind: 'done',
			text: expect.stringMatching(/^Backup restored: 2 cards/)
		});
		expect(backup.preview).toBeUndefined();
		expect(announced).toBe(1);
		expect((await getCustomSet(await database.open(), 'mine'))?.title).toBe('Rivers <b>bold</b>');
		expect(await listCards(await database.open())).toHaveLength(2);
		expect([settings.value.theme, theme.current]).toEqual(['dark', 'dark']);
	});

	it('refuses a file that is not a backup, and a huge one before reading it', async () => {
		await backup.choose(new File(['{"not": "a backup"}'], 'notes.json'));
		expect(backup.message?.kind).toBe('error');
		expect(backup.message?.text).toMatch(/^This backup cannot be imported/);
		expect(backup.preview).toBeUndefined();
		await backup.apply();
		expect(backup.message?.kind).toBe('error');
		const huge = { name: 'huge.json', size: MAX_BACKUP_CHARS * 3 + 1 } as File;
		await backup.choose(huge);
		expect(backup.message?.text).toMatch(/larger than 50 MB/);
	});

	it('cancel drops the preview; reset also clears the message', async () => {
		await backup.choose(await backupFromAnotherDevice());
		backup.cancel();
		expect(backup.preview).toBeUndefined();
		await backup.apply();
		expect(backup.message).toBeUndefined();
		await backup.choose(new File(['nope'], 'x.json'));
		backup.reset();
		expect([backup.preview, backup.message, backup.busy]).toEqual([undefined, undefined, false]);
	});
});
