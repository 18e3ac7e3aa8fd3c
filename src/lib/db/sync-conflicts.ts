// Sets edited on two devices at once: CouchDB shows the same version everywhere and keeps the
// other; the learner sees both and keeps one ("edited on two devices — keep this one?").
import { keepVersion, listConflicts, setDocId, type ReplicaDb } from '$lib/sync/replica';
import { parseIncoming } from '$lib/sync/incoming';
import { checkPayload } from './sync';

/** One version of a set edited on two devices, as the learner sees it (text only). */
export interface SetVersion {
	rev: string;
	title: string;
	questions: number;
	/** The version every device shows now. */
	current: boolean;
}

export interface SetConflict {
	setId: string;
	/** The version shown now first, then the ones that lost. */
	versions: SetVersion[];
}

function shownVersion(doc: unknown, rev: string, current: boolean): SetVersion | undefined {
	const parsed = parseIncoming(doc);
	if (!parsed.ok) return undefined;
	const payload = checkPayload(parsed.value);
	if (!payload.ok || payload.value.kind !== 'set') return undefined;
	const { set } = payload.value;
	return { rev, title: set.title, questions: set.questions.length, current };
}

/**
 * The sets in the replica with versions that lost a concurrent edit. Every version is checked
 * by the same schemas as a backup; one that fails is left out (a set with fewer than two
 * valid versions is not listed).
 */
export async function listSetConflicts(replica: ReplicaDb): Promise<SetConflict[]> {
	const listed = await listConflicts(replica, 'set:');
	if (!listed.ok) throw new Error(listed.error);
	const out: SetConflict[] = [];
	for (const conflict of listed.value) {
		const versions = [
			shownVersion(conflict.winner.doc, conflict.winner.rev, true),
			...conflict.losers.map((loser) => shownVersion(loser.doc, loser.rev, false))
		].filter((version) => version !== undefined);
		if (versions.length < 2) continue;
		out.push({ setId: conflict.id.slice('set:'.length), versions });
	}
	return out;
}

/** Keeps one version of a set: it goes to every device, this one included, with the next sync. */
export async function keepSetVersion(
	replica: ReplicaDb,
	setId: string,
	rev: string
): Promise<void> {
	await keepVersion(replica, setDocId(setId), rev);
}
