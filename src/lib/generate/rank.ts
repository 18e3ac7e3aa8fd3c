// Chooses the set: the most salient facts first, one good question each, then deeper questions;
// each fact asked once, no mirrored pairs, no topic giveaways, a balanced mix of types.
import type { QuestionType } from '../types';
import { promptKey } from './filters';
import type { Candidate } from './questions/candidate';
import { WITH_CONTEXT } from './questions/context';
import { unnamedSubject } from './gates/vague';

/** A candidate with what selection needs to know about it. */
export interface Ranked {
	candidate: Candidate;
	/** The learned ranker's score, 0 to 1. */
	score: number;
	/** Salience of the candidate's sentence, 0 to 1. */
	salience: number;
	/** The kind of fact it asks for ("place/country", "quantity/count"). */
	kind: string;
	/** A true statement copied word for word from its sentence. */
	verbatim: boolean;
	/** Why it may never be chosen (a topic giveaway), decided before selection. */
	veto?: string;
}

export interface Selection {
	chosen: Candidate[];
	/** Why each candidate that was not chosen lost its place. */
	reasons: Map<Candidate, string>;
}

// Numeric goes first so that it gets a quantity before mcq asks the same question.
const SHARE: Record<QuestionType, number> = {
	numeric: 0.1,
	mcq: 0.3,
	cloze: 0.2,
	truefalse: 0.17,
	flashcard: 0.23
};
const TYPES = Object.keys(SHARE) as QuestionType[];
/** Most cloze a set may hold, and most of its true statements that may be copied unchanged. */
export const MAX_CLOZE_SHARE = 0.35;
export const MAX_VERBATIM_TRUE_SHARE = 0.5;
/** Statements are quick to answer by guessing: not more than this share of a set. */
const MAX_TRUEFALSE_SHARE = 0.45;
/**
 * A set this small may hold more statements than their share: dropping one to balance the mix
 * makes the set smaller, not better (one more cloze used to cut a set from 16 questions to 9).
 */
const STATEMENTS_FILL_TO = 20;
/** Sentences at least this salient (the lead) get a question even past a type's quota. */
const KEY_SALIENCE = 0.5;
/**
 * Sentences at least this salient hold a fact a teacher would ask: asked first as it is. Counts
 * and sums below the lead ("293 of 9,000 stores", "$17.50 per hour") score 0.25-0.35 and were
 * otherwise only shown as a false statement with a wrong figure.
 */
const KEY_FACT_SALIENCE = 0.25;
/** In the coverage round, questions this close to a sentence's best may go first for the mix. */
const NEAR_BEST = 0.9;

/** Facts that a card asks about differently from a cloze or a question (the whole list). */
const DEEPER = /^(?:list|cause|definition|term|agent|object)\b/;

function falseStatement(r: Ranked): boolean {
	return r.candidate.type === 'truefalse' && r.candidate.answer === 'false';
}

function priority(r: Ranked): number {
	return r.score * (0.6 + 0.4 * r.salience);
}

function byPriority(a: Ranked, b: Ranked): number {
	const pa = priority(a);
	const pb = priority(b);
	return (
		pb - pa ||
		a.candidate.sourceSentence - b.candidate.sourceSentence ||
		(a.candidate.prompt < b.candidate.prompt ? -1 : a.candidate.prompt > b.candidate.prompt ? 1 : 0)
	);
}

const WORD_SETS = new WeakMap<Candidate, Set<string>>();

function wordSet(candidate: Candidate): Set<string> {
	let words = WORD_SETS.get(candidate);
	if (!words) {
		words = new Set(candidate.prompt.toLowerCase().match(/[a-z0-9]+/g) ?? []);
		WORD_SETS.set(candidate, words);
	}
	return words;
}

function plain(text: string): string {
	return ` ${text
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()} `;
}

function bare(answer: string): string {
	return answer
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/\.$/, '');
}

/**
 * "Which organisation said that ...?" and "Who said that ...?" with one answer: one is enough.
 * "In which year ...?" and "In which month of 1989 ...?" on one sentence: one "when" is enough.
 */
function nearDuplicate(a: Candidate, b: Candidate): boolean {
	if (
		a.type === 'truefalse' ||
		b.type === 'truefalse' ||
		a.type === 'cloze' ||
		b.type === 'cloze'
	) {
		return false;
	}
	const when = (c: Candidate) => c.tags.includes('year') || c.tags.includes('month');
	if (a.sourceSentence === b.sourceSentence && a.type === b.type && when(a) && when(b)) return true;
	if (bare(a.answer) !== bare(b.answer)) return false;
	const x = wordSet(a);
	const y = wordSet(b);
	const shared = [...x].filter((w) => y.has(w)).length;
	return shared / Math.max(1, Math.min(x.size, y.size)) >= 0.7;
}

/**
 * "Which country has X supplied with Y?" -> Z and "Which country has supplied Z with Y?" -> X:
 * one sentence, each answer named in the other's prompt. Asking both asks one fact twice.
 */
export function mirrored(a: Ranked, b: Ranked): boolean {
	const sameFact = a.candidate.factKey === b.candidate.factKey;
	if (!sameFact && (a.kind !== b.kind || !MIRROR_KINDS.test(a.kind))) return false;
	return swapped(a.candidate, b.candidate);
}

/** Entities in two roles of one relation: who supplied whom, who met whom. */
const MIRROR_KINDS = /^(?:person|place|org|source)\b/;

function swapped(a: Candidate, b: Candidate): boolean {
	if (a.sourceSentence !== b.sourceSentence || a.type === 'truefalse' || b.type === 'truefalse')
		return false;
	if (bare(a.answer) === bare(b.answer)) return false;
	// "What does the figure of 11,000 stand for?" asks the number's question backwards.
	const inPrompt = (answer: string, prompt: string) => {
		const key = plain(answer).trim();
		return key.length > 0 && plain(prompt).includes(` ${key} `);
	};
	return inPrompt(a.answer, b.prompt) && inPrompt(b.answer, a.prompt);
}

/**
 * A cloze and a statement of one sentence ask the same thing when they test one fact, or when
 * the statement shows the cloze's answer. A statement of another clause of it asks something else.
 */
export function clozeAndStatementOverlap(a: Candidate, b: Candidate): boolean {
	if (a.sourceSentence !== b.sourceSentence) return false;
	const cloze = a.type === 'cloze' ? a : b.type === 'cloze' ? b : null;
	const statement = a.type === 'truefalse' ? a : b.type === 'truefalse' ? b : null;
	if (!cloze || !statement) return false;
	if (cloze.factKey === statement.factKey) return true;
	return statement.prompt.toLowerCase().includes(cloze.answer.toLowerCase());
}

/**
 * A cloze that shows the sentence before its own gives away what a question on that sentence
 * asks: its answer is there to read (a statement of it, word for word).
 */
export function contextGivesAway(a: Candidate, b: Candidate): boolean {
	const [withContext, other] = a.tags.includes(WITH_CONTEXT) ? [a, b] : [b, a];
	if (!withContext.tags.includes(WITH_CONTEXT)) return false;
	if (other.sourceSentence !== withContext.sourceSentence - 1) return false;
	if (other.type === 'truefalse') return true;
	const key = plain(other.answer).trim();
	return key.length > 0 && plain(withContext.prompt).includes(` ${key} `);
}

function quoteOf(c: Candidate): string {
	return `"${c.prompt.length > 70 ? `${c.prompt.slice(0, 67)}...` : c.prompt}"`;
}

/**
 * The set: selection runs again with a tighter cloze cap while clozes fill more than their share
 * of what the document can give (a short set must not be mostly clozes).
 */
export function selectQuestions(ranked: readonly Ranked[], max: number): Selection {
	let clozeCap = clozeAllowance(max);
	let seeded: Ranked[] = [];
	let run = selectOnce(ranked, max, clozeCap, seeded);
	// Clozes over their share give way; what they held is offered to the other types again.
	for (let round = 0; round < 3; round += 1) {
		const clozes = run.chosen.filter((r) => r.candidate.type === 'cloze').length;
		if (clozes <= clozeAllowance(run.chosen.length)) break;
		seeded = rebalance(run.chosen, run.reasons);
		clozeCap = seeded.filter((r) => r.candidate.type === 'cloze').length;
		run = selectOnce(ranked, max, clozeCap, seeded);
	}
	const kept = rebalance(run.chosen, run.reasons);
	const chosen = new Set(kept.map((r) => r.candidate));
	for (const r of ranked) {
		if (!chosen.has(r.candidate) && !run.reasons.has(r.candidate))
			run.reasons.set(r.candidate, `not reached: the set is full (${max})`);
	}
	return { chosen: kept.map((r) => r.candidate), reasons: run.reasons };
}

/** Below this many questions, a set may take a second cloze of one sentence. */
const SHORT_SET = 5;
/** A short document may lean on clozes this far: dropping them would leave next to nothing. */
const MIN_CLOZE_ALLOWANCE = 3;

/** Clozes a set of n questions may hold: a third and a bit (a few in a very short set). */
function clozeAllowance(n: number): number {
	return Math.max(MIN_CLOZE_ALLOWANCE, Math.floor(MAX_CLOZE_SHARE * n));
}

/** One pass of selection, starting from questions already kept; before any rebalancing. */
function selectOnce(
	ranked: readonly Ranked[],
	max: number,
	clozeCap: number,
	seeded: readonly Ranked[]
): { chosen: Ranked[]; reasons: Map<Candidate, string> } {
	const reasons = new Map<Candidate, string>();
	const pool: Ranked[] = [];
	for (const r of ranked) {
		if (r.veto) reasons.set(r.candidate, r.veto);
		else pool.push(r);
	}
	pool.sort(byPriority);
	const keys = new Map(pool.map((r) => [r.candidate, promptKey(r.candidate.prompt)]));
	// Facts a question asks directly ("In which month ...?"): a statement on them is a weaker copy.
	const askedDirectly = new Set(
		pool
			.filter((r) => r.candidate.type === 'mcq' || r.candidate.type === 'numeric')
			.map((r) => r.candidate.factKey)
	);
	const chosen: Ranked[] = [];
	const taken = new Set<Candidate>();
	const prompts = new Set<string>();
	const perSentence = new Map<number, number>();
	const perFact = new Map<string, Candidate[]>();
	const perType = new Map<QuestionType, number>();
	let verbatimTrue = 0;
	let trueCount = 0;
	const quota = (type: QuestionType) => Math.max(1, Math.ceil(SHARE[type] * max));

	/** Null when the candidate may join the set, else why not. */
	const refusal = (r: Ranked, sentenceCap: number, typeCapped: boolean): string | null => {
		const c = r.candidate;
		if (taken.has(c)) return 'chosen';
		if (prompts.has(keys.get(c) ?? '')) return 'duplicate: same prompt as a chosen question';
		for (const other of chosen) {
			const o = other.candidate;
			if (nearDuplicate(o, c)) return `duplicate: near-duplicate of ${quoteOf(o)}`;
			if (mirrored(other, r)) return `mirrored: same fact as ${quoteOf(o)}`;
			// A cloze and a statement of one sentence, side by side in the set, test one reading.
			if (clozeAndStatementOverlap(o, c))
				return `duplicate: cloze and true/false on one sentence (${quoteOf(o)})`;
			if (contextGivesAway(o, c)) return `giveaway: the sentence before shows ${quoteOf(o)}`;
		}
		// A second cloze of one sentence is a second reading of the same words.
		// (A very short set may take it: little else is there to ask.)
		if (
			c.type === 'cloze' &&
			(typeCapped || chosen.length >= SHORT_SET) &&
			chosen.some(
				(o) => o.candidate.type === 'cloze' && o.candidate.sourceSentence === c.sourceSentence
			)
		)
			return 'duplicate: a cloze of this sentence is already chosen';
		if (c.type === 'truefalse' && askedDirectly.has(c.factKey))
			return 'duplicate: a question asks this fact directly';
		const asked = perFact.get(c.factKey) ?? [];
		// A card may ask for a whole list or cause that a cloze asks one piece of; otherwise a fact
		// is asked once, whatever the type (a true/false on "3,000" tests what "How many" tests).
		const same = asked.find(
			(o) => !(DEEPER.test(r.kind) && (o.type === 'flashcard') !== (c.type === 'flashcard'))
		);
		if (same) return `duplicate: fact already asked by ${quoteOf(same)}`;
		if (asked.length >= 2) return 'duplicate: fact already asked twice';
		// Cards ask about a sentence differently (a list, a cause, a person): they have their own cap.
		const key = c.type === 'flashcard' ? -1 - c.sourceSentence : c.sourceSentence;
		if ((perSentence.get(key) ?? 0) >= (c.type === 'flashcard' ? 2 : sentenceCap))
			return 'lower score: its sentence already has its questions';
		if (c.type === 'cloze' && (perType.get('cloze') ?? 0) >= clozeCap) return 'cap: cloze share';
		// The lead is the story's main fact: its statement as written may pass the cap.
		const leadUnasked =
			c.sourceSentence === 0 && !chosen.some((o) => o.candidate.sourceSentence === 0);
		if (
			r.verbatim &&
			!leadUnasked &&
			verbatimTrue + 1 > MAX_VERBATIM_TRUE_SHARE * (trueCount + 1) &&
			chosen.length > 0
		)
			return 'cap: verbatim true statements';
		if (typeCapped && (perType.get(c.type) ?? 0) >= quota(c.type)) return `cap: ${c.type} quota`;
		return null;
	};
	const tryTake = (r: Ranked, sentenceCap: number, typeCapped: boolean): boolean => {
		const why = refusal(r, sentenceCap, typeCapped);
		if (why) {
			if (why !== 'chosen') reasons.set(r.candidate, why);
			return false;
		}
		const c = r.candidate;
		chosen.push(r);
		taken.add(c);
		reasons.delete(c);
		prompts.add(keys.get(c) ?? '');
		const key = c.type === 'flashcard' ? -1 - c.sourceSentence : c.sourceSentence;
		perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
		perFact.set(c.factKey, [...(perFact.get(c.factKey) ?? []), c]);
		perType.set(c.type, (perType.get(c.type) ?? 0) + 1);
		if (c.type === 'truefalse' && c.answer === 'true') trueCount += 1;
		if (r.verbatim) verbatimTrue += 1;
		return true;
	};

	for (const r of seeded) tryTake(r, Infinity, false);
	// Coverage: the most salient sentences first, one question each.
	const bySentence = new Map<number, Ranked[]>();
	for (const r of pool) {
		const list = bySentence.get(r.candidate.sourceSentence) ?? [];
		list.push(r);
		bySentence.set(r.candidate.sourceSentence, list);
	}
	const order = [...bySentence.entries()].sort(
		(a, b) => (b[1][0]?.salience ?? 0) - (a[1][0]?.salience ?? 0) || a[0] - b[0]
	);
	// Among a sentence's near-best questions, the type furthest below its share goes first.
	const pickFor = (list: Ranked[], typeCapped: boolean): boolean => {
		const allowed = list.filter((r) => {
			const why = refusal(r, 1, typeCapped);
			if (why && why !== 'chosen') reasons.set(r.candidate, why);
			return why === null;
		});
		// A key sentence's fact is first asked as it is: a false statement would show the
		// learner a wrong figure for the one fact the article is about.
		const direct = allowed.filter((r) => !falseStatement(r) || r.salience < KEY_FACT_SALIENCE);
		const open = direct.length > 0 ? direct : allowed;
		const best = open[0];
		if (!best) return false;
		const fill = (r: Ranked) => (perType.get(r.candidate.type) ?? 0) / quota(r.candidate.type);
		const near = open.filter((r) => priority(r) >= NEAR_BEST * priority(best));
		const pick = near.reduce((a, b) => (fill(b) < fill(a) ? b : a));
		return tryTake(pick, 1, typeCapped);
	};
	for (const [, list] of order) {
		if (chosen.length >= max) break;
		if (pickFor(list, true)) continue;
		if ((list[0]?.salience ?? 0) >= KEY_SALIENCE) pickFor(list, false);
	}
	// Depth: each type in turn takes its best remaining question, preferring unused sentences.
	for (const [sentenceCap, typeCapped] of [
		[1, true],
		[2, true],
		[3, true],
		[3, false]
	] as Array<[number, boolean]>) {
		let progress = true;
		while (progress && chosen.length < max) {
			progress = false;
			for (const type of TYPES) {
				if (chosen.length >= max) break;
				const next = pool.find(
					(r) => r.candidate.type === type && tryTake(r, sentenceCap, typeCapped)
				);
				if (next) progress = true;
			}
		}
	}
	return { chosen, reasons };
}

/** Drops the weakest questions of an over-represented type until the mix is balanced. */
function rebalance(chosen: Ranked[], reasons: Map<Candidate, string>): Ranked[] {
	let kept = [...chosen];
	const drop = (
		type: QuestionType,
		limit: (n: number) => number,
		first?: (r: Ranked) => boolean,
		only: (r: Ranked) => boolean = () => true
	) => {
		const all = kept.filter((r) => r.candidate.type === type);
		const ofType = all.filter(only);
		// One question of the lead sentence goes last, the fact as it is before a false statement
		// of it: the lead is the story's main fact.
		const lead = ofType
			.filter((r) => r.candidate.sourceSentence === 0)
			.sort(
				(a, b) =>
					Number(b.candidate.answer === 'true') - Number(a.candidate.answer === 'true') ||
					priority(b) - priority(a)
			)[0];
		ofType.sort(
			(a, b) =>
				Number(first?.(b) ?? false) - Number(first?.(a) ?? false) ||
				Number(a === lead) - Number(b === lead) ||
				priority(a) - priority(b)
		);
		let count = all.length;
		const leadOnly = (r: Ranked) =>
			r === lead && kept.filter((k) => k.candidate.sourceSentence === 0).length === 1;
		for (const weakest of ofType) {
			if (count <= limit(kept.length)) break;
			// The lead's one question stays: a set that skips the story's main fact misses it.
			if (leadOnly(weakest)) continue;
			kept = kept.filter((r) => r !== weakest);
			reasons.set(weakest.candidate, `cap: ${type} share of the set`);
			count -= 1;
		}
	};
	drop('cloze', clozeAllowance);
	// Statements may fill what other types cannot, up to a set of STATEMENTS_FILL_TO, but copied
	// ones go before trimmed ones.
	const others = kept.filter((r) => r.candidate.type !== 'truefalse').length;
	if (others >= 4) {
		drop(
			'truefalse',
			(n) => Math.max(2, Math.floor(MAX_TRUEFALSE_SHARE * n), STATEMENTS_FILL_TO - others),
			(r) => r.verbatim
		);
		// Past their share, only statements that name their subject fill the set: "The Briton
		// was jailed ..." needs the article to say who.
		drop(
			'truefalse',
			(n) => Math.max(2, Math.floor(MAX_TRUEFALSE_SHARE * n)),
			(r) => r.verbatim,
			(r) => unnamedSubject(r.candidate.prompt)
		);
	}
	return kept;
}
