// The manifest's share target ("Share → Factdeck"), loaded into Workbox's generated service worker
// through `workbox.importScripts`. The share sheet POSTs multipart form data (title, text, url,
// files); the page is static, so the worker keeps the form data in Cache Storage as it came and
// opens /create?shared=<id>, where the page reads it (src/lib/state/share-inbox.ts).
// The constants match src/lib/create/shared-document.ts (a unit test checks).
// Plain script: importScripts cannot load a module.

const SHARE_TARGET_ACTION = '/share-target';
const SHARE_CACHE = 'factdeck-share';
const SHARED_ENTRY_PREFIX = '/share-target/';
/** The page refuses a field or file over 2 MB; the worker refuses bodies certainly over it. */
const MAX_SHARED_BODY = 2 * 1024 * 1024 + 64 * 1024;

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'POST' || url.origin !== self.location.origin) return;
	if (url.pathname !== SHARE_TARGET_ACTION) return;
	event.respondWith(keepShare(event.request));
});

async function keepShare(request) {
	try {
		if (Number(request.headers.get('content-length') ?? 0) > MAX_SHARED_BODY) {
			return openCreate('share-problem=too-large');
		}
		const body = await request.blob();
		if (body.size > MAX_SHARED_BODY) return openCreate('share-problem=too-large');
		const cache = await caches.open(SHARE_CACHE);
		// Only the latest share is kept: it stays for a reload, and nothing piles up.
		for (const key of await cache.keys()) await cache.delete(key);
		const id = self.crypto.randomUUID();
		const type = request.headers.get('content-type') ?? 'application/octet-stream';
		await cache.put(
			SHARED_ENTRY_PREFIX + id,
			new Response(body, { headers: { 'content-type': type } })
		);
		return openCreate(`shared=${id}`);
	} catch {
		return openCreate('share-problem=unreadable');
	}
}

function openCreate(query) {
	return Response.redirect(new URL(`/create?${query}`, self.location.origin).href, 303);
}
