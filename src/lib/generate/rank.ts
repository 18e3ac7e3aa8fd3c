// Chooses the set: best questions first, a balanced mix of types, spread over the document.
import type { QuestionType } from '../types';
import { promptKey } from './filters';
import type { Candidate } from './questions/candidate';

// Numeric goes first so that it gets a quantity before mcq asks the same question.
const SHARE: Record<QuestionType, number> = {
	numeric: 0.1,
	mcq: 0.3,
	cloze: 0.2,
	truefalse: 0.17,
	flashcard: 0.23
};
const TYPES = Object.keys(SHARE) as QuestionType[];

function byScore(a: Candidate, b: Candidate): number {
	return (
		b.score - a.score ||
		a.sourceSentence - b.sourceSentence ||
		(a.prompt < b.prompt ? -1 : a.prompt > b.prompt ? 1 : 0)
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
	if (
		a.answer.toLowerCase().replace(/^the\s+/, '') !== b.answer.toLowerCase().replace(/^the\s+/, '')
	) {
		return false;
	}
	const x = wordSet(a);
	const y = wordSet(b);
	const shared = [...x].filter((w) => y.has(w)).length;
	return shared / Math.max(1, Math.min(x.size, y.size)) >= 0.7;
}

export function selectQuestions(candidates: readonly Candidate[], max: number): Candidate[] {
	const pool = [...candidates].sort(byScore);
	const keys = new Map(pool.map((c) => [c, promptKey(c.prompt)]));
	const chosen: Candidate[] = [];
	const taken = new Set<Candidate>();
	const prompts = new Set<string>();
	const perSentence = new Map<number, number>();
	const perFact = new Map<string, Set<QuestionType>>();
	const perType = new Map<QuestionType, number>();
	const quota = (type: QuestionType) => Math.max(1, Math.ceil(SHARE[type] * max));

	const allowed = (c: Candidate, sentenceCap: number, typeCapped: boolean): boolean => {
		if (taken.has(c) || prompts.has(keys.get(c) ?? '')) return false;
		if (chosen.some((other) => nearDuplicate(other, c))) return false;
		// Cards ask about a sentence differently (a list, a cause, a person): they have their own cap.
		const key = c.type === 'flashcard' ? -1 - c.sourceSentence : c.sourceSentence;
		if ((perSentence.get(key) ?? 0) >= (c.type === 'flashcard' ? 2 : sentenceCap)) return false;
		const asked = perFact.get(c.factKey);
		if (asked && (asked.has(c.type) || asked.size >= 2)) return false;
		if (typeCapped && (perType.get(c.type) ?? 0) >= quota(c.type)) return false;
		return true;
	};
	const take = (c: Candidate) => {
		chosen.push(c);
		taken.add(c);
		prompts.add(keys.get(c) ?? '');
		const key = c.type === 'flashcard' ? -1 - c.sourceSentence : c.sourceSentence;
		perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
		perFact.set(c.factKey, new Set([...(perFact.get(c.factKey) ?? []), c.type]));
		perType.set(c.type, (perType.get(c.type) ?? 0) + 1);
	};
	// Rounds: each type in turn takes its best remaining question, preferring unused sentences.
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
				const next = pool.find((c) => c.type === type && allowed(c, sentenceCap, typeCapped));
				if (next) {
					take(next);
					progress = true;
				}
			}
		}
	}
	return rebalance(chosen);
}

/** Most cap: a short document yields more clozes and statements than anything else. */
const MOST: Partial<Record<QuestionType, number>> = { cloze: 0.4, truefalse: 0.3 };

/** Drops the weakest questions of an over-represented type until the mix is balanced. */
function rebalance(chosen: Candidate[]): Candidate[] {
	// Without enough other questions there is nothing to balance against.
	if (chosen.filter((c) => MOST[c.type] === undefined).length < 4) return chosen;
	let kept = [...chosen];
	for (const [type, share] of Object.entries(MOST) as Array<[QuestionType, number]>) {
		const ofType = kept.filter((c) => c.type === type).sort((a, b) => a.score - b.score);
		let count = ofType.length;
		for (const weakest of ofType) {
			if (count <= 2 || count <= share * kept.length) break;
			kept = kept.filter((c) => c !== weakest);
			count -= 1;
		}
	}
	return kept;
}
