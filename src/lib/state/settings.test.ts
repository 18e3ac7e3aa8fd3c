import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings } from '$lib/db';
import { resetIndexedDB } from '$lib/db/testing';
import { DEFAULT_SETTINGS } from '$lib/srs';
import { Database } from './database.svelte';
import { onLocalChange } from './local-changes';
import { SettingsState } from './settings.svelte';
import { UnavailableDatabase } from './testing';
import { ThemeState } from './theme.svelte';

let database: Database;
let theme: ThemeState;
let settings: SettingsState;

beforeEach(() => {
	resetIndexedDB();
	database = new Database();
	theme = new ThemeState();
	settings = new SettingsState({ database, theme });
});

describe('settings', () => {
	it('shows the defaults until loaded, then what is stored', async () => {
		expect([settings.value, settings.loaded]).toEqual([DEFAULT_SETTINGS, false]);
		await settings.load();
		expect([settings.value, settings.loaded]).toEqual([DEFAULT_SETTINGS, true]);
	});

	it('saves each change at once, clamped, and applies a new theme', async () => {
		await settings.load();
		// Announced as a local change: with sync on, a sync sends it (and replays) soon after.
		let announced = 0;
		const stop = onLocalChange(() => announced++);
		await settings.update({ desiredRetention: 0.99, theme: 'dark' });
		stop();
		expect(announced).toBe(1);
		expect(settings.message).toBe('Saved.');
		expect(settings.value).toMatchObject({ desiredRetention: 0.97, theme: 'dark' });
		expect(theme.current).toBe('dark');
		expect(await getSettings(await database.open())).toEqual(settings.value);
	});

	it('says what went wrong and keeps the values shown when storage fails', async () => {
		const broken = new SettingsState({ database: new UnavailableDatabase(), theme });
		await broken.load();
		expect([broken.loaded, broken.message]).toEqual([false, expect.stringMatching(/refused/)]);
		await broken.update({ newPerDay: 3 });
		expect(broken.value).toEqual(DEFAULT_SETTINGS);
		expect(broken.message).toMatch(/refused/);
	});
});
