// The create page's state: the document being turned into a set, the generator's progress in its
// worker, and the questions being curated before they are saved (or the saved set being edited).
import type { DocumentInput, Question, QuestionSet } from '$lib/types';
import { moveQuestion } from '$lib/create/curate';
import { editDraftId, emptyDocument, NEW_SET_DRAFT, type CreateDraft } from '$lib/create/draft';
import type { DocumentForm } from '$lib/create/shared-document';
import type { GenerateMessage, GenerateRequest } from '$lib/workers/generate-protocol';

export type CreateStep = 'input' | 'generating' | 'curate';

/** A question deleted during curation, with where it was, for Undo. */
export interface RemovedQuestion {
	question: Question;
	index: number;
}

export class CreateFlow {
	#step = $state<CreateStep>('input');
	#draft = $state.raw<QuestionSet | undefined>();
	#questions = $state<Question[]>([]);
	#stage = $state('');
	#problem = $state<string | undefined>();
	#document = $state<DocumentForm>(emptyDocument());
	#story = $state({ selected: '', title: '' });
	#editing = $state<string | undefined>();
	#removed = $state.raw<RemovedQuestion | undefined>();
	#worker: Worker | undefined;
	#request = 0;

	get step() {
		return this.#step;
	}
	/** The generated set: its sentences and metadata; the questions live in `questions`. */
	get draft() {
		return this.#draft;
	}
	/** The questions being curated, in their order. */
	get questions() {
		return this.#questions;
	}
	/** What the generator is doing now, for the progress line. */
	get stage() {
		return this.#stage;
	}
	/** A sentence for the user when generation produced nothing usable. */
	get problem() {
		return this.#problem;
	}
	/** The article and its fields, as typed in the form. */
	get document() {
		return this.#document;
	}
	set document(form: DocumentForm) {
		this.#document = form;
	}
	/** The story picker's choice for the set being made. */
	get story() {
		return this.#story;
	}
	/** The id of the saved set being edited; undefined while making a new one. */
	get editing() {
		return this.#editing;
	}
	/** The question deleted last, while it can still be put back. */
	get removed() {
		return this.#removed;
	}
	/** Where this work is kept as a draft. */
	get draftId() {
		return this.#editing === undefined ? NEW_SET_DRAFT : editDraftId(this.#editing);
	}

	/** The work as a draft to keep. Reading it tracks every field, so an effect can save it. */
	toDraft(now: number): CreateDraft {
		const curating = this.#step === 'curate' && this.#draft !== undefined;
		return {
			id: this.draftId,
			savedAt: now,
			document: $state.snapshot(this.#document),
			story: $state.snapshot(this.#story),
			...(curating
				? {
						curation: {
							set: $state.snapshot(this.#draft) as QuestionSet,
							questions: $state.snapshot(this.#questions)
						}
					}
				: {})
		};
	}

	/** Takes up a kept draft where it was left; `editing` when it is the edit of a saved set. */
	restore(draft: CreateDraft, editing?: string) {
		this.cancel();
		this.#document = draft.document;
		this.#story = draft.story;
		this.#editing = editing;
		this.#removed = undefined;
		this.#problem = undefined;
		this.#draft = draft.curation && { ...draft.curation.set, questions: [] };
		this.#questions = draft.curation?.questions ?? [];
		this.#step = draft.curation ? 'curate' : 'input';
	}

	/** Opens a saved set for editing: its questions to curate, keeping their ids (and progress). */
	edit(set: QuestionSet) {
		this.restore(
			{
				id: editDraftId(set.id),
				savedAt: 0,
				document: {
					text: set.sentences.join(' '),
					fields: {
						title: set.title,
						source: set.source ?? '',
						url: set.url ?? '',
						date: set.date ?? ''
					}
				},
				story: { selected: set.story?.id ?? '', title: '' },
				curation: { set, questions: set.questions }
			},
			set.id
		);
	}

	/** Empties everything: a new set from a blank form. */
	reset() {
		this.restore({
			id: NEW_SET_DRAFT,
			savedAt: 0,
			document: emptyDocument(),
			story: { selected: '', title: '' }
		});
	}

	/** Starts the worker early so its code is loaded by the time the teacher presses Generate. */
	prepare() {
		this.#worker ??= this.#startWorker();
	}

	generate(doc: DocumentInput): Promise<void> {
		this.prepare();
		const id = ++this.#request;
		this.#problem = undefined;
		this.#step = 'generating';
		this.#stage = 'Loading the question generator…';
		return new Promise((resolve) => {
			const worker = this.#worker as Worker;
			const listener = (event: MessageEvent<GenerateMessage>) => {
				const message = event.data;
				if (message.id !== id) return;
				if (message.kind === 'stage') {
					this.#stage = message.stage;
					return;
				}
				worker.removeEventListener('message', listener);
				// For npm run bench:share: when the worker's answer reached the page.
				performance.mark('factdeck:generated', {
					detail: message.kind === 'done' ? message.ms : null
				});
				if (message.kind === 'failed') this.#fail(`The generator failed: ${message.error}`);
				else this.#generated(message.set);
				resolve();
			};
			worker.addEventListener('message', listener);
			worker.postMessage({ id, doc } satisfies GenerateRequest);
		});
	}

	/** Stops a generation in progress: the worker is dropped and a fresh one started. */
	cancel() {
		if (this.#step !== 'generating') return;
		this.#request++;
		this.#worker?.terminate();
		this.#worker = undefined;
		this.#step = 'input';
	}

	/** Back to the form with the article and its fields; the questions are dropped. */
	startOver() {
		this.#step = 'input';
		this.#draft = undefined;
		this.#questions = [];
		this.#problem = undefined;
		this.#removed = undefined;
	}

	addQuestion(question: Question) {
		this.#questions.push(question);
	}

	replaceQuestion(index: number, question: Question) {
		this.#questions[index] = question;
	}

	/** Deletes a question; `undoRemove` puts the last one deleted back where it was. */
	removeQuestion(index: number) {
		const [question] = this.#questions.splice(index, 1);
		if (question) this.#removed = { question: $state.snapshot(question), index };
	}

	/** Puts the last deleted question back; returns its place, or undefined if there is none. */
	undoRemove(): number | undefined {
		const removed = this.#removed;
		if (!removed) return undefined;
		const index = Math.min(removed.index, this.#questions.length);
		this.#questions.splice(index, 0, removed.question);
		this.#removed = undefined;
		return index;
	}

	/** The deleted question no longer needs an Undo (the teacher moved on or dismissed it). */
	forgetRemoved() {
		this.#removed = undefined;
	}

	/** Moves a question `delta` places up (negative) or down. */
	moveQuestion(index: number, delta: number) {
		this.#questions = moveQuestion(this.#questions, index, index + delta);
	}

	#generated(set: QuestionSet) {
		if (set.questions.length === 0) {
			const why = set.warnings?.join(' ') ?? '';
			this.#fail(`No questions could be made from this text. ${why}`.trim());
			return;
		}
		this.#draft = { ...set, questions: [] };
		this.#questions = set.questions;
		this.#removed = undefined;
		this.#step = 'curate';
	}

	#fail(message: string) {
		this.#problem = message;
		this.#step = 'input';
	}

	#startWorker(): Worker {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite's worker import, not state
		const worker = new Worker(new URL('../workers/generate.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			this.#request++;
			this.#worker = undefined;
			this.#fail('The question generator could not start. Reload the page and try again.');
		});
		return worker;
	}
}

export const createFlow = new CreateFlow();
