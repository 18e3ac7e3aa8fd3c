/** Whether a key press belongs to a field being typed in (shortcuts must leave it alone). */
export function inTextField(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

/** Whether Space/Enter already activate the focused element (a button, link or field). */
export function activatesItself(target: EventTarget | null): boolean {
	return (
		inTextField(target) ||
		(target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName))
	);
}

/** The option a number key picks (1-based), or undefined. */
export function numberKey(event: KeyboardEvent, count: number): number | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
	const n = Number(event.key);
	return Number.isInteger(n) && n >= 1 && n <= count ? n : undefined;
}
