import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateSettings } from '$lib/db';
import { resetIndexedDB } from '$lib/db/testing';
import { database } from './database.svelte';
import { ThemeState } from './theme.svelte';

let dataset: Record<string, string>;
let stored: Map<string, string>;

beforeEach(() => {
	dataset = {};
	stored = new Map();
	vi.stubGlobal('document', { documentElement: { dataset } });
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => stored.get(key) ?? null,
		setItem: (key: string, value: string) => void stored.set(key, value)
	});
});

afterEach(() => vi.unstubAllGlobals());

describe('theme', () => {
	it('sets <html data-theme>, removes it for "system", and remembers the choice', () => {
		const theme = new ThemeState();
		theme.apply('dark');
		expect([theme.current, dataset.theme, stored.get('factdeck-theme')]).toEqual([
			'dark',
			'dark',
			'dark'
		]);
		theme.apply('system');
		expect(dataset.theme).toBeUndefined();
		expect(stored.get('factdeck-theme')).toBe('system');
	});

	it('takes anything unknown (a tampered localStorage) as "system"', () => {
		const theme = new ThemeState();
		theme.apply('neon' as never);
		expect(theme.current).toBe('system');
		expect(dataset.theme).toBeUndefined();
	});

	it('still applies the theme when storage is refused', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		});
		const theme = new ThemeState();
		theme.apply('light');
		expect(dataset.theme).toBe('light');
	});

	it('restores the remembered theme, then the one in the database', async () => {
		resetIndexedDB();
		await updateSettings(await database.open(), { theme: 'light' });
		stored.set('factdeck-theme', 'dark');
		const theme = new ThemeState();
		const restoring = theme.restore();
		expect(theme.current).toBe('dark');
		await restoring;
		expect([theme.current, dataset.theme]).toEqual(['light', 'light']);
	});
});
