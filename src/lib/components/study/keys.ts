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

/**
 * Moves focus to a new card once it has been painted: focusing forces a layout, which would
 * otherwise delay showing the card (measured ~5 ms a card on a loaded 2-core box). Key
 * shortcuts listen on the window, so nothing is lost in that frame; if focus moved meanwhile
 * (an answer given, a field clicked), it is left where it is.
 */
export function focusAfterPaint(element: () => HTMLElement | undefined): void {
	const before = document.activeElement;
	requestAnimationFrame(() =>
		setTimeout(() => {
			const now = document.activeElement;
			if (now && now !== before && now !== document.body) return;
			element()?.focus();
		})
	);
}
