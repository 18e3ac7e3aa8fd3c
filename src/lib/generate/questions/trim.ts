// Safe cuts that let a news sentence stand alone: a dateline ("LONDON (AP) -"), a weekday the
// reader cannot date ("was accused Wednesday of"), a trailing attribution (", officials said")
// or a trailing participle phrase (", reinforcing ..."). The fact itself is never cut.
import type { Referents } from '../referents';
import type { Token } from '../tokens';
import type { SentenceContext } from '../wh';

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const CONNECTIVES = /^(?:however|meanwhile|moreover|furthermore|also|and|but)$/;
/** A tail that starts a clause of its own is content, not attribution. */
const CLAUSE_START = /^(?:and|but|or|which|who|whom|whose|while|although|though|because|as|if)$/;

/** Verbs of a trailing attribution (", officials said."); not "found" or "showed". */
const ATTRIBUTION =
	/^(?:said|says|told|tells|announced|announces|added|adds|reported|reports|stated|states|confirmed|confirms|noted|notes|suggests|suggested|explained|wrote|writes)$/;

export interface Trim {
	/** Token range of the statement. */
	from: number;
	to: number;
}

/** "LONDON (AP) -", "DUBAI, United Arab Emirates -": upper-case place and agency, then a dash. */
function datelineEnd(tokens: readonly Token[]): number {
	for (let i = 0; i < Math.min(tokens.length - 4, 6); i += 1) {
		if (/\s[-–—]\s/.test(tokens[i]?.post ?? '') || /^[-–—]$/.test(tokens[i + 1]?.text ?? '')) {
			const head = tokens.slice(0, i + 1);
			const caps = /^[A-Z]{2,}/.test(tokens[0]?.text ?? '');
			return caps && head.every((t) => /^[(A-Z]/.test(t.text)) ? i + 1 : 0;
		}
	}
	return 0;
}

/** "Narasimhan says he plans ...", "Blue Origin said it is ...": the speaker named just before. */
function speakerPronoun(ctx: SentenceContext, i: number): boolean {
	const { tokens } = ctx.sentence;
	const clause = ctx.clause;
	const token = tokens[i];
	if (!clause || !token || clause.verb < 0 || i <= clause.verb || i > clause.verb + 2) return false;
	if (!ATTRIBUTION.test(tokens[clause.verb]?.normal ?? '')) return false;
	if (i === clause.verb + 2 && tokens[clause.verb + 1]?.normal !== 'that') return false;
	const subject = tokens.slice(clause.subjectStart, clause.subjectEnd);
	if (!subject.some((t) => /^[A-Z]/.test(t.text) && t.tags.has('ProperNoun'))) return false;
	const person = subject.some((t) => t.tags.has('Person'));
	if (token.normal === 'he' || token.normal === 'she') return person;
	return token.normal === 'it' && !person;
}

/** "Leonard made 13 of his 15 shots": one person named before "his", and nobody else. */
function ownersOnlyName(ctx: SentenceContext, i: number): boolean {
	const { tokens } = ctx.sentence;
	if (!/^(?:his|her)$/.test(tokens[i]?.normal ?? '') || !ctx.referents.local.has(i)) return false;
	let names = 0;
	for (let k = 0; k < i; k += 1) {
		const person = tokens[k]?.tags.has('Person') ?? false;
		if (person && !(tokens[k - 1]?.tags.has('Person') ?? false)) names += 1;
	}
	const after = tokens.slice(i + 1).some((t) => t.tags.has('Person'));
	return names === 1 && !after;
}

/**
 * The context as questions should read it: undatable weekdays dropped ("on Friday" -> ""), a
 * dateline dropped, "US" known as a country and a speaker's "he said he ..." known as the speaker.
 * The context unchanged when none applies.
 */
export function readableContext(ctx: SentenceContext): SentenceContext {
	const { tokens } = ctx.sentence;
	const dateline = datelineEnd(tokens);
	const weekdays: number[] = [];
	const known: number[] = [];
	for (const i of ctx.referents.unresolved) {
		const token = tokens[i];
		if (!token) continue;
		if (WEEKDAYS.test(token.normal) && !/['’]/.test(token.text + token.post)) weekdays.push(i);
		else if (token.text === 'US' || speakerPronoun(ctx, i) || ownersOnlyName(ctx, i)) known.push(i);
	}
	if (weekdays.length === 0 && known.length === 0 && dateline === 0) return ctx;
	const referents: Referents = {
		...ctx.referents,
		replace: new Map(ctx.referents.replace),
		unresolved: new Set(ctx.referents.unresolved)
	};
	for (let i = 0; i < dateline; i += 1) referents.replace.set(i, '');
	for (const i of known) referents.unresolved.delete(i);
	for (const i of weekdays) {
		// "in Tuesday's debate" keeps its weekday (excluded above); "on Friday," loses both words.
		// Only an adverb of time can go: "on Friday", "was accused Wednesday of", "said Thursday";
		// "entering Thursday" or "until Friday" would lose an object.
		const before = tokens[i - 1];
		const after = tokens[i + 1];
		if (after && /^(?:night|morning|afternoon|evening)$/.test(after.normal)) continue;
		const on = before?.normal === 'on';
		const afterVerb =
			before !== undefined &&
			!/[,;:]/.test(before.post) &&
			(before.tags.has('PastTense') || ATTRIBUTION.test(before.normal)) &&
			!before.tags.has('Gerund');
		if (!on && !afterVerb) continue;
		referents.unresolved.delete(i);
		referents.replace.set(i, '');
		if (on) referents.replace.set(i - 1, '');
	}
	return { ...ctx, referents };
}

/** Start of the statement: after the dateline, keeping a fronted phrase, dropping "However,". */
function statementFrom(ctx: SentenceContext): number {
	const { tokens } = ctx.sentence;
	let from = ctx.clause ? ctx.clause.introStart : 0;
	while (ctx.referents.replace.get(from) === '' && from < tokens.length - 1) from += 1;
	const first = tokens[from];
	if (first && /,/.test(first.post) && CONNECTIVES.test(first.normal)) from += 1;
	return from;
}

/** End of the statement without a trailing ", X said ..." or ", according to ...". */
function attributionStart(tokens: readonly Token[], to: number): number {
	for (let k = to - 2; k >= Math.max(3, to - 17); k -= 1) {
		if (!/,/.test(tokens[k]?.post ?? '')) continue;
		const tail = tokens.slice(k + 1, to);
		if (CLAUSE_START.test(tail[0]?.normal ?? '')) return to;
		const first = tail[0];
		const reporting =
			(first?.normal === 'according' && tail[1]?.normal === 'to') ||
			(first !== undefined &&
				!first.tags.has('Verb') &&
				!first.tags.has('Preposition') &&
				first.normal !== 'to' &&
				tail.some((t, j) => ATTRIBUTION.test(t.normal) && tail[j - 1]?.normal !== 'to'));
		// Only a tail that is nothing but the attribution: no other comma inside it.
		if (reporting && !tail.slice(0, -1).some((t) => /[,;:]/.test(t.post))) return k + 1;
		return to;
	}
	return to;
}

/** End of the statement without a trailing ", reinforcing ..." participle phrase. */
function participleStart(tokens: readonly Token[], from: number, to: number): number {
	for (let k = to - 2; k >= from + 7; k -= 1) {
		if (!/,/.test(tokens[k]?.post ?? '')) continue;
		const next = tokens[k + 1];
		return next && next.tags.has('Gerund') && !/,/.test(next.post) ? k + 1 : to;
	}
	return to;
}

/** The statement range with the safe cuts applied, or null when nothing can be cut. */
export function trimmedStatement(ctx: SentenceContext): Trim | null {
	const { tokens } = ctx.sentence;
	const from = statementFrom(ctx);
	let to = attributionStart(tokens, tokens.length);
	to = participleStart(tokens, from, to);
	if (to >= tokens.length || to - from < 6) return null;
	return { from, to };
}
