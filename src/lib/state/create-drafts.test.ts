import { beforeEach, describe, expect, it } from 'vitest';
import { getDraft, listSetCards } from '$lib/db';
import { makeSet, resetIndexedDB } from '$lib/db/testing';
import { editDraftId, NEW_SET_DRAFT } from '$lib/create/draft';
import { CreateDrafts } from './create-drafts.svelte';
import { CreateFlow } from './create-flow.svelte';
import { Database } from './database.svelte';
import { QuestionSets } from './question-sets.svelte';
import { serveBuiltInSets } from './testing';

const builtIn = makeSet('seed', 2, 'Seed');
let database: Database;
let sets: QuestionSets;
let flow: CreateFlow;
let drafts: CreateDrafts;

beforeEach(() => {
	resetIndexedDB();
	serveBuiltInSets(builtIn);
	database = new Database();
	sets = new QuestionSets(database);
	flow = new CreateFlow();
	drafts = new CreateDrafts(database, flow, sets);
});

/** The same device later: a new tab's state over the same storage. */
function reopened() {
	const later = new CreateFlow();
	return { flow: later, drafts: new CreateDrafts(new Database(), later, sets) };
}

describe('create drafts', () => {
	it('keeps the typed article and takes it up in a later tab, until discarded', async () => {
		await drafts.open(null);
		flow.document = {
			text: 'The Danube is 2,850 km long.',
			fields: { title: 'Rivers', source: 'Atlas', url: '', date: '2025-01-02' }
		};
		flow.story.selected = '+new';
		flow.story.title = 'Europe';
		drafts.keep(flow.toDraft(42));
		await drafts.flush();

		const later = reopened();
		await later.drafts.open(null);
		expect(later.flow.document).toEqual(flow.document);
		expect(later.flow.story).toEqual({ selected: '+new', title: 'Europe' });
		expect(later.drafts.restoredAt).toBe(42);

		await later.drafts.discard();
		expect(later.flow.document.text).toBe('');
		expect(later.drafts.restoredAt).toBeUndefined();
		expect(await getDraft(await database.open(), NEW_SET_DRAFT)).toBeUndefined();
	});

	it('keeps work typed while the draft was still being opened', async () => {
		const opening = drafts.open(null);
		flow.document = {
			text: 'The Rhine is 1,230 km long.',
			fields: { title: 'Rhine', source: '', url: '', date: '' }
		};
		// The page keeps each change, but nothing is kept until the draft is open.
		drafts.keep(flow.toDraft(7));
		await opening;
		await drafts.flush();

		const later = reopened();
		await later.drafts.open(null);
		expect(later.flow.document).toEqual(flow.document);
	});

	it('keeps the curation: questions edited, deleted and in their order', async () => {
		await drafts.open(null);
		const generated = makeSet('rivers', 3);
		flow.restore({
			id: NEW_SET_DRAFT,
			savedAt: 1,
			document: { text: 'x', fields: { title: 'R', source: '', url: '', date: '' } },
			story: { selected: '', title: '' },
			curation: { set: generated, questions: generated.questions }
		});
		flow.removeQuestion(0);
		flow.replaceQuestion(0, { ...flow.questions[0]!, prompt: 'Edited?' });
		drafts.keep(flow.toDraft(2));
		await drafts.flush();

		const later = reopened();
		await later.drafts.open(null);
		expect(later.flow.step).toBe('curate');
		expect(later.flow.questions.map((q) => [q.id, q.prompt])).toEqual([
			['q2', 'Edited?'],
			['q3', 'Question 3?']
		]);
		expect(later.flow.draft).toMatchObject({ id: 'rivers', questions: [] });
	});

	it('never replaces what was typed before the draft was read', async () => {
		await drafts.open(null);
		flow.document.text = 'Kept draft text.';
		drafts.keep(flow.toDraft(1));
		await drafts.flush();
		const later = reopened();
		later.flow.document.text = 'Typed while loading.';
		await later.drafts.open(null);
		expect(later.flow.document.text).toBe('Typed while loading.');
	});

	it('saves a set: the draft goes and nothing is kept while saving; a failed save keeps it', async () => {
		await drafts.open(null);
		flow.document.text = 'Some article.';
		drafts.keep(flow.toDraft(1));
		await expect(
			drafts.save(async () => {
				throw new Error('disk full');
			})
		).rejects.toThrow('disk full');
		await drafts.flush();
		expect((await getDraft(await database.open(), NEW_SET_DRAFT))?.document.text).toBe(
			'Some article.'
		);
		await drafts.save(async () => {
			// Changes made while saving (the page resetting) are not kept.
			drafts.keep({ ...flow.toDraft(3), document: { ...flow.document, text: 'Late' } });
		});
		await drafts.flush();
		expect(await getDraft(await database.open(), NEW_SET_DRAFT)).toBeUndefined();
		expect(flow.document.text).toBe('');
	});

	it('opens a saved set for editing, and its kept edits on return', async () => {
		const mine = makeSet('mine', 3);
		await sets.saveCustom(mine, 1);
		await drafts.open('mine');
		expect([flow.step, flow.editing, flow.draftId]).toEqual(['curate', 'mine', 'edit:mine']);
		expect(flow.questions).toEqual(mine.questions);
		flow.removeQuestion(1);
		drafts.keep(flow.toDraft(9));
		await drafts.flush();

		const later = reopened();
		await later.drafts.open('mine');
		expect(later.flow.questions.map((q) => q.id)).toEqual(['q1', 'q3']);
		expect(later.drafts.restoredAt).toBe(9);
		// The new set's draft is another one.
		await later.drafts.open(null);
		expect([later.flow.step, later.flow.editing]).toEqual(['input', undefined]);
		expect(await getDraft(await database.open(), editDraftId('mine'))).toBeDefined();
		expect(await listSetCards(await database.open(), 'mine')).toHaveLength(3);
	});

	it('refuses to edit a built-in set or one that is not here', async () => {
		await drafts.open('seed');
		expect(drafts.problem).toMatch(/Only sets made or imported on this device can be edited/);
		expect(flow.step).toBe('input');
		await drafts.open('nothing');
		expect(drafts.problem).toMatch(/Only sets made/);
	});

	it('says so when a kept draft cannot be read, and starts blank', async () => {
		const db = await database.open();
		await db.put('drafts', { id: NEW_SET_DRAFT, savedAt: 'yesterday' } as never);
		await drafts.open(null);
		expect(drafts.problem).toMatch(/could not be read \(savedAt: /);
		expect(flow.document.text).toBe('');
	});
});
