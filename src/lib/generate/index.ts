// Document -> question set. Overgenerate from typed facts, filter, rank; deterministic throughout.
import { messageOf } from '../error-message';
import type { DocumentInput, GenerateOptions, Question, QuestionSet } from '../types';
import { fullNamesBySurname } from './accept';
import { analyse, type Analysis } from './analyse';
import { candidateFeatures, isVerbatim } from './features';
import { filterReason } from './filters';
import { polisher } from './polish';
import { stableId } from './hash';
import { anchoredInPlace } from './questions/anchor';
import { factKey, type Candidate } from './questions/candidate';
import { buildCandidates } from './questions';
import { selectQuestions, type Ranked } from './rank';
import { rankerScore } from './ranker';
import { topicGiveaway } from './salience';
import { liftHeadline } from './headline';
import { splitParagraphs } from './sentences';
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

/** One candidate as the pipeline saw it: its features and, unless chosen, why it was dropped. */
export interface CandidateTrace {
	candidate: Candidate;
	features: number[];
	score: number;
	chosen: boolean;
	dropped?: string;
}

/** What the pipeline did, for `--explain`; only gathered when asked for. */
export interface GenerationTrace {
	analysis: Analysis | null;
	candidates: CandidateTrace[];
}

/** Surname -> the one full name the document gives it ("Straw" -> "Jack Straw"). */
function fullNames(analysis: Analysis): Map<string, string> {
	const bySurname = fullNamesBySurname(analysis.facts);
	// "Washington" the place is not George Washington.
	const elsewhere = new Set(
		analysis.facts.filter((f) => f.kind === 'place' || f.kind === 'org').map((f) => f.answer)
	);
	const out = new Map<string, string>();
	for (const [surname, names] of bySurname)
		if (names.size === 1 && !elsewhere.has(surname)) out.set(surname, [...names][0] as string);
	return out;
}

/**
 * A recall question or card whose answer the title or the document's main subject gives away
 * ('Who said: "..."?' -> Kevin Mayer, under "... says executive Kevin Mayer").
 */
function giveaway(candidate: Candidate, analysis: Analysis): string | null {
	if (candidate.type === 'truefalse') return null;
	// A figure in the title is the news, not a giveaway: "six zeros" is what to learn.
	if (candidate.tags.includes('quantity') || candidate.tags.includes('year')) return null;
	return topicGiveaway(candidate.answer, analysis.title, analysis.salience)
		? `topic giveaway: "${candidate.answer}" is a topic of the document`
		: null;
}

function questionsFor(
	{ sentences, paragraphOf }: { sentences: string[]; paragraphOf: number[] },
	year: number | undefined,
	title: string | undefined,
	max: number,
	warnings: string[],
	trace: GenerationTrace | null
): Question[] {
	const analysis = analyse(sentences, year, title, paragraphOf);
	if (trace) trace.analysis = analysis;
	if (analysis.sampled) {
		warnings.push(
			`The document is long: questions come from an even sample of ${analysis.analysed} of its ${sentences.length} sentences.`
		);
	}
	const kinds = new Map(
		analysis.facts.map((f) => [factKey(f), f.subtype ? `${f.kind}/${f.subtype}` : f.kind])
	);
	const ranked: Ranked[] = [];
	const filtered = new Map<Candidate, string>();
	const features = new Map<Candidate, number[]>();
	const polish = polisher(
		[analysis.title ?? '', ...analysis.sentences.map((s) => s.text)].join('\n'),
		fullNames(analysis)
	);
	const anchored = (candidate: Candidate) =>
		anchoredInPlace(candidate, analysis.sentences[candidate.sourceSentence]?.text, analysis.facts);
	for (const candidate of buildCandidates(analysis).map(polish).map(anchored)) {
		const reason = filterReason(
			candidate,
			analysis.sentences[candidate.sourceSentence]?.text,
			analysis.title
		);
		if (reason) {
			filtered.set(candidate, reason);
			if (trace) features.set(candidate, candidateFeatures(candidate, analysis));
			continue;
		}
		const x = candidateFeatures(candidate, analysis);
		features.set(candidate, x);
		const veto = giveaway(candidate, analysis);
		ranked.push({
			candidate,
			score: rankerScore(x),
			salience: analysis.salience.sentence[candidate.sourceSentence] ?? 0,
			kind: kinds.get(candidate.factKey) ?? candidate.tags[0] ?? '',
			verbatim: isVerbatim(candidate, analysis) && candidate.answer === 'true',
			...(veto ? { veto } : {})
		});
	}
	const selection = selectQuestions(ranked, max);
	if (trace) {
		const scores = new Map(ranked.map((r) => [r.candidate, r.score]));
		const chosen = new Set(selection.chosen);
		for (const [candidate, x] of features) {
			const dropped = filtered.get(candidate) ?? selection.reasons.get(candidate);
			trace.candidates.push({
				candidate,
				features: x,
				score: scores.get(candidate) ?? 0,
				chosen: chosen.has(candidate),
				...(chosen.has(candidate) ? {} : { dropped: dropped ?? 'not chosen' })
			});
		}
	}
	const chosen = selection.chosen.sort(
		(a, b) =>
			a.sourceSentence - b.sourceSentence || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type)
	);
	const used = new Set<string>();
	return apart(chosen).map((c) => toQuestion(c, sentences, used));
}

/**
 * The set in document order, but a cloze and a statement of one sentence never back to back:
 * the second waits until a question of another sentence has come between them.
 */
export function apart(ordered: readonly Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	const waiting: Candidate[] = [];
	const clashesWithLast = (c: Candidate) => {
		const last = out[out.length - 1];
		return (
			last !== undefined &&
			last.sourceSentence === c.sourceSentence &&
			new Set([last.type, c.type]).size === 2 &&
			[last.type, c.type].every((t) => t === 'cloze' || t === 'truefalse')
		);
	};
	for (const candidate of ordered) {
		if (clashesWithLast(candidate)) {
			waiting.push(candidate);
			continue;
		}
		out.push(candidate);
		const next = waiting.findIndex((w) => !clashesWithLast(w));
		if (next >= 0) out.push(...waiting.splice(next, 1));
	}
	return [...out, ...waiting];
}

export function generateQuestionSet(
	doc: DocumentInput,
	options: GenerateOptions = {}
): QuestionSet {
	return runGeneration(doc, options, null);
}

/** The one pipeline behind generateQuestionSet and explainGeneration; fills `trace` if given. */
export function runGeneration(
	doc: DocumentInput,
	options: GenerateOptions,
	trace: GenerationTrace | null
): QuestionSet {
	const raw = typeof doc?.text === 'string' ? doc.text : '';
	const max = Math.max(0, Math.floor(options.maxQuestions ?? DEFAULT_MAX_QUESTIONS));
	const warnings: string[] = [];
	// A headline above the text names the document; it is not one of its sentences.
	const { headline, body: text } = liftHeadline(normaliseText(raw));
	const givenTitle = doc?.title?.trim() || undefined;
	const title = givenTitle ?? headline;
	const paragraphs = splitParagraphs(text);
	const sentences = paragraphs.flat();
	const paragraphOf = paragraphs.flatMap((paragraph, i) => paragraph.map(() => i));
	let questions: Question[] = [];
	if (sentences.length === 0) {
		warnings.push('The document has no text.');
	} else if (latinShare(text) < 0.6 || englishShare(text) < 0.08) {
		warnings.push('The text does not look like English prose, so no questions were generated.');
	} else if (max > 0) {
		try {
			questions = questionsFor(
				{ sentences, paragraphOf },
				documentYear(doc.date),
				title,
				max,
				warnings,
				trace
			).map((q) => withAsOf(q, doc.date));
		} catch (error) {
			// A defect in one heuristic must not take the whole app down: report it instead.
			warnings.push(`Question generation failed: ${messageOf(error)}`);
			questions = [];
		}
		if (questions.length === 0) warnings.push('No usable facts were found in the text.');
	}
	// Keys in the documented order; optional ones only when present.
	return {
		id: slug(title ?? sentences[0] ?? 'untitled'),
		title: title ?? 'Untitled',
		...(doc?.source ? { source: doc.source } : {}),
		...(doc?.url ? { url: doc.url } : {}),
		...(doc?.date ? { date: doc.date } : {}),
		generatorVersion: GENERATOR_VERSION,
		sentences,
		...(warnings.length ? { warnings } : {}),
		questions
	};
}
