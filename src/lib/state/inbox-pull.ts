// One pull of a class inbox into its gradebook: the documents added since the last pull, each
// checked and opened with the teacher's key (addInboxDocuments), the new results stored, and the
// inbox's sequence recorded only once they are. A refused document is reported and skipped; it
// never stops the others.
import { setInboxSince } from '$lib/db/inboxes';
import { saveResults } from '$lib/db/results';
import type { FactdeckDB, InboxRecord } from '$lib/db/schema';
import { addInboxDocuments } from '$lib/gradebook/inbox';
import type { Gradebook } from '$lib/gradebook';
import type { InboxKey } from '$lib/share/inbox-crypto';
import { readInboxChanges } from '$lib/share/inbox-server';
import type { Outcome, StudentResult } from '$lib/types';

export interface InboxPull {
	/** Results new to this gradebook, in the order they were read. */
	fresh: StudentResult[];
	/** One line per refused document. */
	refused: string[];
	/** Where the next pull starts. */
	since: string | number;
}

export async function pullInbox(
	db: FactdeckDB,
	book: Gradebook,
	inbox: InboxRecord,
	key: InboxKey,
	fetchFn: typeof fetch = fetch
): Promise<Outcome<InboxPull>> {
	const changes = await readInboxChanges(fetchFn, inbox.address, inbox.since ?? 0);
	if (!changes.ok) return changes;
	const report = await addInboxDocuments(book, changes.value.documents, key);
	const fresh = report.book.results.slice(book.results.length);
	if (fresh.length > 0) await saveResults(db, fresh);
	await setInboxSince(db, inbox.assignmentId, changes.value.since);
	return { ok: true, value: { fresh, refused: report.errors, since: changes.value.since } };
}
