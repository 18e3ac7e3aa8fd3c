// Curation of a generated set before it is saved: pure operations on the question list, and the
// checks a hand-edited question must pass so that it studies and assigns like a generated one.
import type { Question, QuestionSet, QuestionType } from '$lib/types';

export function moveQuestion(questions: readonly Question[], from: number, to: number): Question[] {
	if (from === to || from < 0 || to < 0 || from >= questions.length || to >= questions.length) {
		return [...questions];
	}
	const next = [...questions];
	const [moved] = next.splice(from, 1);
	next.splice(to, 0, moved as Question);
	return next;
}

/** A random id that does not depend on the text, so editing a question keeps its progress. */
export function randomId(prefix: string, length = 10): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
	const bytes = crypto.getRandomValues(new Uint8Array(length));
	return prefix + [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/** A new question of the given type, tied to one of the set's sentences. */
export function blankQuestion(
	type: QuestionType,
	sentences: readonly string[],
	sentence = 0
): Question {
	const sourceSentence = Math.min(Math.max(0, sentence), Math.max(0, sentences.length - 1));
	return {
		id: randomId('own-'),
		type,
		prompt: '',
		answer: type === 'truefalse' ? 'true' : '',
		...(type === 'mcq' ? { options: ['', '', '', ''] } : {}),
		sourceSentence,
		explanation: sentences[sourceSentence] ?? ''
	};
}

/** Changes a question's type, keeping what still makes sense. */
export function withType(q: Question, type: QuestionType): Question {
	const rest: Question = { ...q };
	delete rest.options;
	delete rest.accept;
	const answer = type === 'truefalse' ? (q.answer === 'false' ? 'false' : 'true') : q.answer;
	if (type === 'mcq') {
		const options = q.options ?? [answer, '', '', ''];
		return { ...rest, type, answer, options };
	}
	return { ...rest, type, answer };
}

/** What is wrong with a question as edited, for the teacher; `null` when it is fine. */
export function questionProblem(q: Question): string | null {
	if (q.prompt.trim() === '') return 'The question needs a prompt.';
	if (q.answer.trim() === '') return 'The question needs an answer.';
	if (q.prompt.length > 2000 || q.answer.length > 2000) return 'The question is too long.';
	if (q.type === 'truefalse' && q.answer !== 'true' && q.answer !== 'false') {
		return 'A true/false answer is True or False.';
	}
	if (q.type === 'cloze' && !q.prompt.includes('_____')) {
		return 'A fill-in prompt needs a gap written as _____ (five underscores).';
	}
	if (q.type === 'numeric' && !/\d/.test(q.answer)) return 'A numeric answer needs a number.';
	if (q.type === 'mcq') {
		const options = (q.options ?? []).map((o) => o.trim());
		if (options.length < 2 || options.some((o) => o === '')) return 'Fill in every option.';
		if (new Set(options).size !== options.length) return 'The options must all differ.';
		if (!options.includes(q.answer.trim())) return 'The answer must be one of the options.';
	}
	return null;
}

/** The set as it is stored: trimmed text, explanations from the chosen sentences, a fresh id. */
export function curatedSet(
	draft: QuestionSet,
	questions: readonly Question[],
	id: string
): QuestionSet {
	return {
		...draft,
		id,
		questions: questions.map((q) => {
			const cleaned: Question = {
				...q,
				prompt: q.prompt.trim(),
				answer: q.answer.trim(),
				explanation: draft.sentences[q.sourceSentence] ?? q.explanation
			};
			if (q.options) cleaned.options = q.options.map((o) => o.trim());
			return cleaned;
		})
	};
}

/** An id for a new custom set: readable from its title, never equal to another set's. */
export function customSetId(title: string): string {
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40)
		.replace(/-$/, '');
	return randomId(`${slug || 'set'}-`, 6);
}
