// A cloze that brings its sentence before it: "The portable console will retail for _____" says
// which console only after the sentence that names it. Where a sentence's one gap is who or what
// its subject is, the cloze shows the sentence before, and the pair reads on its own.
import type { Fact } from '../facts/types';
import { hasRelativeTime, vagueReason } from '../gates/vague';
import { quotesSpeech, withoutRelativeTime } from '../text';
import type { SentenceContext } from '../wh';
import { factKey, type BuildContext, type Candidate } from './candidate';
import { acceptFor, BLANK, MOST_CLOZE_WORDS, selfContained, singleAnswer } from './cloze';

const KINDS = new Set(['quantity', 'year', 'month', 'person', 'place', 'org', 'term']);
/** Most words of the two sentences together (the one asked is a cloze: MOST_CLOZE_WORDS). */
const MOST_TOGETHER = 80;

/** Tag of a cloze that shows the sentence before its own. */
export const WITH_CONTEXT = 'context';

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The sentence leaves only its subject to the sentence before ("The console ...", "It ..."): no
 * reference past its subject points elsewhere, and on its own it reads as vague.
 */
function onlySubjectOpen(ctx: SentenceContext): boolean {
	const { clause, referents } = ctx;
	const changed = [...referents.replace.values()].some((text) => text !== '');
	if (changed) return false;
	const open = [...referents.unresolved].filter(
		(i) => !referents.firstPerson.has(i) && !referents.local.has(i)
	);
	const from = clause?.subjectStart ?? 0;
	const to = clause?.subjectEnd ?? 3;
	// "She risks ... if she attempts ...": the subject's pronoun again later is the same person.
	const { tokens } = ctx.sentence;
	const family = (i: number) => PRONOUN_FAMILY.get(tokens[i]?.normal ?? '');
	const subjectFamilies = new Set(
		open
			.filter((i) => i >= from && i < to)
			.map(family)
			.filter(Boolean)
	);
	if (!open.every((i) => (i >= from && i < to) || subjectFamilies.has(family(i)))) return false;
	const vague = vagueReason(ctx.sentence.text);
	return open.length > 0 || vague === 'unnamed subject' || vague === 'unresolved reference';
}

/** Pronouns that point at one referent: the subject's "she" and a later "her" are one person. */
const PRONOUN_FAMILY = new Map(
	Object.entries({
		he: 'he',
		him: 'he',
		his: 'he',
		she: 'she',
		her: 'she',
		hers: 'she',
		it: 'it',
		its: 'it',
		they: 'they',
		them: 'they',
		their: 'they'
	})
);

const NAMED = new Set(['person', 'place', 'org', 'term']);

/**
 * The sentence before, when it reads on its own and names someone or something the next one can
 * mean ("Inflation has since been tamed." names no currency for "The currency ..." to be).
 */
function usableBefore(ctx: SentenceContext | undefined, facts: readonly Fact[]): string | null {
	if (!ctx || !ctx.sentence.usable || !selfContained(ctx)) return null;
	const text = ctx.sentence.text;
	if (/["“”?]/.test(text) || vagueReason(text) !== null) return null;
	const names = facts.some((f) => f.sentence === ctx.sentence.index && NAMED.has(f.kind));
	return names ? text : null;
}

export function contextClozes(
	ctx: SentenceContext,
	facts: readonly Fact[],
	build: BuildContext
): Candidate[] {
	const index = ctx.sentence.index;
	if (index < 1 || !ctx.sentence.usable || !onlySubjectOpen(ctx)) return [];
	const before = usableBefore(build.contexts[index - 1], build.facts);
	const text = ctx.sentence.text;
	if (!before || quotesSpeech(text) || /["“”]/.test(text)) return [];
	if (words(text) > MOST_CLOZE_WORDS || words(before) + words(text) > MOST_TOGETHER) return [];
	const out: Candidate[] = [];
	for (const fact of facts) {
		if (!KINDS.has(fact.kind) || fact.alias) continue;
		if (!singleAnswer(ctx, fact, fact.from, fact.to, fact.answer, build)) continue;
		const at = fact.start;
		if (text.slice(at, at + fact.answer.length) !== fact.answer) continue;
		// The blank's answer shown by the sentence before, or twice in its own: no blank at all.
		if (before.toLowerCase().includes(fact.answer.toLowerCase())) continue;
		if (text.indexOf(fact.answer, at + 1) >= 0 || text.indexOf(fact.answer) < at) continue;
		if (fact.kind !== 'quantity' && build.mentions(fact.answer) > 3) continue;
		// "On Wednesday, the company began ...": an undated day goes, as in a statement; a time
		// that cannot go ("... away to _____ on Saturday" with no other reading) refuses the pair.
		const asked = `${text.slice(0, at)}${BLANK}${text.slice(at + fact.answer.length)}`;
		const prompt = `${withoutRelativeTime(before)} ${withoutRelativeTime(asked)}`;
		if (!prompt.includes(BLANK) || hasRelativeTime(prompt)) continue;
		const accept = acceptFor(fact, fact.answer, build);
		out.push({
			type: 'cloze',
			prompt,
			answer: fact.answer,
			...(accept ? { accept } : {}),
			sourceSentence: index,
			difficulty: 2,
			tags: [fact.kind, WITH_CONTEXT],
			score: fact.weight - 0.2,
			factKey: factKey(fact)
		});
	}
	return out;
}
