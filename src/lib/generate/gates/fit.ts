// Whether the answer fits the slot it is asked for: a blank that takes the whole name and only
// the name, a "Who is ...?" card about a person, a card front that names something specific.

export interface FitInput {
	type: string;
	prompt: string;
	answer: string;
}

/** Name particles and initials that belong to the surname after them: "De _____", "J. _____". */
const NAME_HEAD =
	/(?:^|[\s("])(?:[A-Z]\.|De|Da|Di|Du|Del|Della|Der|Van|Von|Le|La|Mc|Mac|Al|El|Bin|Ibn|St\.?) _____/;

/** "Justice of the _____", "Bank of _____": the blank takes the tail of a capitalised name. */
const NAME_TAIL = /\b[A-Z][a-z]+ of (?:the )?_____/;

/** "Ridley-_____", "_____-Thomas": half of a hyphenated name. */
const HYPHENATED = /[A-Za-z]-_____|_____-[A-Z]/;

/** "_____. PAUL, Minn.", "ST. _____, Minn.": a dateline in capitals. */
const DATELINE = /^_____\.? [A-Z]{2,}(?: [A-Z]{2,})*,|^[A-Z]{2,}\.? _____(?: [A-Z]{2,})*,/;

/** Words no person's name holds: "Who is Your Hand Texas?" asks about a phrase. */
const NOT_IN_A_NAME =
	/\b(?:Your|My|Our|Their|His|Her|Its|We|You|This|That|These|Those|The|A|An|And|Or|For|With|From|Is|Are|Was)\b/;

/** "a _____." answered with a name: an article before a proper noun reads broken. */
const ARTICLE_BEFORE_BLANK =
	/\b(?:a|an) _____(?=[.,;:!?"]|$| (?:in|on|at|to|for|with|as|and|or|by|from|after|before|who|which|that|was|is)\b)/;

/** Why the answer does not fit the slot it is asked for, or null. */
export function fitProblem(candidate: FitInput): string | null {
	const { type, prompt, answer } = candidate;
	if (type === 'cloze') {
		if (DATELINE.test(prompt) && /^[A-Z]{2,}\.?$/.test(answer)) return 'trivia: dateline';
		if (NAME_HEAD.test(prompt) || HYPHENATED.test(prompt))
			return 'trivia: the blank cuts a name in half';
		if (NAME_TAIL.test(prompt) && /^[A-Z]/.test(answer))
			return 'ungrammatical: the blank takes the tail of a name';
		if (ARTICLE_BEFORE_BLANK.test(prompt) && /^[A-Z][a-z]/.test(answer))
			return 'ungrammatical: an article before a name';
	}
	if (type === 'flashcard') {
		const who = /^Who (?:is|was) (.+)\?$/.exec(prompt)?.[1];
		if (who && NOT_IN_A_NAME.test(who.replace(/^The /, '')))
			return 'ungrammatical: "Who is" about a phrase that is no name';
		// "What is winter?": a common word asked for its meaning, out of the article's context.
		if (/^What (?:is|are|was|were) (?:an? )?[a-z][a-z-]*\?$/.test(prompt))
			return 'vague: a bare common word';
	}
	return null;
}
