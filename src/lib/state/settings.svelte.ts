import { getSettings, updateSettings } from '$lib/db';
import { DEFAULT_SETTINGS } from '$lib/srs';
import type { Settings } from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';
import { theme as appTheme, type ThemeState } from './theme.svelte';
import { messageOf } from '$lib/error-message';
import { noteLocalChange } from './local-changes';

/** The study settings as stored, saved as soon as one changes. */
export class SettingsState {
	#database: Database;
	#theme: ThemeState;
	#value = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
	#loaded = $state(false);
	#message = $state<string | undefined>();

	constructor({ database = appDatabase, theme = appTheme } = {}) {
		this.#database = database;
		this.#theme = theme;
	}

	get value() {
		return this.#value;
	}
	get loaded() {
		return this.#loaded;
	}
	/** What went wrong with the last save, or "Saved." */
	get message() {
		return this.#message;
	}

	async load() {
		try {
			this.#value = await getSettings(await this.#database.open());
			this.#loaded = true;
		} catch (error) {
			this.#message = messageOf(error, 'Could not read the settings.');
		}
	}

	async update(changes: Partial<Settings>) {
		try {
			this.#value = await updateSettings(await this.#database.open(), changes);
			// A new retention replays every card on every device, with the next sync.
			noteLocalChange();
			if (changes.theme) this.#theme.apply(this.#value.theme);
			this.#message = 'Saved.';
		} catch (error) {
			this.#message = messageOf(error, 'Could not save the settings.');
		}
	}
}

export const settings = new SettingsState();
