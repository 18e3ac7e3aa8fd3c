import {
	backupFileName,
	exportBackup,
	importBackup,
	MAX_BACKUP_CHARS,
	parseBackup,
	type Backup,
	type BackupSummary
} from '$lib/db';
import { downloadText } from '$lib/download';
import { database as appDatabase, type Database } from './database.svelte';
import { settings as appSettings, type SettingsState } from './settings.svelte';
import { theme as appTheme, type ThemeState } from './theme.svelte';
import { messageOf } from '$lib/error-message';
import { noteLocalChange } from './local-changes';

export interface BackupPreview {
	fileName: string;
	summary: BackupSummary;
	/** Titles of the sets made on the device that made the backup: shown as text only. */
	customSetTitles: string[];
}

/** Exporting everything as one JSON file, and importing one back after a preview. */
export class BackupState {
	#database: Database;
	#settings: SettingsState;
	#theme: ThemeState;
	#preview = $state.raw<BackupPreview | undefined>();
	#pending: Backup | undefined;
	#message = $state<{ kind: 'error' | 'done'; text: string } | undefined>();
	#busy = $state(false);

	constructor({ database = appDatabase, settings = appSettings, theme = appTheme } = {}) {
		this.#database = database;
		this.#settings = settings;
		this.#theme = theme;
	}

	get preview() {
		return this.#preview;
	}
	get message() {
		return this.#message;
	}
	get busy() {
		return this.#busy;
	}

	/** Builds the backup file and hands it to the browser as a download. */
	async download() {
		this.#busy = true;
		this.#message = undefined;
		try {
			const backup = await exportBackup(await this.#database.open());
			downloadText(backupFileName(backup), 'application/json', JSON.stringify(backup));
		} catch (error) {
			this.#fail(error);
		} finally {
			this.#busy = false;
		}
	}

	/** Reads and checks a chosen file; nothing is written until apply(). */
	async choose(file: File) {
		this.#preview = undefined;
		this.#pending = undefined;
		this.#message = undefined;
		// Checked before reading (UTF-8 takes at most 3 bytes per UTF-16 unit): a huge file would
		// take the tab's memory just to be refused. parseBackup checks the exact length.
		if (file.size > MAX_BACKUP_CHARS * 3) {
			this.#message = {
				kind: 'error',
				text: 'This backup cannot be imported: it is larger than 50 MB, far more than any Factdeck backup.'
			};
			return;
		}
		this.#busy = true;
		try {
			const parsed = parseBackup(await file.text());
			if (!parsed.ok) {
				this.#message = { kind: 'error', text: parsed.message };
				return;
			}
			this.#pending = parsed.backup;
			this.#preview = {
				fileName: file.name,
				summary: parsed.summary,
				customSetTitles: parsed.backup.customSets.map((set) => set.title)
			};
		} catch (error) {
			this.#fail(error);
		} finally {
			this.#busy = false;
		}
	}

	/** Replaces everything with the previewed backup, in one transaction, or changes nothing. */
	async apply() {
		const backup = this.#pending;
		if (!backup) return;
		this.#busy = true;
		try {
			const summary = await importBackup(await this.#database.open(), backup);
			// With sync on, the next sync merges the backup with what the other devices synced.
			noteLocalChange();
			this.#message = { kind: 'done', text: `Backup restored: ${summary.text}.` };
			// The backup brought its own settings: show them, and its theme.
			await this.#settings.load();
			this.#theme.apply(this.#settings.value.theme);
			this.cancel();
		} catch (error) {
			this.#fail(error);
		} finally {
			this.#busy = false;
		}
	}

	cancel() {
		this.#preview = undefined;
		this.#pending = undefined;
	}

	#fail(error: unknown) {
		const text = messageOf(error, 'Something went wrong.');
		this.#message = { kind: 'error', text: `Nothing was changed. ${text}` };
	}

	/** Leaves the settings page with no preview, message or file pending. */
	reset() {
		this.cancel();
		this.#message = undefined;
		this.#busy = false;
	}
}

export const backup = new BackupState();
