// Test helpers for state classes: built-in sets served as the prerendered JSON would be, and a
// database that cannot be opened. Not used by the app.
import { vi } from 'vitest';
import type { FactdeckDB } from '$lib/db';
import type { QuestionSet } from '$lib/types';
import { Database } from './database.svelte';

/** Stubs `fetch` with /sets.json and /sets/<id>.json for these sets; 404 for anything else. */
export function serveBuiltInSets(...sets: QuestionSet[]) {
	const json = (value: unknown) =>
		new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
	const fetch = vi.fn(async (url: string) => {
		if (url === '/sets.json')
			return json(sets.map(({ id, title, story }) => ({ id, title, story })));
		const set = sets.find((s) => url === `/sets/${encodeURIComponent(s.id)}.json`);
		return set ? json(set) : new Response('missing', { status: 404 });
	});
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

/** A database whose every open fails, as when the browser refuses storage. */
export class UnavailableDatabase extends Database {
	override open(): Promise<FactdeckDB> {
		return Promise.reject(new Error('The browser refused to open the storage.'));
	}
}
