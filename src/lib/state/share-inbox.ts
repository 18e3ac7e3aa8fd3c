// How a shared article reaches /create: from the page's query string, or from the copy the
// service worker (static/share-target.js) kept in Cache Storage; HTML is reduced to its article
// by Readability, loaded only when HTML arrives.
import {
	arrivalFromArticle,
	arrivalFromFields,
	arrivalFromFile,
	LOST_SHARE_MESSAGE,
	MAX_SHARED_BYTES,
	SHARE_CACHE,
	SHARED_ENTRY_PREFIX,
	sharedEntryFromQuery,
	sharedFieldsFromQuery,
	fileTooLarge,
	type Arrival,
	type ReadyArrival
} from '$lib/create/shared-document';
import { messageOf } from '$lib/error-message';

/** The share this page was opened with (`?shared=<id>` or `?title=…&text=…&url=…`), if any. */
export async function takeShare(search: string): Promise<Arrival | null> {
	const params = new URLSearchParams(search);
	const entry = sharedEntryFromQuery(params);
	if (entry && 'problem' in entry) return { kind: 'problem', message: entry.problem };
	if (entry) return readKeptShare(entry.id);
	const fields = sharedFieldsFromQuery(params);
	return fields ? arrivalFromFields(fields) : null;
}

/**
 * The share the service worker kept: the form data exactly as the share sheet posted it. It stays
 * until the next share replaces it, so reloading the page does not lose it.
 */
async function readKeptShare(id: string): Promise<Arrival> {
	try {
		const kept = await (await caches.open(SHARE_CACHE)).match(`${SHARED_ENTRY_PREFIX}${id}`);
		if (!kept) return { kind: 'problem', message: LOST_SHARE_MESSAGE };
		const form = await kept.formData();
		const fields = {
			title: stringOf(form.get('title')),
			text: stringOf(form.get('text')),
			url: stringOf(form.get('url'))
		};
		const file = form.getAll('files').find((entry): entry is File => typeof entry !== 'string');
		return file ? arrivalOfFile(file, fields) : arrivalFromFields(fields);
	} catch (error) {
		return { kind: 'problem', message: `${LOST_SHARE_MESSAGE} (${messageOf(error)})` };
	}
}

const stringOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** A shared or opened file; a file over the limit is refused before it is read. */
export async function arrivalOfFile(file: File, fields: unknown = {}): Promise<Arrival> {
	if (file.size > MAX_SHARED_BYTES) return { kind: 'problem', message: fileTooLarge(file) };
	try {
		return await arrivalFromFile(file, await file.text(), fields);
	} catch (error) {
		return { kind: 'problem', message: `${file.name}: ${messageOf(error)}` };
	}
}

/** HTML reduced to its article (Readability, loaded now); other arrivals as they are. */
export async function settleArrival(arrival: Arrival): Promise<ReadyArrival> {
	if (arrival.kind !== 'html') return arrival;
	try {
		const { htmlArticle } = await import('$lib/create/html-article');
		// A parsed document is inert: its scripts never run and its images never load.
		const page = new DOMParser().parseFromString(arrival.html, 'text/html');
		return arrivalFromArticle(htmlArticle(page), arrival.meta);
	} catch (error) {
		return { kind: 'problem', message: `The page could not be read: ${messageOf(error)}` };
	}
}
