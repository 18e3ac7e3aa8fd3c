import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSet } from '$lib/db/testing';
import type { DocumentInput, Question, QuestionSet } from '$lib/types';
import type { GenerateMessage, GenerateRequest } from '$lib/workers/generate-protocol';
import { CreateFlow } from './create-flow.svelte';

/** Stands in for the generator's worker: answers each request with the messages it is given. */
class FakeWorker extends EventTarget {
	static made: FakeWorker[] = [];
	static reply: (request: GenerateRequest) => GenerateMessage[] = () => [];
	terminated = false;
	requests: GenerateRequest[] = [];

	constructor() {
		super();
		FakeWorker.made.push(this);
	}

	postMessage(request: GenerateRequest) {
		this.requests.push(request);
		const messages = FakeWorker.reply(request);
		setTimeout(() => {
			for (const data of messages) this.dispatchEvent(new MessageEvent('message', { data }));
		});
	}

	terminate() {
		this.terminated = true;
	}
}

const doc: DocumentInput = { text: 'The Danube is 2,850 km long.', title: 'Rivers' };
const generated: QuestionSet = makeSet('rivers', 3, 'Rivers');
let flow: CreateFlow;

beforeEach(() => {
	FakeWorker.made = [];
	FakeWorker.reply = ({ id }) => [
		{ id, kind: 'stage', stage: 'Finding facts…' },
		{ id, kind: 'done', set: generated, ms: 12 }
	];
	vi.stubGlobal('Worker', FakeWorker);
	flow = new CreateFlow();
});

afterEach(() => vi.unstubAllGlobals());

describe('create flow', () => {
	it('starts the worker once, shows its stages, then the questions to curate', async () => {
		flow.prepare();
		flow.prepare();
		const done = flow.generate(doc);
		expect([flow.step, flow.stage]).toEqual(['generating', 'Loading the question generator…']);
		await done;
		expect(FakeWorker.made).toHaveLength(1);
		expect(FakeWorker.made[0]?.requests.map((r) => r.doc)).toEqual([doc]);
		expect(flow.stage).toBe('Finding facts…');
		expect(flow.step).toBe('curate');
		expect(flow.draft).toMatchObject({ id: 'rivers', questions: [] });
		expect(flow.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
	});

	it('edits the curated questions: move, replace, remove, add', async () => {
		await flow.generate(doc);
		const [q1, q2, q3] = generated.questions as [Question, Question, Question];
		flow.moveQuestion(0, 1);
		expect(flow.questions.map((q) => q.id)).toEqual(['q2', 'q1', 'q3']);
		flow.replaceQuestion(1, { ...q1, prompt: 'Edited?' });
		flow.removeQuestion(0);
		flow.addQuestion({ ...q2, id: 'mine' });
		expect(flow.questions.map((q) => [q.id, q.prompt])).toEqual([
			['q1', 'Edited?'],
			['q3', q3.prompt],
			['mine', q2.prompt]
		]);
		flow.startOver();
		expect([flow.step, flow.draft, flow.questions]).toEqual(['input', undefined, []]);
	});

	it('says why when nothing could be made, and when the generator fails', async () => {
		FakeWorker.reply = ({ id }) => [
			{ id, kind: 'done', set: { ...generated, questions: [], warnings: ['Too short.'] }, ms: 1 }
		];
		await flow.generate(doc);
		expect([flow.step, flow.problem]).toEqual([
			'input',
			'No questions could be made from this text. Too short.'
		]);
		FakeWorker.reply = ({ id }) => [{ id, kind: 'failed', error: 'out of memory' }];
		await flow.generate(doc);
		expect(flow.problem).toBe('The generator failed: out of memory');
	});

	it('cancel drops the busy worker and a later generation starts a new one', async () => {
		FakeWorker.reply = () => [];
		void flow.generate(doc);
		flow.cancel();
		expect(flow.step).toBe('input');
		expect(FakeWorker.made[0]?.terminated).toBe(true);
		FakeWorker.reply = ({ id }) => [{ id, kind: 'done', set: generated, ms: 1 }];
		await flow.generate(doc);
		expect(FakeWorker.made).toHaveLength(2);
		expect(flow.step).toBe('curate');
	});

	it('undoes a deletion in place, and keeps what the form and curation hold as a draft', async () => {
		await flow.generate(doc);
		flow.removeQuestion(1);
		flow.removeQuestion(0);
		expect(flow.removed?.question.id).toBe('q1');
		expect(flow.undoRemove()).toBe(0);
		expect(flow.questions.map((q) => q.id)).toEqual(['q1', 'q3']);
		expect(flow.undoRemove()).toBeUndefined();
		flow.document.fields.title = 'Rivers';
		const draft = flow.toDraft(7);
		expect(draft).toMatchObject({
			id: 'new',
			savedAt: 7,
			document: { fields: { title: 'Rivers' } }
		});
		expect(draft.curation?.questions.map((q) => q.id)).toEqual(['q1', 'q3']);
		flow.startOver();
		expect(flow.toDraft(8).curation).toBeUndefined();
		expect(flow.document.fields.title).toBe('Rivers');
	});

	it('edits a saved set under its own draft, and reset leaves a blank new set', () => {
		flow.edit(generated);
		expect([flow.step, flow.editing, flow.draftId]).toEqual(['curate', 'rivers', 'edit:rivers']);
		expect(flow.document.fields.title).toBe('Rivers');
		expect(flow.questions).toEqual(generated.questions);
		flow.reset();
		expect([flow.step, flow.editing, flow.draftId, flow.questions]).toEqual([
			'input',
			undefined,
			'new',
			[]
		]);
	});
});
