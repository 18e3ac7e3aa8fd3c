import { getSettings, updateSettings } from '$lib/db';
import { DEFAULT_SETTINGS } from '$lib/srs';
import type { Settings } from '$lib/types';
import { database } from './database.svelte';
import { theme } from './theme.svelte';
import { messageOf } from '$lib/error-message';

/** The study settings as stored, saved as soon as one changes. */
class SettingsState {
	#value = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
	#loaded = $state(false);
	#message = $state<string | undefined>();

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
			this.#value = await getSettings(await database.open());
			this.#loaded = true;
		} catch (error) {
			this.#message = messageOf(error, 'Could not read the settings.');
		}
	}

	async update(changes: Partial<Settings>) {
		try {
			this.#value = await updateSettings(await database.open(), changes);
			if (changes.theme) theme.apply(this.#value.theme);
			this.#message = 'Saved.';
		} catch (error) {
			this.#message = messageOf(error, 'Could not save the settings.');
		}
	}

	reset() {
		this.#value = { ...DEFAULT_SETTINGS };
		this.#loaded = false;
		this.#message = undefined;
	}
}

export const settings = new SettingsState();
