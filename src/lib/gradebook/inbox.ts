// Results that arrive from a class inbox: each document is checked and opened with the teacher's
// key, then added like a pasted result link (same checks, same duplicate rule). Documents of the
// inbox's other assignments are counted, not reported: one inbox may serve several assignments.
import { openResultDocument, type InboxKey } from '$lib/share';
import { addResult, type Gradebook } from './gradebook';

export interface InboxReport {
	book: Gradebook;
	added: number;
	duplicates: number;
	/** Well-formed documents of other assignments, left alone. */
	elsewhere: number;
	/** One line per refused document. */
	errors: string[];
}

/** Never throws; the book passed in is never changed (the report holds the new one). */
export async function addInboxDocuments(
	book: Gradebook,
	documents: readonly unknown[],
	key: InboxKey
): Promise<InboxReport> {
	const opened = await Promise.all(
		documents.map((doc) => openResultDocument(doc, book.assignment.id, key))
	);
	const report: InboxReport = { book, added: 0, duplicates: 0, elsewhere: 0, errors: [] };
	for (const outcome of opened) {
		if (outcome.status === 'elsewhere') {
			report.elsewhere += 1;
			continue;
		}
		if (outcome.status === 'refused') {
			report.errors.push(outcome.error);
			continue;
		}
		const added = addResult(report.book, outcome.result);
		if (!added.ok) {
			report.errors.push(added.error);
		} else if (added.duplicate) {
			report.duplicates += 1;
		} else {
			report.book = added.value;
			report.added += 1;
		}
	}
	return report;
}
