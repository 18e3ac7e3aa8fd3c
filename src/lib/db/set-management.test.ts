import { beforeEach, describe, expect, it } from 'vitest';
import {
	deleteCustomSet,
	getCustomSet,
	renameCustomSet,
	restoreDeletedSet,
	saveCustomSetWithCards,
	saveEditedSet,
	SetChangeError,
	setProgress
} from './customSets';
import { deleteDraft, DraftSchema, getDraft, saveDraft, UnreadableDraftError } from './drafts';
import { listCards, listSetCards, putCard } from './cards';
import { recordAnswer } from './answers';
import { listReviews } from './reviews';
import { saveSession } from './sessions';
import { startSession } from '$lib/study/session';
import type { FactdeckDB } from './schema';
import { freshDatabase, makeSet } from './testing';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { editDraftId, NEW_SET_DRAFT, type CreateDraft } from '$lib/create/draft';
import * as v from 'valibot';

let db: FactdeckDB;
beforeEach(async () => {
	db = await freshDatabase();
});

const DAY = 86_400_000;

async function study(cardId: string, now: number) {
	await recordAnswer(db, {
		cardId,
		rating: 3,
		answer: 'x',
		correct: true,
		mode: 'quiz',
		durationMs: 1,
		now,
		settings: DEFAULT_SETTINGS
	});
}

/** Everything stored about studying, to compare before and after. */
async function snapshot() {
	return {
		sets: await db.getAll('customSets'),
		cards: await listCards(db),
		reviews: await listReviews(db),
		days: await db.getAll('days'),
		drafts: await db.getAll('drafts'),
		sessions: await db.getAll('sessions')
	};
}

function draftOf(id: string, text = 'An article.'): CreateDraft {
	return {
		id,
		savedAt: 5,
		document: { text, fields: { title: 'T', source: '', url: '', date: '2025-01-01' } },
		story: { selected: '', title: '' }
	};
}

describe('renaming a set', () => {
	it('changes the title and keeps the id, questions and cards', async () => {
		const set = makeSet('mine', 2, 'Old');
		await saveCustomSetWithCards(db, set, 1);
		await renameCustomSet(db, 'mine', 'New <b>name</b>');
		expect(await getCustomSet(db, 'mine')).toEqual({ ...set, title: 'New <b>name</b>' });
		expect(await listSetCards(db, 'mine')).toHaveLength(2);
		await expect(renameCustomSet(db, 'gone', 'x')).rejects.toBeInstanceOf(SetChangeError);
	});
});

describe('deleting a set, and undo', () => {
	it('removes the set, its cards, reviews, day totals and draft, and undo puts back exactly that', async () => {
		await saveCustomSetWithCards(db, makeSet('other', 2), 0);
		await saveCustomSetWithCards(db, makeSet('mine', 3), 0);
		await study('mine:q1', DAY);
		await study('mine:q1', 3 * DAY);
		await study('other:q1', 3 * DAY);
		await saveDraft(db, draftOf(editDraftId('mine')));
		await saveSession(
			db,
			startSession({ id: 's1', mode: 'quiz', setId: 'mine', queue: ['mine:q2'], now: 4 * DAY })
		);
		await saveSession(
			db,
			startSession({ id: 's2', mode: 'quiz', setId: 'other', queue: ['other:q2'], now: 4 * DAY })
		);
		const before = await snapshot();

		const deleted = await deleteCustomSet(db, 'mine');
		expect(deleted.cards.map((c) => c.id)).toEqual(['mine:q1', 'mine:q2', 'mine:q3']);
		expect(deleted.reviews).toHaveLength(2);
		const after = await snapshot();
		expect(after.sets.map((s) => s.id)).toEqual(['other']);
		expect(after.cards.map((c) => c.id)).toEqual(['other:q1', 'other:q2']);
		expect(after.reviews.map((r) => r.cardId)).toEqual(['other:q1']);
		expect(after.days.reduce((n, d) => n + d.reviews, 0)).toBe(1);
		expect(after.drafts).toEqual([]);
		expect(after.sessions.map((x) => x.id)).toEqual(['s2']);

		await restoreDeletedSet(db, deleted);
		expect(await snapshot()).toEqual(before);
		// A second undo of the same deletion changes nothing.
		await expect(restoreDeletedSet(db, deleted)).rejects.toBeInstanceOf(SetChangeError);
		expect(await snapshot()).toEqual(before);
	});

	it('gives a story’s older card its fact back, and undo links it again', async () => {
		await saveCustomSetWithCards(db, makeSet('older', 1), 0);
		await saveCustomSetWithCards(db, makeSet('newer', 1), 0);
		const older = (await db.get('cards', 'older:q1'))!;
		await putCard(db.transaction('cards', 'readwrite').store, {
			...older,
			retired: true,
			supersededBy: 'newer:q1'
		});
		const before = await snapshot();
		const deleted = await deleteCustomSet(db, 'newer');
		expect(await db.get('cards', 'older:q1')).toEqual({ ...older, retired: false });
		await restoreDeletedSet(db, deleted);
		expect(await snapshot()).toEqual(before);
	});

	it('says so when the set is already gone', async () => {
		await expect(deleteCustomSet(db, 'nothing')).rejects.toThrow(/no longer on this device/);
	});
});

describe('saving an edited set', () => {
	it('keeps the cards and history of questions that stay and adds cards for new ones', async () => {
		const set = makeSet('mine', 3);
		await saveCustomSetWithCards(db, set, 0);
		await study('mine:q2', DAY);
		const kept = (await db.get('cards', 'mine:q2'))!;
		const [q1, q2, q3] = set.questions;
		const edited = {
			...set,
			questions: [{ ...q2!, prompt: 'Reworded?' }, q3!, { ...q1!, id: 'own-1' }, q1!]
		};
		expect(await saveEditedSet(db, edited, [], 2 * DAY)).toMatchObject({ added: 1, kept: 3 });
		expect(await db.get('cards', 'mine:q2')).toEqual(kept);
		expect((await listReviews(db)).map((r) => r.cardId)).toEqual(['mine:q2']);
		expect((await db.get('cards', 'mine:own-1'))?.addedAt).toBe(2 * DAY);
		expect(await getCustomSet(db, 'mine')).toEqual(edited);
	});

	it('deletes removed questions’ cards: unstudied ones freely, studied ones only when confirmed', async () => {
		const set = makeSet('mine', 3);
		await saveCustomSetWithCards(db, set, 0);
		await study('mine:q1', DAY);
		await saveDraft(db, draftOf(editDraftId('mine')));
		const before = await snapshot();
		const edited = { ...set, questions: set.questions.slice(2) };
		expect(await setProgress(db, 'mine')).toEqual([
			{ questionId: 'q1', reps: 1, reviews: 1 },
			{ questionId: 'q2', reps: 0, reviews: 0 },
			{ questionId: 'q3', reps: 0, reviews: 0 }
		]);

		// Without the teacher's agreement nothing is lost, the draft included.
		await expect(saveEditedSet(db, edited, [])).rejects.toThrow(
			'A question you removed has study progress you have not agreed to delete'
		);
		expect(await snapshot()).toEqual(before);

		await saveEditedSet(db, edited, ['q1'], 2 * DAY);
		expect((await listCards(db)).map((c) => c.id)).toEqual(['mine:q3']);
		expect(await listReviews(db)).toEqual([]);
		expect(await db.getAll('days')).toEqual([]);
		expect(await db.getAll('drafts')).toEqual([]);
	});

	it('refuses to save edits to a set deleted meanwhile, changing nothing', async () => {
		await expect(saveEditedSet(db, makeSet('gone', 1), [])).rejects.toThrow(
			/no longer on this device.*Your edits are kept/
		);
		expect(await snapshot()).toMatchObject({ sets: [], cards: [] });
	});
});

describe('drafts', () => {
	it('stores, reads back and deletes a draft with its curation', async () => {
		const set = makeSet('draft', 2);
		const draft: CreateDraft = {
			...draftOf(NEW_SET_DRAFT, 'The Danube is long. <img src=x>'),
			story: { selected: '+new', title: 'Rivers' },
			curation: { set: { ...set, questions: [] }, questions: set.questions }
		};
		await saveDraft(db, draft);
		expect(await getDraft(db, NEW_SET_DRAFT)).toEqual(draft);
		expect(await getDraft(db, editDraftId('x'))).toBeUndefined();
		await deleteDraft(db, NEW_SET_DRAFT);
		expect(await getDraft(db, NEW_SET_DRAFT)).toBeUndefined();
	});

	it('refuses a damaged record with a sentence naming the field, and reads nothing from it', async () => {
		const damaged = { ...draftOf(NEW_SET_DRAFT), document: { text: 5 } };
		await db.put('drafts', damaged as unknown as CreateDraft);
		const read = getDraft(db, NEW_SET_DRAFT);
		await expect(read).rejects.toBeInstanceOf(UnreadableDraftError);
		await expect(read).rejects.toThrow(/could not be read \(document\.text: /);
	});

	it('checks the questions being curated and refuses unknown fields', () => {
		const set = makeSet('d', 1);
		const bad = {
			...draftOf(NEW_SET_DRAFT),
			curation: { set, questions: [{ ...set.questions[0], type: 'essay' }] }
		};
		expect(v.safeParse(DraftSchema, bad).success).toBe(false);
		expect(v.safeParse(DraftSchema, { ...draftOf(NEW_SET_DRAFT), extra: 1 }).success).toBe(false);
		expect(v.safeParse(DraftSchema, draftOf(NEW_SET_DRAFT)).success).toBe(true);
	});
});
