// Answers recorded on this device, announced so that sync (when on) can send them soon after.
// Tiny on purpose: study screens import it whether or not sync is on.
const listeners = new Set<() => void>();

/** Called after an answer (or an undo) is stored. */
export function noteLocalChange(): void {
	for (const listener of listeners) listener();
}

/** Listens for stored answers; returns the function that stops listening. */
export function onLocalChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
