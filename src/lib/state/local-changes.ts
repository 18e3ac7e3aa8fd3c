// Changes made on this device (answers, settings, a restored backup), announced so that sync
// (when on) sends them soon after. Tiny on purpose: these screens import it whether or not sync is on.
const listeners = new Set<() => void>();

/** Called after an answer (or an undo), the settings or a restored backup is stored. */
export function noteLocalChange(): void {
	for (const listener of listeners) listener();
}

/** Listens for stored changes; returns the function that stops listening. */
export function onLocalChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
