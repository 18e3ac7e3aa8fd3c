// The fallback where no rewrite is safe: a cloze on the statement cut to its clause
// (questions/trim.ts), blanking one informative entity or number that it names once.
import type { Fact } from '../facts/types';
import type { Token } from '../tokens';
import { asStatement, renderPieces } from '../render';
import { quotesSpeech } from '../text';
import type { SentenceContext } from '../wh';
import { acceptFor, BLANK, MOST_CLOZE_WORDS, singleAnswer } from './cloze';
import { factKey, type BuildContext, type Candidate } from './candidate';
import type { Trim } from './trim';

const KINDS = new Set(['quantity', 'year', 'month', 'person', 'place', 'org', 'term']);

/** "his"/"her" with exactly one person named before it in the window, and none after. */
function ownerAfterName(tokens: readonly Token[], from: number, i: number): boolean {
	if (!/^(?:his|her)$/.test(tokens[i]?.normal ?? '')) return false;
	let names = 0;
	for (let k = from; k < i; k += 1) {
		const person = tokens[k]?.tags.has('Person') ?? false;
		if (person && !(tokens[k - 1]?.tags.has('Person') ?? false)) names += 1;
	}
	return names === 1;
}

function inside(fact: Fact, range: Trim): boolean {
	return fact.from >= range.from && fact.to <= range.to;
}

export function fallbackClozes(
	ctx: SentenceContext,
	facts: readonly Fact[],
	range: Trim,
	build: BuildContext
): Candidate[] {
	const start = ctx.clause ? ctx.clause.introStart : 0;
	// Only cuts: a cloze shows the sentence's own words ("these soldiers" stays unresolved),
	// except an owner's "his" after the one name it can mean ("Lee hurt his knee").
	const { tokens } = ctx.sentence;
	const kept = new Map<number, string>();
	for (let i = range.from; i < range.to; i += 1) {
		const replacement = ctx.referents.replace.get(i);
		const changed = replacement !== undefined && replacement !== '';
		if (!changed && !ctx.referents.unresolved.has(i)) continue;
		// "cross it" after the noun it means, when the window keeps the sentence's start.
		const local = ctx.referents.local.has(i) && range.from <= start;
		if (!local && !ownerAfterName(tokens, range.from, i)) return [];
		kept.set(i, tokens[i]?.text ?? '');
	}
	const referents = kept.size
		? {
				...ctx.referents,
				replace: new Map([...ctx.referents.replace, ...kept]),
				unresolved: new Set([...ctx.referents.unresolved].filter((i) => !kept.has(i)))
			}
		: ctx.referents;
	const rendered = renderPieces(tokens, referents, [range]);
	if (!rendered || quotesSpeech(rendered.text)) return [];
	const text = asStatement(rendered.text);
	const words = text.split(' ').length;
	if (words < 6 || words > MOST_CLOZE_WORDS) return [];
	const out: Candidate[] = [];
	for (const fact of facts) {
		if (!KINDS.has(fact.kind) || !inside(fact, range) || fact.alias) continue;
		// One way to answer the blank, as for every cloze: no list member with rivals, no shared surname.
		if (!singleAnswer(ctx, fact, fact.from, fact.to, fact.answer, build)) continue;
		const at = text.indexOf(fact.answer);
		if (at < 0 || text.indexOf(fact.answer, at + 1) >= 0) continue;
		// A name said in several sentences is not pinned down by this one alone.
		if (fact.kind !== 'quantity' && build.mentions(fact.answer) > 3) continue;
		const accept = acceptFor(fact, fact.answer, build);
		out.push({
			type: 'cloze',
			prompt: text.slice(0, at) + BLANK + text.slice(at + fact.answer.length),
			answer: fact.answer,
			...(accept ? { accept } : {}),
			sourceSentence: fact.sentence,
			difficulty: 2,
			tags: [fact.kind, 'trimmed'],
			score: fact.weight - 0.1,
			factKey: factKey(fact)
		});
	}
	return out;
}
