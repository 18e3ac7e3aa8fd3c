// The question generator off the main thread: compromise and its lexicon load and run here, so
// the create page keeps answering while a document is analysed.
import { generateQuestionSet } from '$lib/generate';
import type { GenerateMessage, GenerateRequest } from './generate-protocol';
import { messageOf } from '$lib/error-message';

const scope = self as unknown as {
	postMessage(message: GenerateMessage): void;
	onmessage: ((event: MessageEvent<GenerateRequest>) => void) | null;
};

// A first run builds compromise's lexicon and warms the JIT, so the teacher's article does not pay
// for it. The page starts this worker when /create opens, while the teacher is still pasting.
try {
	generateQuestionSet({
		text: 'The Danube flows through Vienna. It is 2,850 kilometres long and was mapped in 1726.',
		title: 'Warm-up'
	});
} catch {
	// A failure here shows up again, with its message, on the real document.
}

scope.onmessage = (event) => {
	const { id, doc, maxQuestions } = event.data;
	scope.postMessage({ id, kind: 'stage', stage: 'Finding facts and writing questions…' });
	const started = performance.now();
	try {
		const set = generateQuestionSet(doc, maxQuestions === undefined ? {} : { maxQuestions });
		scope.postMessage({ id, kind: 'done', set, ms: performance.now() - started });
	} catch (error) {
		scope.postMessage({
			id,
			kind: 'failed',
			error: messageOf(error)
		});
	}
};
