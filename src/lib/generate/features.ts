// Numbers that describe a candidate question, for the learned ranker (ranker-weights.json).
// Features only ever grow at the end of the list: fitted weights are matched by name.
import { mentionCount, type Analysis } from './analyse';
import type { Candidate } from './questions/candidate';
import { attributionBlank, sportsDetail, unattributedQuote } from './gates/trivia';
import { hasRelativeTime, unresolvedCount } from './gates/vague';
import { entityKey, isTopic } from './salience';

export const FEATURE_NAMES = [
	'type_mcq',
	'type_numeric',
	'type_cloze',
	'type_truefalse',
	'type_flashcard',
	'salience',
	'position',
	'lead',
	'kind_quantity',
	'kind_date',
	'kind_person',
	'kind_place',
	'kind_org',
	'kind_other',
	'answer_is_topic',
	'answer_in_title',
	'answer_words',
	'prompt_words',
	'tf_true',
	'tf_verbatim',
	'tf_trimmed',
	'dangling',
	'answer_mentions',
	'difficulty',
	'heuristic_score',
	'quote',
	'definite_unresolved',
	'relative_time',
	'quote_marks',
	'sports_detail',
	'attribution_blank'
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const RANKS = new WeakMap<Analysis, { rank: Map<number, number>; usable: number }>();

/** Position of each usable sentence among the usable ones (the lead is 0). */
function usableRanks(analysis: Analysis): { rank: Map<number, number>; usable: number } {
	let ranks = RANKS.get(analysis);
	if (!ranks) {
		const usable = analysis.sentences.filter((s) => s.usable);
		ranks = { rank: new Map(usable.map((s, i) => [s.index, i])), usable: usable.length };
		RANKS.set(analysis, ranks);
	}
	return ranks;
}

/** A true/false statement that is its source sentence word for word. */
export function isVerbatim(candidate: Candidate, analysis: Analysis): boolean {
	if (candidate.type !== 'truefalse') return false;
	const source = analysis.sentences[candidate.sourceSentence]?.text ?? '';
	return normalise(candidate.prompt) === normalise(source);
}

/** "it", "they", "these soldiers", "the agreement" at the start: a referent the prompt lacks. */
const DANGLING =
	/^(?:it|its|they|their|them|he|his|she|her|this|these|those|that|such)\b|\b(?:it|they|he|she|these|those|this)\b/i;

const KINDS: Record<string, FeatureName> = {
	quantity: 'kind_quantity',
	year: 'kind_date',
	month: 'kind_date',
	person: 'kind_person',
	place: 'kind_place',
	org: 'kind_org',
	source: 'kind_org'
};

export function candidateFeatures(candidate: Candidate, analysis: Analysis): number[] {
	const values = new Map<FeatureName, number>();
	values.set(`type_${candidate.type}` as FeatureName, 1);
	const salience = analysis.salience.sentence[candidate.sourceSentence] ?? 0;
	values.set('salience', salience);
	const { rank: ranks, usable } = usableRanks(analysis);
	const rank = ranks.get(candidate.sourceSentence) ?? -1;
	values.set('position', usable > 1 && rank >= 0 ? rank / (usable - 1) : 0);
	values.set('lead', rank >= 0 && rank < 2 ? 1 : 0);
	const kind = candidate.tags[0] ?? '';
	values.set(KINDS[kind] ?? 'kind_other', 1);
	const recall = candidate.type !== 'truefalse';
	const title = analysis.title ?? '';
	values.set('answer_is_topic', recall && isTopic(candidate.answer, analysis.salience) ? 1 : 0);
	const key = entityKey(candidate.answer);
	values.set(
		'answer_in_title',
		recall && key.length > 1 && ` ${entityKey(title)} `.includes(` ${key} `) ? 1 : 0
	);
	values.set('answer_words', recall ? candidate.answer.split(/\s+/).length : 0);
	values.set('prompt_words', candidate.prompt.split(/\s+/).length);
	values.set('tf_true', candidate.type === 'truefalse' && candidate.answer === 'true' ? 1 : 0);
	const verbatim = isVerbatim(candidate, analysis);
	values.set('tf_verbatim', verbatim ? 1 : 0);
	values.set('tf_trimmed', candidate.tags.includes('trimmed') ? 1 : 0);
	values.set('dangling', DANGLING.test(candidate.prompt.replace(/_____/g, '')) ? 1 : 0);
	values.set(
		'answer_mentions',
		recall ? Math.min(5, mentionCount(analysis, candidate.answer.replace(/\.$/, ''))) : 0
	);
	values.set('difficulty', candidate.difficulty);
	values.set('heuristic_score', candidate.score);
	values.set('quote', /["“”]/.test(candidate.prompt) ? 1 : 0);
	const text = candidate.prompt;
	values.set('definite_unresolved', unresolvedCount(text));
	values.set('relative_time', hasRelativeTime(text) ? 1 : 0);
	const marks = (text.match(/["“”]/g) ?? []).length;
	values.set('quote_marks', marks % 2 === 1 || unattributedQuote(text) ? 1 : 0);
	values.set('sports_detail', sportsDetail(text) ? 1 : 0);
	values.set('attribution_blank', candidate.type === 'cloze' && attributionBlank(text) ? 1 : 0);
	return FEATURE_NAMES.map((name) => values.get(name) ?? 0);
}
