import { describe, expect, it } from 'vitest';
import { checkStaleMonths, clampRetention, DEFAULT_SETTINGS, normalizeSettings } from './settings';

describe('settings', () => {
	it('clamps desired retention to 0.70–0.97 and repairs junk', () => {
		expect(clampRetention(0.5)).toBe(0.7);
		expect(clampRetention(0.99)).toBe(0.97);
		expect(clampRetention(0.85)).toBe(0.85);
		expect(clampRetention(NaN)).toBe(0.9);
		expect(clampRetention('0.8')).toBe(0.9);
	});

	it('fills defaults for missing or invalid fields', () => {
		expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
		expect(
			normalizeSettings({ desiredRetention: 2, newPerDay: -3, theme: 'neon' as 'dark' })
		).toEqual({ desiredRetention: 0.97, newPerDay: 0, theme: 'system', staleAfterMonths: 6 });
		expect(normalizeSettings({ newPerDay: 7.6, theme: 'dark' })).toMatchObject({
			newPerDay: 8,
			theme: 'dark'
		});
	});

	it('keeps the stale-fact threshold within 1–60 whole months, 6 when unusable', () => {
		expect(normalizeSettings({ staleAfterMonths: 0 }).staleAfterMonths).toBe(1);
		expect(normalizeSettings({ staleAfterMonths: 600 }).staleAfterMonths).toBe(60);
		expect(normalizeSettings({ staleAfterMonths: 2.6 }).staleAfterMonths).toBe(3);
		expect(normalizeSettings({ staleAfterMonths: NaN }).staleAfterMonths).toBe(6);
		expect(normalizeSettings({ staleAfterMonths: '9' as unknown as number }).staleAfterMonths).toBe(
			6
		);
	});

	it('checks a typed stale-fact threshold: whole months from 1 to 60', () => {
		expect(checkStaleMonths(6)).toEqual({ ok: true, value: 6 });
		expect(checkStaleMonths(60)).toEqual({ ok: true, value: 60 });
		for (const bad of [0, 61, 2.5, -1, NaN, null, '6', undefined])
			expect(checkStaleMonths(bad)).toEqual({
				ok: false,
				error: 'Enter a whole number of months from 1 to 60.'
			});
	});
});
