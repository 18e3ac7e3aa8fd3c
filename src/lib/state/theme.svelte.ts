import type { Theme } from '$lib/types';

const STORAGE_KEY = 'factdeck-theme';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/**
 * The colour theme on <html data-theme>: "system" removes the attribute so app.css follows the
 * device. Mirrored in localStorage so a page can apply it before IndexedDB has answered; the
 * settings store stays the source of truth (and travels in backups).
 */
export class ThemeState {
	#current = $state<Theme>('system');

	get current() {
		return this.#current;
	}

	apply(theme: Theme) {
		this.#current = THEMES.includes(theme) ? theme : 'system';
		if (typeof document === 'undefined') return;
		if (this.#current === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = this.#current;
		try {
			localStorage.setItem(STORAGE_KEY, this.#current);
		} catch {
			// Private modes may refuse storage; the attribute is still set for this page.
		}
	}

	/** Applies the theme remembered on this device, then the one in the database. */
	async restore() {
		try {
			const remembered = localStorage.getItem(STORAGE_KEY);
			if (remembered) this.apply(remembered as Theme);
		} catch {
			// No localStorage: the database answer below still applies.
		}
		const [{ database }, { getSettings }] = await Promise.all([
			import('./database.svelte'),
			import('$lib/db')
		]);
		try {
			this.apply((await getSettings(await database.open())).theme);
		} catch {
			// The database problem banner explains a failed open; keep the remembered theme.
		}
	}
}

export const theme = new ThemeState();
