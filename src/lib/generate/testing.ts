// Shared by the generator's tests: the seed, the corpus and the structural invariants.
// Files come in through Vite's raw imports, so this folder needs nothing from Node.
import { parseArticle } from '../content/article';
import type { DocumentInput, QuestionSet } from '../types';

const FILES = import.meta.glob(['../../../content/articles/*.md', '../../../content/corpus/*.md'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function readDocument(path: string): DocumentInput {
	const raw = FILES[`../../../${path}`];
	if (raw === undefined) throw new Error(`no such test document: ${path}`);
	return parseArticle(path, raw);
}

export const SEED_PATH = 'content/articles/north-korea-troops-russia.md';

export function corpusPaths(): string[] {
	return Object.keys(FILES)
		.filter((key) => key.includes('/content/corpus/'))
		.map((key) => key.replace('../../../', ''))
		.sort();
}

function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
/** A statement cut from the sentence (questions/trim.ts): its words, in order, are the sentence's. */
function cutFrom(text: string, sentence: string): boolean {
	const words = normalise(sentence).split(' ');
	let at = 0;
	for (const word of normalise(text).split(' ')) {
		while (at < words.length && words[at] !== word) at += 1;
		if (at === words.length) return false;
		at += 1;
	}
	return true;
}

/** Every structural promise a question set makes; returns the broken ones. */
export function invariantViolations(set: QuestionSet): string[] {
	const problems: string[] = [];
	const prompts = new Set<string>();
	const ids = new Set<string>();
	for (const q of set.questions) {
		const where = `${q.type} "${q.prompt}"`;
		const sentence = set.sentences[q.sourceSentence];
		if (sentence === undefined) problems.push(`${where}: sourceSentence out of range`);
		if (q.explanation !== sentence) problems.push(`${where}: explanation is not its sentence`);
		if (ids.has(q.id)) problems.push(`${where}: duplicate id`);
		ids.add(q.id);
		const key = normalise(q.prompt);
		if (prompts.has(key)) problems.push(`${where}: duplicate prompt`);
		prompts.add(key);
		if (!q.prompt.trim() || !q.answer.trim()) problems.push(`${where}: empty prompt or answer`);
		if (q.type === 'truefalse') {
			if (q.answer !== 'true' && q.answer !== 'false')
				problems.push(`${where}: answer not true/false`);
			continue;
		}
		if (` ${normalise(q.prompt)} `.includes(` ${normalise(q.answer)} `)) {
			problems.push(`${where}: answer "${q.answer}" is in the prompt`);
		}
		if (q.type !== 'flashcard' && sentence !== undefined && !sentence.includes(q.answer)) {
			problems.push(`${where}: answer "${q.answer}" not in its sentence`);
		}
		if (q.type === 'mcq') {
			const options = q.options ?? [];
			if (options.length !== 4) problems.push(`${where}: ${options.length} options`);
			if (new Set(options.map(normalise)).size !== options.length)
				problems.push(`${where}: repeated options`);
			if (!options.includes(q.answer)) problems.push(`${where}: answer not among options`);
		}
		if (q.type === 'cloze') {
			if (q.prompt.split('_____').length !== 2) problems.push(`${where}: not exactly one blank`);
			else if (
				q.prompt.replace('_____', q.answer) !== sentence &&
				!(
					q.tags?.includes('trimmed') &&
					cutFrom(q.prompt.replace('_____', q.answer), sentence ?? '')
				) &&
				// A quotation the next sentence goes on with, closed where the cloze ends (polish.ts).
				!(
					q.prompt.replace('_____', q.answer) === `${sentence}"` &&
					((sentence ?? '').match(/"/g) ?? []).length === 1
				) &&
				// A cloze shown after the sentence before it (questions/context.ts): the two, whole
				// but for an undated day.
				!(
					q.tags?.includes('context') &&
					cutFrom(
						q.prompt.replace('_____', q.answer),
						`${set.sentences[q.sourceSentence - 1]} ${sentence}`
					)
				)
			) {
				problems.push(`${where}: filling the blank does not give the sentence`);
			}
		}
		if (q.type === 'flashcard' && sentence !== undefined) {
			const words = normalise(q.answer)
				.split(' ')
				.filter((w) => w.length > 3);
			const inSentence = normalise(sentence);
			const grounded = words.filter((w) => inSentence.includes(w)).length;
			if (words.length > 0 && grounded / words.length < 0.6)
				problems.push(`${where}: card back not grounded`);
		}
	}
	return problems;
}
