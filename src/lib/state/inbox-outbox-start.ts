import { database } from './database.svelte';

/**
 * At app start, after the page is interactive: when results wait for a class inbox, loads the
 * sender and starts it. Otherwise one count runs and nothing more is loaded.
 */
export async function startOutboxIfWaiting(): Promise<void> {
	const db = await database.open();
	const { countOutbox } = await import('$lib/db/outbox-count');
	if ((await countOutbox(db)) === 0) return;
	const { inboxOutbox } = await import('./inbox-outbox.svelte');
	inboxOutbox.start();
}
