// A cloze that brings its sentence before it: "The portable console will retail for _____" says
// which console only after the sentence that names it. Where a sentence's one gap is who or what
// its subject is, the cloze shows the sentence before, and the pair reads on its own.
import type { Fact } from '../facts/types';
import { hasRelativeTime, vagueReason } from '../gates/vague';
import { quotesSpeech } from '../text';
import type { SentenceContext } from '../wh';
import { factKey, type BuildContext, type Candidate } from './candidate';
import { acceptFor, BLANK, selfContained, singleAnswer } from './cloze';

const KINDS = new Set(['quantity', 'year', 'month', 'person', 'place', 'org', 'term']);
/** Most words of the sentence asked, and of the two sentences together. */
const MOST_WORDS = 40;
const MOST_TOGETHER = 60;

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
	if (!open.every((i) => i >= from && i < to)) return false;
	const vague = vagueReason(ctx.sentence.text);
	return open.length > 0 || vague === 'unnamed subject' || vague === 'unresolved reference';
}

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
	// "... away to _____ on Saturday": a cloze of the sentence whole keeps an undated day.
	if (hasRelativeTime(text) || hasRelativeTime(before)) return [];
	if (words(text) > MOST_WORDS || words(before) + words(text) > MOST_TOGETHER) return [];
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
		const accept = acceptFor(fact, fact.answer, build);
		out.push({
			type: 'cloze',
			prompt: `${before} ${text.slice(0, at)}${BLANK}${text.slice(at + fact.answer.length)}`,
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
