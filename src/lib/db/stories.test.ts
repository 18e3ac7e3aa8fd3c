import { beforeEach, describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/types';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { planStoryJoin } from '$lib/story/join';
import { recordAnswer } from './answers';
import { getCard, listDueCards, syncSetCards } from './cards';
import { exportBackup, importBackup, parseBackup } from './backup';
import { deleteCustomSet } from './customSets';
import { listCardReviews } from './reviews';
import type { FactdeckDB } from './schema';
import { listStories, saveStorySetWithCards } from './stories';
import { freshDatabase } from './testing';

const NOW = Date.UTC(2025, 5, 20, 9);
const STORY = { id: 'troops', title: 'Troops in Russia' };
let db: FactdeckDB;
beforeEach(async () => {
	db = await freshDatabase();
});

function article(id: string, date: string, troops: string, place: string): QuestionSet {
	return {
		id,
		title: id,
		date,
		story: STORY,
		generatorVersion: 'test',
		sentences: ['One.', 'Two.', 'Three.'],
		questions: [
			{
				id: `${id}-t`,
				type: 'numeric',
				prompt: 'How many North Korean troops have been deployed to Russia?',
				answer: troops,
				sourceSentence: 0,
				explanation: 'One.'
			},
			{
				id: `${id}-p`,
				type: 'mcq',
				prompt: 'In which region of Russia are the troops?',
				answer: place,
				options: [place, 'a', 'b', 'c'],
				sourceSentence: 1,
				explanation: 'Two.'
			}
		]
	};
}

async function study(cardId: string, at: number) {
	await recordAnswer(db, {
		cardId,
		rating: 3,
		answer: 'x',
		correct: true,
		mode: 'review',
		durationMs: 1000,
		now: at,
		settings: DEFAULT_SETTINGS
	});
}

describe('a newer article joins a story', () => {
	it('supersedes a changed fact carrying the schedule on, links an unchanged one', async () => {
		const feb = article('feb', '2025-02-27', '11,000', 'Kursk');
		await syncSetCards(db, feb, NOW - 30 * 86_400_000);
		await study('feb:feb-t', NOW - 20 * 86_400_000);
		await study('feb:feb-p', NOW - 20 * 86_400_000);
		const studied = await getCard(db, 'feb:feb-t');

		const jun = article('jun', '2025-06-15', '14,000', 'Kursk');
		const { links } = planStoryJoin(jun, [feb]);
		const result = await saveStorySetWithCards(db, jun as never, links, NOW);
		expect(result).toMatchObject({ added: 2, superseded: 1, linked: 1 });
		expect(await listStories(db)).toEqual([{ ...STORY, createdAt: NOW }]);

		const old = await getCard(db, 'feb:feb-t');
		const carried = await getCard(db, 'jun:jun-t');
		expect(old).toMatchObject({ retired: true, supersededBy: 'jun:jun-t' });
		expect(carried).toMatchObject({
			retired: false,
			supersedes: 'feb:feb-t',
			due: studied?.due,
			stability: studied?.stability,
			difficulty: studied?.difficulty,
			reps: studied?.reps,
			lapses: studied?.lapses,
			lastReview: studied?.lastReview,
			update: {
				from: '11,000',
				fromDate: '2025-02-27',
				to: '14,000',
				toDate: '2025-06-15',
				atReps: 1
			}
		});
		// The level indexes follow: the older card leaves them, the new one carries its level on.
		expect((await db.get('cards', 'feb:feb-t'))?.level).toBeNull();
		expect((await db.get('cards', 'jun:jun-t'))?.level).toBe('learning');
		// The review log stays with the older card.
		expect(await listCardReviews(db, 'feb:feb-t')).toHaveLength(1);
		expect(await listCardReviews(db, 'jun:jun-t')).toHaveLength(0);
		// The unchanged fact is not scheduled twice.
		expect(await getCard(db, 'jun:jun-p')).toMatchObject({ retired: true, sameAs: 'feb:feb-p' });
		expect(await getCard(db, 'feb:feb-p')).toMatchObject({ retired: false });
		const due = (await listDueCards(db, NOW + 365 * 86_400_000)).filter((c) => !c.retired);
		expect(due.map((c) => c.id).sort()).toEqual(['feb:feb-p', 'jun:jun-t']);

		// Saving again, or syncing the older set, changes nothing.
		await saveStorySetWithCards(db, jun as never, links, NOW);
		await syncSetCards(db, feb, NOW);
		expect(await getCard(db, 'feb:feb-t')).toEqual(old);
		expect(await getCard(db, 'jun:jun-t')).toEqual(carried);
	});

	it('a third article follows the chain to the card studied now', async () => {
		const feb = article('feb', '2025-02-27', '11,000', 'Kursk');
		await syncSetCards(db, feb, NOW);
		const jun = article('jun', '2025-06-15', '14,000', 'Kursk');
		await saveStorySetWithCards(db, jun as never, planStoryJoin(jun, [feb]).links, NOW);
		const sep = article('sep', '2025-09-01', '15,000', 'Kursk');
		const plan = planStoryJoin(sep, [feb, jun]);
		expect(plan.links.map((l) => l.previousCardId)).toEqual(['jun:jun-t', 'jun:jun-p']);
		await saveStorySetWithCards(db, sep as never, plan.links, NOW);
		expect(await getCard(db, 'jun:jun-t')).toMatchObject({ supersededBy: 'sep:sep-t' });
		// jun-p was itself a link to feb-p: the new one links to feb-p, the card studied.
		expect(await getCard(db, 'sep:sep-p')).toMatchObject({ sameAs: 'feb:feb-p' });
	});

	it('deleting the newer article gives the older cards their facts back', async () => {
		const feb = article('feb', '2025-02-27', '11,000', 'Kursk');
		await syncSetCards(db, feb, NOW);
		await study('feb:feb-t', NOW);
		const before = await getCard(db, 'feb:feb-t');
		const jun = article('jun', '2025-06-15', '14,000', 'Kursk');
		await saveStorySetWithCards(db, jun as never, planStoryJoin(jun, [feb]).links, NOW);
		await deleteCustomSet(db, 'jun');
		expect(await getCard(db, 'feb:feb-t')).toEqual(before);
		expect(await getCard(db, 'feb:feb-p')).toMatchObject({ retired: false });
		expect(await getCard(db, 'jun:jun-t')).toBeUndefined();
		expect(await listCardReviews(db, 'feb:feb-t')).toHaveLength(1);
	});

	it('an earlier article never studied leaves the new cards new', async () => {
		const feb = article('feb', '2025-02-27', '11,000', 'Kursk');
		const jun = article('jun', '2025-06-15', '14,000', 'Kursk');
		const result = await saveStorySetWithCards(db, jun as never, planStoryJoin(jun, [feb]).links);
		expect(result).toMatchObject({ superseded: 0, linked: 0, added: 2 });
		expect(await getCard(db, 'jun:jun-t')).toMatchObject({ retired: false, reps: 0 });
	});

	it('stories and links round-trip through a backup', async () => {
		const feb = article('feb', '2025-02-27', '11,000', 'Kursk');
		await syncSetCards(db, feb, NOW);
		await study('feb:feb-t', NOW);
		const jun = article('jun', '2025-06-15', '14,000', 'Kursk');
		await saveStorySetWithCards(db, jun as never, planStoryJoin(jun, [feb]).links, NOW);
		const backup = await exportBackup(db, NOW);
		expect(backup.stories).toHaveLength(1);
		const parsed = parseBackup(JSON.stringify(backup));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.backup).toEqual(backup);
		const other = await freshDatabase();
		await importBackup(other, parsed.backup);
		expect(await exportBackup(other, NOW)).toEqual(backup);
		other.close();

		// Bad story records are refused and nothing changes.
		const before = await exportBackup(db, NOW);
		for (const bad of [
			{ ...backup, stories: [{ id: 'Not An Id', title: 'x', createdAt: 1 }] },
			{ ...backup, stories: [...backup.stories, ...backup.stories] },
			{
				...backup,
				cards: backup.cards.map((c) => (c.supersededBy ? { ...c, retired: false } : c))
			}
		]) {
			const refused = parseBackup(JSON.stringify(bad));
			expect(refused.ok).toBe(false);
		}
		expect(await exportBackup(db, NOW)).toEqual(before);
	});

	it('a version 3 backup (before stories) still imports', async () => {
		const backup: Record<string, unknown> = { ...(await exportBackup(db, NOW)), version: 3 };
		delete backup.stories;
		const parsed = parseBackup(JSON.stringify(backup));
		expect(parsed.ok && parsed.backup.stories).toEqual([]);
	});
});
