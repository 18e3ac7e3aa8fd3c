// The one way a page reads its URL fragment (`/a#A1.…`, `/study/quiz#set-id`): decoded without
// ever throwing, and read again on every change, so a corrected link pasted in the same tab opens.
import type { Outcome } from '$lib/types';

export const DAMAGED_LINK_MESSAGE =
	'This link is damaged: part of it was changed or cut off on the way. Copy the whole link again.';

/** The fragment's text (no `#`), or the damaged-link message when a `%` escape is malformed. */
export type Fragment = Outcome<string>;

export function decodeFragment(hash: string): Fragment {
	try {
		return { ok: true, value: decodeURIComponent(hash.replace(/^#/, '')) };
	} catch {
		// decodeURIComponent throws URIError on a stray or half "%" escape.
		return { ok: false, error: DAMAGED_LINK_MESSAGE };
	}
}

/**
 * Calls back with the page's fragment now and after every `hashchange`; returns the unsubscribe
 * (an `onMount` can return it). The listener is attached first, so even a first fragment whose
 * handling fails leaves the page listening for the next one.
 */
export function onFragment(callback: (fragment: Fragment) => void): () => void {
	const read = () => callback(decodeFragment(location.hash));
	window.addEventListener('hashchange', read);
	read();
	return () => window.removeEventListener('hashchange', read);
}
