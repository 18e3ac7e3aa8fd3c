import type { StudyMode, StudySession } from '$lib/types';
import { canResume, learningCards, resumeSession } from '$lib/study/session';
import type { FactdeckDB } from './schema';
import { writeTransaction } from './transaction';

export function getSession(db: FactdeckDB, id: string): Promise<StudySession | undefined> {
	return db.get('sessions', id);
}

/** Stores the session as it is now (recordAnswer and undoLastAnswer already do this). */
export async function saveSession(db: FactdeckDB, session: StudySession): Promise<void> {
	await writeTransaction(db, ['sessions'], async (tx) => {
		await tx.store.put(session);
	});
}

export async function deleteSession(db: FactdeckDB, id: string): Promise<void> {
	await writeTransaction(db, ['sessions'], async (tx) => {
		await tx.store.delete(id);
	});
}

/** Unfinished sessions, newest first, optionally only of one mode and set: what "Resume" offers. */
export async function listOpenSessions(
	db: FactdeckDB,
	filter: { mode?: StudyMode; setId?: string } = {}
): Promise<StudySession[]> {
	const all = await db.getAllFromIndex('sessions', 'byStartedAt');
	return all
		.filter(
			(s) =>
				canResume(s) &&
				(filter.mode === undefined || s.mode === filter.mode) &&
				(filter.setId === undefined || s.setId === filter.setId)
		)
		.reverse();
}

/**
 * A stored session ready to continue, or undefined when there is none to resume (missing,
 * finished, or every remaining card gone). Unanswered cards that no longer exist are dropped.
 */
export async function loadResumableSession(
	db: FactdeckDB,
	id: string
): Promise<StudySession | undefined> {
	const tx = db.transaction(['sessions', 'cards']);
	const stored = await tx.objectStore('sessions').get(id);
	if (!stored) return undefined;
	const cards = tx.objectStore('cards');
	const rest = [
		...stored.queue.slice(stored.answers.length),
		...learningCards(stored).map((card) => card.cardId)
	];
	const found = await Promise.all(rest.map((cardId) => cards.getKey(cardId)));
	const existing = new Set(found.filter((key): key is string => key !== undefined));
	const resumed = resumeSession(stored, existing);
	return canResume(resumed) ? resumed : undefined;
}

/** Deletes sessions finished before `before` (epoch ms); returns how many went. */
export async function deleteFinishedSessions(db: FactdeckDB, before: number): Promise<number> {
	return writeTransaction(db, ['sessions'], async (tx) => {
		let deleted = 0;
		for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
			const { finishedAt } = cursor.value;
			if (finishedAt !== undefined && finishedAt < before) {
				await cursor.delete();
				deleted++;
			}
		}
		return deleted;
	});
}
