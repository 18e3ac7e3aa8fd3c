// Test helpers: a fresh in-memory IndexedDB per test (fake-indexeddb), not used by the app.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { QuestionSet, QuestionType } from '$lib/types';
import { openFactdeck } from './open';
import type { FactdeckDB } from './schema';

/** Replaces the global indexedDB with an empty one and opens Factdeck's database in it. */
export async function freshDatabase(): Promise<FactdeckDB> {
	resetIndexedDB();
	return openFactdeck();
}

export function resetIndexedDB(): void {
	globalThis.indexedDB = new IDBFactory();
}

/** A small set; questions q1..qN, two per sentence so that siblings exist. */
export function makeSet(id: string, count: number, title = `Set ${id}`): QuestionSet {
	const types: QuestionType[] = ['mcq', 'cloze', 'truefalse', 'numeric', 'flashcard'];
	return {
		id,
		title,
		generatorVersion: 'test',
		sentences: Array.from({ length: Math.ceil(count / 2) }, (_, i) => `Sentence ${i}.`),
		questions: Array.from({ length: count }, (_, i) => ({
			id: `q${i + 1}`,
			type: types[i % types.length] as QuestionType,
			prompt: `Question ${i + 1}?`,
			answer: `answer ${i + 1}`,
			sourceSentence: Math.floor(i / 2),
			explanation: `Sentence ${Math.floor(i / 2)}.`
		}))
	};
}
