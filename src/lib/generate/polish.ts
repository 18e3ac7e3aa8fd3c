// Repairs made before the gates, where a safe one exists: a person called by the half of a
// double-barrelled surname the article never uses alone gets the whole name back; a statement
// that opens on a link to the sentence before ("Therefore, ...") loses the link.
import type { Candidate } from './questions/candidate';

const DOUBLE_NAME = /\b([A-Z][a-z]+)-([A-Z][a-z]+)\b/g;

function escaped(word: string): string {
	return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word standing alone, not as one half of "Ridley-Thomas". */
function alone(word: string, flags = ''): RegExp {
	return new RegExp(`(?<![\\w-])${escaped(word)}(?![\\w-])`, flags);
}

/**
 * Each half of a double-barrelled name that the document never writes alone, with the whole
 * name: "Thomas" -> "Ridley-Thomas". A half shared by two such names has no one whole.
 */
export function wholeNames(text: string): Map<string, string> {
	const found = new Map<string, string | null>();
	for (const match of text.matchAll(DOUBLE_NAME)) {
		const [whole, first = '', second = ''] = match;
		for (const half of [first, second]) {
			const known = found.get(half);
			found.set(half, known === undefined || known === whole ? whole : null);
		}
	}
	const names = new Map<string, string>();
	for (const [half, whole] of found) if (whole && !alone(half).test(text)) names.set(half, whole);
	return names;
}

/** "Therefore, ...": connectives that say how a fact follows, never what it is. */
const CONNECTIVE =
	/^(?:Therefore|Thus|Hence|Consequently|Accordingly|Moreover|Furthermore|Additionally|Nevertheless|Nonetheless|Likewise|Similarly|As a result|In addition|In turn|Besides|Still|So|Instead|Indeed|In fact|Even so|After all|For instance|For example),\s+(?=\S)/;

/** "And 87% of ...", "But the ...": a conjunction joining the sentence to the one before. */
const LEADING_CONJUNCTION = /^(?:And|But|Yet|Plus) (?=[^\s,])/;

function opensOnLink(prompt: string): boolean {
	return CONNECTIVE.test(prompt) || LEADING_CONJUNCTION.test(prompt);
}

function withoutConnective(prompt: string): string {
	if (!opensOnLink(prompt)) return prompt;
	// "Yet - with gas prices near $2 - ..." once its "today" is cut: the dash goes as well.
	const rest = prompt
		.replace(CONNECTIVE, '')
		.replace(LEADING_CONJUNCTION, '')
		.replace(/^-+\s*/, '');
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * 'Tottenham said in a statement: "Jose has won 25 trophies.' -- the quotation runs on into
 * the next sentence, so this one never closes it. Attributed and ending here, it is closed.
 */
const OPEN_QUOTE =
	/\b(?:said|says|say|writes|wrote|added|adds|told [A-Z]?[\w ]{0,30}|stated|explained|statement)(?: [^"]{0,40})?[:,] "[^"]+[.!?]$/;

export function closedQuotation(prompt: string): string {
	return (prompt.match(/"/g) ?? []).length === 1 && OPEN_QUOTE.test(prompt) ? `${prompt}"` : prompt;
}

/**
 * "In which year did The U.S. eliminate measles?": the sentence's opening "The" kept its capital
 * when the question moved the subject after its verb. Not after "is" or "was": "Which country is
 * The big unknown?" is a rewrite gone wrong, which the grammar gate refuses for that capital.
 */
const MOVED_THE = /\b(did|does|do|has|have|had|will|would|can|could|should|may|might|must) The\b/g;

export function movedSubject(prompt: string): string {
	return prompt.replace(MOVED_THE, '$1 the');
}

interface FullName {
	full: string;
	/** A surname standing alone ("Straw", "Mr Straw"), not inside another name or a title. */
	mention: RegExp;
}

function fullNameRules(people: ReadonlyMap<string, string>): FullName[] {
	return [...people].map(([surname, full]) => ({
		full,
		mention: new RegExp(
			`(?<![A-Z][\\w.'-]* |\\b(?:the|a|an) )(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.? )?(?<![\\w-])${escaped(surname)}(?![\\w-])(?! [A-Z]| of\\b)`
		)
	}));
}

/**
 * "Where did Mr Straw speak?" -> "Where did Jack Straw speak?": in a question or statement, a
 * person's first mention is the full name the document gives (one full name per surname).
 * A cloze keeps the sentence's own words.
 */
function withFullNames(prompt: string, rules: readonly FullName[]): string {
	let out = prompt;
	for (const { full, mention } of rules) if (!out.includes(full)) out = out.replace(mention, full);
	return out;
}

/**
 * The repairs for one document, as a function of each candidate. `people` maps a surname to
 * the one full name the document gives it.
 */
export function polisher(
	text: string,
	people: ReadonlyMap<string, string> = new Map()
): (candidate: Candidate) => Candidate {
	const names = wholeNames(text);
	const fullNames = fullNameRules(people);
	const named = (value: string): string => {
		let out = value;
		for (const [half, whole] of names) out = out.replace(alone(half, 'g'), whole);
		return out;
	};
	return (candidate) => {
		const prompt =
			candidate.type === 'cloze'
				? closedQuotation(withoutConnective(named(candidate.prompt)))
				: candidate.type === 'truefalse'
					? closedQuotation(withFullNames(withoutConnective(named(candidate.prompt)), fullNames))
					: movedSubject(withFullNames(named(candidate.prompt), fullNames));
		const answer = named(candidate.answer);
		if (prompt === candidate.prompt && answer === candidate.answer && !candidate.options)
			return candidate;
		const options = candidate.options?.map(named);
		const accept = candidate.accept && [
			...new Set([...candidate.accept.map(named), ...candidate.accept])
		];
		// A cloze without its opening link is a cut of its sentence, no longer the whole of it.
		const cut =
			candidate.type === 'cloze' &&
			opensOnLink(candidate.prompt) &&
			!candidate.tags.includes('trimmed');
		return {
			...candidate,
			prompt,
			answer,
			...(cut ? { tags: [...candidate.tags, 'trimmed'] } : {}),
			...(options ? { options } : {}),
			...(accept ? { accept } : {})
		};
	};
}
