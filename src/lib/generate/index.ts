// Document -> question set. Overgenerate from typed facts, filter, rank; deterministic throughout.
import type { DocumentInput, GenerateOptions, Question, QuestionSet } from '../types';
import { analyse } from './analyse';
import { passesFilters } from './filters';
import { stableId } from './hash';
import type { Candidate } from './questions/candidate';
import { buildCandidates } from './questions';
import { selectQuestions } from './rank';
import { splitSentences } from './sentences';
import { englishShare, latinShare, normaliseText } from './text';
import { withAsOf } from './time-sensitive';

export const GENERATOR_VERSION = '1.0.0';
export const DEFAULT_MAX_QUESTIONS = 40;

const TYPE_ORDER = ['mcq', 'numeric', 'cloze', 'truefalse', 'flashcard'];

function slug(text: string): string {
	return (
		text
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60)
			.replace(/-$/, '') || 'untitled'
	);
}

function documentYear(date: string | undefined): number | undefined {
	const year = date ? Number(/^(\d{4})-\d{2}-\d{2}$/.exec(date)?.[1]) : NaN;
	return Number.isFinite(year) ? year : undefined;
}

function toQuestion(
	candidate: Candidate,
	sentences: readonly string[],
	used: Set<string>
): Question {
	const explanation = sentences[candidate.sourceSentence] ?? '';
	let id = stableId(candidate.type, explanation, candidate.answer, candidate.prompt);
	for (let n = 2; used.has(id); n += 1)
		id = stableId(candidate.type, explanation, candidate.answer, candidate.prompt, String(n));
	used.add(id);
	return {
		id,
		type: candidate.type,
		prompt: candidate.prompt,
		answer: candidate.answer,
		...(candidate.options ? { options: candidate.options } : {}),
		...(candidate.accept ? { accept: candidate.accept } : {}),
		sourceSentence: candidate.sourceSentence,
		explanation,
		difficulty: candidate.difficulty,
		tags: candidate.tags
	};
}

function questionsFor(
	sentences: string[],
	year: number | undefined,
	max: number,
	warnings: string[]
): Question[] {
	const analysis = analyse(sentences, year);
	if (analysis.sampled) {
		warnings.push(
			`The document is long: questions come from an even sample of ${analysis.analysed} of its ${sentences.length} sentences.`
		);
	}
	const candidates = buildCandidates(analysis).filter(passesFilters);
	const chosen = selectQuestions(candidates, max).sort(
		(a, b) =>
			a.sourceSentence - b.sourceSentence || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type)
	);
	const used = new Set<string>();
	return chosen.map((c) => toQuestion(c, sentences, used));
}

export function generateQuestionSet(
	doc: DocumentInput,
	options: GenerateOptions = {}
): QuestionSet {
	const raw = typeof doc?.text === 'string' ? doc.text : '';
	const title = doc?.title?.trim() || 'Untitled';
	const max = Math.max(0, Math.floor(options.maxQuestions ?? DEFAULT_MAX_QUESTIONS));
	const warnings: string[] = [];
	const text = normaliseText(raw);
	const sentences = splitSentences(text);
	let questions: Question[] = [];
	if (sentences.length === 0) {
		warnings.push('The document has no text.');
	} else if (latinShare(text) < 0.6 || englishShare(text) < 0.08) {
		warnings.push('The text does not look like English prose, so no questions were generated.');
	} else if (max > 0) {
		try {
			questions = questionsFor(sentences, documentYear(doc.date), max, warnings).map((q) =>
				withAsOf(q, doc.date)
			);
		} catch (error) {
			// A defect in one heuristic must not take the whole app down: report it instead.
			warnings.push(
				`Question generation failed: ${error instanceof Error ? error.message : String(error)}`
			);
			questions = [];
		}
		if (questions.length === 0) warnings.push('No usable facts were found in the text.');
	}
	// Keys in the documented order; optional ones only when present.
	return {
		id: slug(doc?.title ?? sentences[0] ?? 'untitled'),
		title,
		...(doc?.source ? { source: doc.source } : {}),
		...(doc?.url ? { url: doc.url } : {}),
		...(doc?.date ? { date: doc.date } : {}),
		generatorVersion: GENERATOR_VERSION,
		sentences,
		...(warnings.length ? { warnings } : {}),
		questions
	};
}
