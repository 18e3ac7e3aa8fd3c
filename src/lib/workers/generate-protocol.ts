// Messages between the create page and the generator's Web Worker.
import type { DocumentInput, QuestionSet } from '$lib/types';

export interface GenerateRequest {
	id: number;
	doc: DocumentInput;
	maxQuestions?: number;
}

export type GenerateMessage =
	| { id: number; kind: 'stage'; stage: string }
	| { id: number; kind: 'done'; set: QuestionSet; ms: number }
	| { id: number; kind: 'failed'; error: string };
