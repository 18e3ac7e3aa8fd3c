const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

function oneDecimal(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A short interval label as Anki shows on its buttons: "<1m", "10m", "3h", "1d", "1.2mo", "2.1y". */
export function formatInterval(ms: number): string {
	if (!Number.isFinite(ms) || ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	if (ms < MONTH) return `${Math.round(ms / DAY)}d`;
	if (ms < YEAR) return `${oneDecimal(ms / MONTH)}mo`;
	return `${oneDecimal(ms / YEAR)}y`;
}
