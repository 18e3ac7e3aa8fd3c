// The create page's state: the document being turned into a set, the generator's progress in its
// worker, and the questions being curated before they are saved.
import type { DocumentInput, Question, QuestionSet } from '$lib/types';
import { moveQuestion } from '$lib/create/curate';
import type { GenerateMessage, GenerateRequest } from '$lib/workers/generate-protocol';

export type CreateStep = 'input' | 'generating' | 'curate';

export class CreateFlow {
	#step = $state<CreateStep>('input');
	#draft = $state.raw<QuestionSet | undefined>();
	#questions = $state<Question[]>([]);
	#stage = $state('');
	#problem = $state<string | undefined>();
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
		this.#request++;
		this.#worker?.terminate();
		this.#worker = undefined;
		this.#step = 'input';
	}

	/** Back to the form, keeping nothing. */
	startOver() {
		this.#step = 'input';
		this.#draft = undefined;
		this.#questions = [];
		this.#problem = undefined;
	}

	addQuestion(question: Question) {
		this.#questions.push(question);
	}

	replaceQuestion(index: number, question: Question) {
		this.#questions[index] = question;
	}

	removeQuestion(index: number) {
		this.#questions.splice(index, 1);
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
