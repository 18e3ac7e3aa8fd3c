// Study days follow the device's local calendar (midnight to midnight), which is what a student
// means by "today" and by a streak.

/** Local midnight at or before `ms`. */
export function startOfDay(ms: number): number {
	const d = new Date(ms);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}

/** Local midnight `days` days after the day containing `ms`; safe across DST changes. */
export function addDays(ms: number, days: number): number {
	const d = new Date(startOfDay(ms));
	d.setDate(d.getDate() + days);
	return d.getTime();
}

/** The local date of `ms` as YYYY-MM-DD. */
export function dayKey(ms: number): string {
	const d = new Date(ms);
	const month = String(d.getMonth() + 1).padStart(2, '0');
	const day = String(d.getDate()).padStart(2, '0');
	return `${d.getFullYear()}-${month}-${day}`;
}
