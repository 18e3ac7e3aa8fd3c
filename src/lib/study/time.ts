import { formatInterval } from '$lib/srs';

/** "45 s", "3 min 5 s", "1 h 2 min": how long a session took. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
	const hours = Math.floor(minutes / 60);
	return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/** "now", "in 10m", "in 3d": when something is due, relative to `now`. */
export function formatDueIn(due: number, now: number): string {
	return due <= now ? 'now' : `in ${formatInterval(due - now)}`;
}

/** "0:42", "9:05", "1:02:03": a countdown to something due in `ms` (never negative). */
export function formatCountdown(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	const ss = String(seconds % 60).padStart(2, '0');
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}:${ss}`;
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${ss}`;
}
