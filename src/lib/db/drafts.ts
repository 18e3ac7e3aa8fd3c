// The create page's drafts. A draft is read back through DraftSchema: a record this version
// cannot read (damaged, or written by a newer Factdeck) is reported, never half-used.
//
// Drafts are not part of a backup: a backup carries finished sets and study progress to
// another device or a later day, while a draft is this device's unfinished page, minutes or
// hours old; importing a backup (which replaces everything) must not swap the page being
// worked on for an older one. So the backup format stays as it was.
import * as v from 'valibot';
import type { CreateDraft } from '$lib/create/draft';
import { QuestionSchema, QuestionSetSchema } from './backup-schema';
import type { FactdeckDB } from './schema';
import { writeTransaction } from './transaction';

const field = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const DraftSchema = v.strictObject({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(310)),
	savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
	document: v.strictObject({
		// The create form refuses more than 200,000 characters; a draft may hold a bit more
		// while the teacher trims it.
		text: field(1_000_000),
		fields: v.strictObject({
			title: field(10_000),
			source: field(10_000),
			url: field(10_000),
			date: field(100)
		})
	}),
	story: v.strictObject({ selected: field(300), title: field(1_000) }),
	curation: v.optional(
		v.strictObject({
			set: QuestionSetSchema,
			questions: v.array(QuestionSchema)
		})
	)
});

/** A stored draft that cannot be read back; the page starts empty and says so. */
export class UnreadableDraftError extends Error {
	override name = 'UnreadableDraftError';
}

/** A draft by id, checked; undefined when there is none. */
export async function getDraft(db: FactdeckDB, id: string): Promise<CreateDraft | undefined> {
	const stored: unknown = await db.get('drafts', id);
	if (stored === undefined) return undefined;
	const parsed = v.safeParse(DraftSchema, stored);
	if (!parsed.success) {
		const [issue] = parsed.issues;
		const where = issue ? v.getDotPath(issue) : null;
		throw new UnreadableDraftError(
			`The unsaved work kept on this device could not be read${where ? ` (${where}: ${issue?.message})` : ''}.`
		);
	}
	return parsed.output as CreateDraft;
}

export async function saveDraft(db: FactdeckDB, draft: CreateDraft): Promise<void> {
	await writeTransaction(db, ['drafts'], async (tx) => {
		await tx.store.put(draft);
	});
}

export async function deleteDraft(db: FactdeckDB, id: string): Promise<void> {
	await writeTransaction(db, ['drafts'], async (tx) => {
		await tx.store.delete(id);
	});
}
