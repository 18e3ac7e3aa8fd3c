import * as v from 'valibot';
import type { Outcome, Settings, Theme } from '$lib/types';

export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;
export const MAX_NEW_PER_DAY = 9999;
export const MIN_STALE_MONTHS = 1;
export const MAX_STALE_MONTHS = 60;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	desiredRetention: 0.9,
	newPerDay: 20,
	theme: 'system',
	staleAfterMonths: 6
});

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Keeps retention inside the range FSRS is tuned for; anything unusable falls back to 0.90. */
export function clampRetention(value: unknown): number {
	if (typeof value !== 'number' || !Number.isFinite(value))
		return DEFAULT_SETTINGS.desiredRetention;
	return Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, value));
}

/** Turns whatever was stored (or is missing) into usable settings. */
export function normalizeSettings(value: Partial<Settings> | undefined | null): Settings {
	const newPerDay =
		typeof value?.newPerDay === 'number' && Number.isFinite(value.newPerDay)
			? Math.min(MAX_NEW_PER_DAY, Math.max(0, Math.round(value.newPerDay)))
			: DEFAULT_SETTINGS.newPerDay;
	const theme = value?.theme && THEMES.includes(value.theme) ? value.theme : DEFAULT_SETTINGS.theme;
	const staleAfterMonths =
		typeof value?.staleAfterMonths === 'number' && Number.isFinite(value.staleAfterMonths)
			? Math.min(MAX_STALE_MONTHS, Math.max(MIN_STALE_MONTHS, Math.round(value.staleAfterMonths)))
			: DEFAULT_SETTINGS.staleAfterMonths;
	return {
		desiredRetention: clampRetention(value?.desiredRetention),
		newPerDay,
		theme,
		staleAfterMonths
	};
}

const STALE_MONTHS_MESSAGE = `Enter a whole number of months from ${MIN_STALE_MONTHS} to ${MAX_STALE_MONTHS}.`;

const StaleMonthsSchema = v.pipe(
	v.number(STALE_MONTHS_MESSAGE),
	v.finite(STALE_MONTHS_MESSAGE),
	v.integer(STALE_MONTHS_MESSAGE),
	v.minValue(MIN_STALE_MONTHS, STALE_MONTHS_MESSAGE),
	v.maxValue(MAX_STALE_MONTHS, STALE_MONTHS_MESSAGE)
);

/** The stale-fact threshold as typed in Settings (a number input gives null when emptied). */
export function checkStaleMonths(value: unknown): Outcome<number> {
	const result = v.safeParse(StaleMonthsSchema, value);
	return result.success
		? { ok: true, value: result.output }
		: { ok: false, error: STALE_MONTHS_MESSAGE };
}
