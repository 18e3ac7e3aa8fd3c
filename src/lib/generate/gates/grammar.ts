// Last check on the English of every rewritten question, statement and card back: a question
// that reads broken is dropped, never repaired. Cheap text rules; compromise only for the rare
// shapes that need tags.
import nlp from 'compromise';

const WH_START =
	/^(?:(?:In|On|At|To|From|By|With|For|Since|During|Into|Near|Across|Over)\s+)?(?:Who|Whom|What|Which|When|Where|Why|How)\b/i;

/** A determiner written with a capital mid-sentence: "does The opposition bloc hold ...". */
function capitalDeterminer(text: string): boolean {
	for (const match of text.matchAll(/ (?:The|A|An) (?=[a-z])/g)) {
		const before = text.slice(0, match.index).trimEnd();
		if (!/[.!?:;"(-]$/.test(before)) return true;
	}
	return false;
}

/** "... of the unicameral legislature's?": a possessive with nothing owned after it. */
function danglingPossessive(text: string): boolean {
	return (
		/\w'(?:s)?\s*(?:[?.!,;:)]|$)/.test(text) ||
		/\w's\s+(?:and|or|of|to|in|on|at|for|with|by|from|is|are|was|were|has|have)\b/.test(text) ||
		// "ordered the capture of its in January": the name after "its" became the answer.
		/\b(?:its|their|our|your|my)\s*(?:[?.!,;:)]|$|(?:and|or|of|to|in|on|at|for|with|by|from|is|are|was|were|has|have)\b)/i.test(
			text
		)
	);
}

/** "Which group did the staff create what they call?": a "what" after the question's own. */
function secondWhat(text: string): boolean {
	const own = /\b(?:who|whom|what|which|when|where|why|how)\b/i.exec(text);
	if (!own) return false;
	const rest = text.slice(own.index + own[0].length).split('"')[0] ?? '';
	return /\bwhat\b/i.test(rest);
}

/** "deploying search and, according to ...": a list cut after its "and". */
const CUT_COORDINATION = /\b(?:and|or|nor)\s*(?:[,;:?.!)]|$)/;

/** "By, Mitch McConnell declared ...": a preposition whose time was left out. */
const EMPTY_PREPOSITION =
	/(?:^|[\s"(])(?:By|On|In|At|Since|Until|From|During|After|Before|by|on|in|at|since|until|from|during)\s*,/;

/** Verbs after which "that" opens a clause that must have a verb of its own. */
const THAT_CLAUSE =
	/\b(?:found|finds|find|said|says|showed|shows|concluded|ruled|reported|noted|revealed|argued|claimed|warned|added|stated)\s+that\s+(.+?)[.!?]?$/;

/**
 * "The investigation found that complaints against Lawrence Nassar.": what was found lost its
 * verb (the cut took everything after an aside).
 */
function thatClauseWithoutVerb(text: string): boolean {
	const rest = THAT_CLAUSE.exec(text)?.[1];
	if (!rest || rest.includes('_____')) return false;
	return !nlp(rest).has('#Verb');
}

/**
 * "Who scored a try for Scotland but late scores from Hayes sealed victory?": the sentence's
 * other clause, after "but", left in the question.
 */
function butClauseLeftIn(text: string): boolean {
	const match = /^(?:Who|Which \w+|What)\b[^?"]*? but ([^?"]+)\?$/.exec(text);
	if (!match) return false;
	const rest = nlp(match[1] as string);
	// "... but not the title?", "... but only in Kelby?": no clause of its own.
	return rest.has('#Noun') && rest.has('#Verb') && !rest.has('^(?:not|only|also)');
}

/**
 * "In which year was after the Paris Climate Accord adopted?", "What did among the guests
 * cite?", "What did why has the league create?": no subject starts with a preposition or a
 * question word.
 */
function prepositionAsSubject(text: string): boolean {
	return /^(?:\S+\s+){0,5}?(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\s+(?:after|before|since|during|of|than|following|until|because|among|amid|short of|why|what|how|where|whether)\b/i.test(
		text
	);
}

/** "Why is the next round of tariffs?": a copula and a noun phrase, and no predicate. */
function predicateMissing(text: string): boolean {
	const match = /^Why (?:is|are|was|were) (.+)\?$/.exec(text);
	if (!match) return false;
	const rest = nlp(match[1] as string);
	// "Why is the harbour closed?" ends in a predicate; "... the second wave of sanctions?" does not.
	return !rest.has('#Verb') && rest.terms().last().has('#Noun');
}

/** "Pyongyang is not unwavering support": a negated copula before a bare noun phrase. */
function negatedNounPhrase(text: string): boolean {
	const match = /\b(?:is|are|was|were) not ((?:\w+ ){0,2}\w+)/.exec(text);
	if (!match) return false;
	const terms = nlp(match[1] as string).json() as Array<{ terms: Array<{ tags: string[] }> }>;
	const tags = terms.flatMap((s) => s.terms.map((t) => t.tags));
	const first = tags[0] ?? [];
	if (first.includes('Determiner') || first.includes('Verb') || first.includes('Preposition'))
		return false;
	const last = tags[tags.length - 1] ?? [];
	return last.includes('Noun') && !last.includes('Pronoun');
}

/**
 * "How many people did the blast kill two people and left missing?": after "did", a second
 * verb in the past tense joined by "and" belongs to a predicate the question cut in half.
 */
function secondPredicate(text: string): boolean {
	return /\b(?:did|does|do)\b.*\band (?:\w+ed|left|took|made|sent|gave|went|came|said|told|held|won|lost|fled|hit|began|saw|found|became|kept|brought)\b/.test(
		text
	);
}

/** "How many people did the blast kill two people ...?": the count is still in the question. */
function countLeftIn(text: string): boolean {
	const match =
		/\bhow many (?:\w+ )*?(\w+?)s? (?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b(.*)$/i.exec(
			text
		);
	if (!match) return false;
	const [, unit = '', rest = ''] = match;
	return new RegExp(
		`\\b(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands) (?:\\w+ )?${unit}s?\\b`,
		'i'
	).test(rest);
}

/** "How much did expenses include to acquire ...?", "How much did X include?": no quantity. */
const OBJECT_CUT =
	/\b(?:include|includes|included|contain|contains|contained|comprise|comprises|comprised|involve|involved) to [a-z]+|^How much did (?:(?!\b(?:cost|pay|spend|raise|earn|lose|borrow|owe)\b)[^?])* (?:include|contain|comprise)\b/;

/** Words in -ing that are nouns at the end of a question: "... the new building?". */
const ING_NOUNS =
	/^(?:building|meeting|funding|training|spending|housing|morning|evening|ceiling|wedding|thing|king|ring|spring|string|wing|painting|hearing|briefing|ruling|warning|offering|opening|setting|shooting|bombing|killing|uprising|landing|clothing|filing|listing|ranking|rating|reading|recording|pudding|sibling|darling|nothing|something|anything|everything|bring|sting|swing|sing|cling|fling|sling|wring|being)$/;

/** "with Charles Kennedy has claiming": a perfect auxiliary before a participle, a source typo. */
export function auxBeforeIng(text: string): boolean {
	for (const match of text.matchAll(/\b(?:has|have|had) ([a-z]{3,}ing)\b/g))
		if (!ING_NOUNS.test(match[1] as string)) return true;
	return false;
}

/** "... that the minister kept reiterating?": the question stops on a verb's participle, after an
 * auxiliary, a verb of aspect, a pronoun, an adverb or a preposition, with its object cut away. */
function participleEnd(text: string): boolean {
	const match = /(\S+) ([a-z]{3,}ing)\?$/.exec(text);
	if (!match) return false;
	const [, before = '', word = ''] = match;
	if (ING_NOUNS.test(word)) return false;
	return /^(?:is|are|was|were|be|been|am|kept|keep|keeps|started|starts|began|begin|stopped|stop|continued|continues|resumed|finished|avoided|he|she|they|it|we|you|him|them|[a-z]+ly|while|when|after|before|by|without|since|upon|from|of)$/i.test(
		before
	);
}

/** "the name of the bar is 'Oxy Pure.": a single quotation mark opened and never closed. */
function unclosedSingleQuote(text: string): boolean {
	const open = /(?:^|\s)'(?=[A-Z])/.exec(text);
	return open !== null && !text.slice(open.index + open[0].length).includes("'");
}

function unbalanced(text: string): boolean {
	if (unclosedSingleQuote(text)) return true;
	// "said: ''One thing ...": two single marks typed for a double one.
	const quotes = (text.replace(/''/g, '"').match(/"/g) ?? []).length;
	const opens = (text.match(/\(/g) ?? []).length;
	const closes = (text.match(/\)/g) ?? []).length;
	return quotes % 2 === 1 || opens !== closes;
}

/** "( )", ", ,", a space before a full stop: leftovers of a cut. */
function strayPunctuation(text: string): boolean {
	return /\(\s*\)|[,;:]\s*[,;:.?]|\s[,.;:?!](?!\d)|\.\.(?!\.)/.test(text.replace(/_____/g, 'X'));
}

/** Words that open a clause or a sentence, never a card's answer: "When Afghan President." */
const FRAGMENT_START =
	/^(?:when|however|but|and|or|meanwhile|while|although|though|if|after|before|since|so|whereas|unless|until|then|also)\b/i;
const FRAGMENT_END =
	/\b(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|which|who|whose|his|her|its|their|is|are|was|were)\.?$|\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt)\.?$/i;

/**
 * Pieces of a sentence that are not one: "Was the May vote ...", "To win the state.", "Not
 * unlike the last one.", "... and.".
 */
const STATEMENT_FRAGMENT =
	/^(?:Was|Were|Is|Are|Has|Have|Had|Did|Does|Do|Would|Could|Should|Might|Must)\b(?!.*\?$)|^Not (?:unlike|like)\b(?:(?!, ).)*$|^To [a-z]+\b(?:(?!, |\b(?:is|was|are|were|will|would|has|have|had|can|could|must|should|requires?|required|means?|meant)\b).)*$|\b(?:and|or|but|nor|the|a|an)[.!]$/;

/** "A big reason that China's air has cleared up.", "A sign of the anger ...": a noun phrase alone. */
const NOUN_PHRASE_ONLY =
	/^(?:A|An) (?:[a-z-]+ )?(?:reason|sign|example|symbol|reminder|testament|mark|result|consequence|measure|case) (?:that|why|of|for)\b[^,;:]*\.$/;

/** "Using three scenarios for sea levels 0.5, 1.0.": a participle phrase with no verb after it. */
const PARTICIPLE_ONLY =
	/^[A-Z][a-z]+ing (?:the|a|an|his|her|its|their|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:(?!\b(?:is|was|are|were|will|would|has|have|had|can|could|must|should|did|does|do|[a-z]{3,}ed)\b).)*$/;

/** "... for Europe the company.": an attribution whose comma and verb were cut away. */
const STRANDED_SOURCE =
	/\b[A-Z][a-z]+ the (?:company|firm|group|agency|ministry|government|report|statement|club|team|spokesman|spokeswoman|official|officials)\.$/;

/** Words for people that stand between a name and its verb: "Sabres captain Jack Eichel". */
const ROLE_WORDS =
	'captain|coach|manager|president|minister|chief|leader|star|striker|guard|forward|center|centre|defenseman|defender|goalkeeper|teammate|secretary|senator|governor|chairman|director|spokesman|official|rival|partner|founder|boss|player|winger|midfielder';
/** "Who did Norway beat Chile behind ...?": the object asked for is still after the verb. */
const OBJECT_LEFT_IN = new RegExp(
	`^(?:Who|Whom) (?:do|does|did) (?:[A-Z][\\w'-]*\\s){1,3}(?!(?:name|names|call|calls|make|makes|appoint|appoints|elect|elects|consider|considers|nominate|nominates|${ROLE_WORDS})\\b)[a-z]+ (?:the )?[A-Z][a-z]`
);

const QUESTION_END =
	/\b(?:the|a|an|and|or|but|that|which|whose|his|her|its|their|is|are|was|were)$/i;

/** "Who does not mention ...?": a negated who/what question has many true answers, or none. */
const NEGATED_QUESTION =
	/\b(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should)(?: not|n't)\b|\b(?:doesn't|don't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|won't|can't)\b/i;

/** "What said ...?", "What told ...?": a bare "What" as the subject of a person's verb. */
const WHAT_FOR_PERSON =
	/^What (?:(?:has|have|had) )?(?:said|says|told|tells|added|argued|stated|warned|claimed|insisted|explained|wrote|mentions?|mentioned|believes?|believed|thinks?|thought|urged|criticised|criticized|praised|accused|apologised|apologized|vowed|admitted|denied|denies)\b/;

/** "the _____ (ERAA)": the acronym beside the blank spells the answer out. */
const ACRONYM_BESIDE_BLANK = /_____\s*\(\s*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*\)|\([A-Z]{2,}\)\s*_____/;

/** "How many degrees did highs ... near 32.2 Celsius?": a measure still in the question. */
const MEASURE_LEFT_IN = /\d[\d,.]*\s*(?:°|degrees?\b|celsius\b|fahrenheit\b|[CF]\b)/i;

/** A role with no one it belongs to: "Republican Governor.", "Disney Chief.", "Spokesman." */
const BARE_ROLE =
	/^(?:(?:Republican|Democratic|Democrat|Former|Deputy|Acting|Interim|Senior|Top|Vice|Assistant|Executive)\s+)?(?:[A-Z][\w&.'-]*\s+)?(?:Chief|Boss|Head|Leader)\.?$|^(?:(?:Republican|Democratic|Democrat|Former|Deputy|Acting|Interim|Senior|Vice|Assistant)\s+)?(?:Governor|Senator|President|Minister|Secretary|Director|Officer|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|Official|Executive|Manager|Mayor|Chief)\.?$/;

/** "Who said in a statement?": a verb of saying with nothing said. */
const NOTHING_SAID =
	/^Who (?:said|says|added|stated|wrote|announced|told (?:\w+ ){0,2}?)(?:\s*(?:in|on|at|during|via|through|to|after|before|late|earlier|later|yesterday|today)\b(?:(?!\bthat\b)[^?":])*)?\?$/;

/** A statement that stops after its verb of saying and whom it was said to. */
const SAID_NOTHING_END =
	/\b(?:said|says|told|tells|added|adds|stated|warned|explained|insisted|declared)(?: (?:the |a |an |his |her |their )?[a-z_]+(?: [a-z]+)?)?[.!]$/;

/** A statement whose only verb answers what someone else said: "..., agreed.", "went further." */
const EMPTY_REPLY =
	/^(?:(?!["“]|\b(?:that|with|to)\b).)*\b(?:agreed|disagreed|concurred|went further|went on|replied|responded|echoed|demurred)(?: (?:too|as well|wholeheartedly|strongly|immediately))?[.!]$/;

/** "Before riding out, ...": a phrase before the subject, not a claim before its source. */
const FRONTED_PHRASE =
	/^(?:Before|After|When|While|In|At|On|During|Speaking|Addressing|Outside|Inside|Later|Earlier)\b(?:(?!\b(?:is|are|was|were|has|have|had|will|would|did|does|can|could|[a-z]+ed)\b)[^,])*,[^,]*$/;

/** Verbs that take a clause after them: "What did she say had caused the delay?" is English. */
const CLAUSE_VERBS =
	'say|says|think|believe|expect|claim|suggest|report|fear|hope|feel|know|estimate|predict|argue|insist|find|show|reveal|conclude|determine|discover|confirm|decide|announce|learn|warn|agree|admit|acknowledge|note|prove|worry';

/**
 * Past forms that are never a bare verb, within five words after "did", "does" or "do" (past a
 * verb that takes a clause, "did she say had caused", a clause may have its own).
 */
const PAST_AFTER_DO = new RegExp(
	`\\b(?:did|does|do) (?:(?!(?:that|which|who|whom|when|where|while|if|because|${CLAUSE_VERBS})\\b)[\\w'-]+ ){1,5}(?:went|came|took|made|gave|ran|fell|rose|began|became|brought|bought|built|caught|chose|drew|drove|ate|felt|fought|flew|forgot|grew|held|kept|knew|met|paid|sold|sent|spent|spoke|stood|struck|taught|told|thought|threw|understood|wrote|was|were)\\b`
);

/**
 * "Who did all candidates not name have serious work to do?": after do-support the subject is
 * followed by one bare verb; a second verb straight after it is a clause read back wrongly.
 */
function doubleVerbAfterDo(text: string): boolean {
	if (!/\b(?:did|does|do)\b.*\b(?:have|has|had|is|are|was|were)\b/.test(text)) return false;
	const json = nlp(text).json() as Array<{ terms: Array<{ normal: string; tags: string[] }> }>;
	const terms = json.flatMap((s) => s.terms);
	const start = terms.findIndex((t) => /^(?:did|does|do)$/.test(t.normal));
	if (start < 0) return false;
	for (let k = start + 1; k < terms.length - 1; k += 1) {
		const term = terms[k] as { normal: string; tags: string[] };
		if (!term.tags.includes('Infinitive') || term.tags.includes('Noun')) continue;
		const clause = new RegExp(`^(?:${CLAUSE_VERBS})$`).test(term.normal);
		if (clause) return false;
		// "In which year did 40 percent of the jobs create in Kelby were in tourism?": the verb of
		// the subject's own phrase was read as the main one; the main verb comes later. (A clause
		// of its own, "that", "who", "when" ..., may have a verb of its own.)
		for (let j = k + 1; j < terms.length; j += 1) {
			const word = (terms[j] as { normal: string }).normal;
			if (
				/^(?:that|which|who|whom|whose|when|where|while|if|whether|because|as|and|or|but|than)$/.test(
					word
				)
			)
				return false;
			if (/^(?:have|has|had|is|are|was|were)$/.test(word)) return true;
		}
		return false;
	}
	return false;
}

const SECOND_CLAUSE_AFTER_DO =
	/\b(?:does|do|did)\b[^?]* and (?:the )?[A-Z][\w'-]+ (?!and\b|or\b)[a-z]+s\?$/;

/** "Which country takes on Japan and Britain plays the Netherlands?": two clauses, one asked. */
const SECOND_CLAUSE =
	/^(?:Which|What|Who)\b[^?]* and (?:the )?[A-Z][\w'-]+ (?!and\b|or\b)(?:plays|takes|faces|meets|hosts|beats|wins|loses|says|has|is|was|will|visits)\b/;

type Term = { normal: string; text: string; tags: string[] };

/** Words after "and" or "but" that start no new subject: "and then scored", "but that ...". */
const NO_NEW_SUBJECT = /^(?:then|also|so|yet|not|that|who|which|whose|whom|when|where|if|whether)$/;
/** "... the company based in Paris": a participle after its noun, not the verb of a clause. */
const AFTER_PARTICIPLE =
	/^(?:by|in|at|on|from|for|with|during|after|before|as|to|into|under|over)$/;

const MAYBE_SECOND_CLAUSE =
	/ (?:and|but) (?!then\b|also\b)(?:[\w'’.-]+ ){1,8}(?:[a-z]{2,}ed|was|were|is|are|has|had|have|will|would|could|can|did|does|saw|won|lost|went|came|took|made|gave|ran|fell|rose|held|kept|met|paid|sold|sent|spent|stood|struck|told|thought|wrote|hit|beat|led|left|got)\b/;

function finiteVerb(term: Term): boolean {
	const { tags } = term;
	if (!tags.includes('Verb') || tags.includes('Gerund') || tags.includes('Infinitive'))
		return false;
	if (tags.includes('Adjective')) return false;
	return ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'].some((t) =>
		tags.includes(t)
	);
}

/**
 * "Who sought a response and Freddie Woodman saved ...?", "How many people were evacuated and
 * rescue operations continued?": after the question's own verb, "and" or "but" opens a clause
 * with a subject and verb of its own. The question asks about one clause and carries the other.
 * "Tsai and Lai repeatedly offered" (one subject, no verb before "and") is one clause.
 */
function secondClauseJoined(text: string): boolean {
	// A quotation's own "and" is the speaker's sentence, not the question's.
	const plain = text.replace(/["“][^"”]*["”]/g, 'it');
	// Tagging is dear: only where a past or auxiliary verb follows the "and" or "but".
	if (!MAYBE_SECOND_CLAUSE.test(plain)) return false;
	const terms = (nlp(plain).json() as Array<{ terms: Term[] }>).flatMap((s) => s.terms);
	let verbSeen = false;
	for (let i = 1; i < terms.length - 2; i += 1) {
		const word = (terms[i] as Term).normal;
		if (word !== 'and' && word !== 'but') {
			const t = terms[i] as Term;
			if (finiteVerb(t) && !t.tags.includes('Auxiliary') && !t.tags.includes('Copula'))
				verbSeen = true;
			else if (t.tags.includes('Participle') || t.tags.includes('PastTense')) verbSeen = true;
			continue;
		}
		if (!verbSeen) continue;
		let subject = false;
		for (let j = i + 1; j < Math.min(terms.length, i + 12); j += 1) {
			const t = terms[j] as Term;
			if (NO_NEW_SUBJECT.test(t.normal) || t.text.includes(',')) break;
			if (finiteVerb(t)) {
				if (!subject) break;
				const next = terms[j + 1]?.normal ?? '';
				if (t.tags.includes('PastTense') && AFTER_PARTICIPLE.test(next)) break;
				return true;
			}
			if (t.tags.includes('Noun') || t.tags.includes('ProperNoun') || t.tags.includes('Pronoun'))
				subject = true;
		}
	}
	return false;
}

const AMOUNT_LEFT_IN =
	/[$£€]\s?\d|\b\d[\d,.]*(?: (?:million|billion|trillion))? (?:euros|dollars|pounds|yen|yuan|rupees)\b/;

/** "Although he won six games in a row, the longest run of his career.": no main clause. */
function subordinateOnly(text: string): boolean {
	const match =
		/^(?:Although|Though|While|Because|If|Unless|Whereas|Since|Given|Even though)\b[^,]*, (.+)$/.exec(
			text
		);
	if (!match) return false;
	return !nlp(match[1] as string).has('#Verb');
}

/**
 * "... sent the letter two days.": a span of time whose "after ..." or "before ..." was cut off.
 * Not "lasted two years", "for three days", "in the past two weeks".
 */
const HANGING_SPAN =
	/(?<!\b(?:for|in|over|within|than|past|last|next|first|the|about|nearly|almost|around|some|lasted|lasts|lasting|spent|spends|spending|took|takes|taking|served|serves|waited|waits|aged|age|of|to|by|and|or|another|more|least|most|is|are|was|were|be|been|being)) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks|months|years|hours|minutes)\.$/;

/** "How many cent fee will ...?": the counted word singular, a modifier read as the unit. */
const SINGULAR_COUNT =
	/^How many (?:(?!(?:in|of|at|on|for|from|with|by|to|the|a|an)\b)[a-z-]+ )*(?!(?:in|of|at|on|for|from|with|by|to|the|a|an) )[a-z-]*[a-rt-z] (?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b/;
/** Plurals without "-s" that a count may take: "How many people did ...?". */
const UNCOUNTED_PLURALS =
	/^How many (?:[a-z-]+ )*(?:people|children|men|women|police|staff|personnel|cattle|fish|sheep|deer|aircraft|crew|troops|data|media|feet|teeth|mice|geese)\b/;

/** "How many Caldwell Place did ...?": a count of a singular name, which nothing counts. */
const COUNTED_NAME =
	/^How many (?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*[^s\W]\s+(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b/;

/** "... in action against defending champion?": a title whose name was the answer. */
const BARE_TITLE_END =
	/\b(?:against|to|with|by|from|for|of|beat|defeated|replaced|succeeded) (?:(?:defending|reigning|former|incumbent|fellow|rival|world|national|league|club|team) )*(?:champions?|president|minister|coach|manager|captain|leader|chairman|chief|governor|senator|rival|holder|opponent|side|club|team)\?$/;

export type TextKind = 'question' | 'statement' | 'answer' | 'cloze';

/** Why a rewritten text is not fluent English, or null when no rule objects. */
const STRANDED_PREPOSITION =
	/^(?:How (?:many|much)|In which|When|By how)\b.*\b(?:before|after|despite|against|behind)(?:\?$| (?:at|in|on|during|from|with) (?!least\b|most\b|all\b))/;

export function grammarProblem(text: string, kind: TextKind): string | null {
	const trimmed = text.trim();
	if (!trimmed) return 'empty';
	if (unbalanced(trimmed)) return 'unbalanced quote or bracket';
	if (ACRONYM_BESIDE_BLANK.test(trimmed)) return 'acronym beside the blank gives the answer away';
	// "Mr said ...": the name after a title was cut away (or became the blank, which is fine).
	if (/\b(?:Mr|Mrs|Ms|Dr|Prof)\.? (?![A-Z_]|and |& )/.test(trimmed))
		return 'a title without its name';
	// "Both of whom were freed.": a relative clause cut from the sentence it belonged to.
	if (
		/^(?:Both|All|Neither|None|Some|Many|Most|Each|One|Two|Several|Few) of (?:whom|which)\b/.test(
			trimmed
		)
	)
		return 'a relative clause standing as a sentence';
	// "signing up for of the service": a word between two prepositions was cut away.
	if (/\b(?:for|to|in|on|at|with|by|from|of|within|into|onto|upon|about|near) of\b/.test(trimmed))
		return 'two prepositions in a row';
	// "Tom Ferris said, he's ready": a quotation that lost its marks.
	if (
		!/["“”]/.test(trimmed) &&
		/\b(?:said|says|added|adds|told [A-Z]?\w+), (?:he|she|it|they|we|I)\b/.test(trimmed)
	)
		return 'a quotation without its marks';
	// "a 15 million handsets are replaced": an article before a plural count, a source typo.
	if (
		/\b[Aa] \d[\d,.]*(?: (?:million|billion|thousand))? (?!(?:percent|per|years?|days?|hours?|minutes?|weeks?|months?)\b)[a-z]+s\b(?!['-])/.test(
			trimmed
		)
	)
		return 'an article before a plural count';
	// "in 2o15": a letter typed for a digit in the source.
	if (/\b\d+[oO]\d+\b/.test(trimmed)) return 'a letter typed for a digit';
	// "Yes. The council approved ...": a reply from a quoted exchange glued to the statement.
	if (/^(?:Yes|No|Yeah|Well|Okay|OK)[.!,]\s/.test(trimmed))
		return 'a stray reply before the clause';
	// "plead not guilty federal court": the preposition before the court was dropped.
	if (
		/\b(?:guilty|appeared|appear|appears|appearing|charged|sentenced|tried) (?:federal|district|magistrates'?|crown|high|supreme|state|county|superior|circuit|family|juvenile) court\b/i.test(
			trimmed
		)
	)
		return 'a preposition dropped before a court';
	if (kind === 'cloze' || kind === 'statement') {
		// "Given that record - and the fact that ...": a subordinate clause and no main clause.
		if (
			/^(?:Given|Although|Though|While|Because|If|Unless|Whereas|Since)\b(?:(?!, ).)*$/.test(
				trimmed
			)
		)
			return 'subordinate clause without a main clause';
		if (
			/^The fact that\b/.test(trimmed) &&
			!/\b(?:is|was|means|meant|shows|showed)\b/.test(trimmed)
		)
			return 'subordinate clause without a main clause';
		// "Former minister _____ told crowds.": what was said was cut away at its colon.
		// ("Prices rose, analysts said." is an attribution after its claim, and fine.)
		if (SAID_NOTHING_END.test(trimmed) && (!trimmed.includes(',') || FRONTED_PHRASE.test(trimmed)))
			return 'a verb of saying with nothing said';
		// "Garcia, speaking at a news conference, went further.": a reply with nothing in it.
		if (EMPTY_REPLY.test(trimmed)) return 'a reply with nothing said';
		if (
			STATEMENT_FRAGMENT.test(trimmed) ||
			PARTICIPLE_ONLY.test(trimmed) ||
			NOUN_PHRASE_ONLY.test(trimmed)
		)
			return 'a piece of a sentence, not a sentence';
		// "Says Lewa, the smugglers ...", "Take Qatar's Madibo, ...": an aside or an instruction.
		if (/^(?:Says|Said|Adds|Added) [A-Z]/.test(trimmed)) return 'an inverted attribution';
		if (/^(?:Take|Consider|Look at|Imagine|Remember|Think of) /.test(trimmed))
			return 'an instruction, not a statement';
		if (STRANDED_SOURCE.test(trimmed)) return 'an attribution cut from its verb';
		// "Washington, DC" or "_____, D.C.": the place after the blank names the city.
		if (/_____,? D\.?C\.?(?![a-z])/.test(trimmed)) return 'the words beside the blank give it away';
	}
	if (kind === 'cloze') {
		// "_____. executive Kevin Mayer said": the answer took the full stop of an abbreviation.
		if (/_____\.\s+[a-z]/.test(trimmed)) return 'full stop left after the blank';
		// "TikTok Chief _____ faced ...": the blank cuts a title in two.
		if (/\b(?:Chief|Prime|Vice|Deputy|Attorney|Foreign|Finance|Home) _____/.test(trimmed))
			return 'a title cut by the blank';
		return null;
	}
	if (strayPunctuation(trimmed)) return 'stray punctuation';
	if (CUT_COORDINATION.test(trimmed)) return 'a list cut after its "and"';
	if (EMPTY_PREPOSITION.test(trimmed)) return 'a preposition without its object';
	if (capitalDeterminer(trimmed)) return 'capitalised determiner mid-sentence';
	if (danglingPossessive(trimmed)) return 'possessive with nothing after it';
	if (kind === 'answer') {
		if (FRAGMENT_START.test(trimmed)) return 'answer starts like a clause';
		if (FRAGMENT_END.test(trimmed.replace(/[.!?]+$/, ''))) return 'answer stops mid-phrase';
		if (BARE_ROLE.test(trimmed)) return 'a role without whose it is';
		// "A straight-talker and will be equally blunt.": a second predicate ran into the noun
		// phrase ("who has ... and has ..." is one relative clause, and fine).
		if (
			/^(?:(?!\b(?:who|which|that|whose)\b).)*\band (?:will|would|has|have|had|is|was|are|were|can|could|should|must)\b/i.test(
				trimmed
			)
		)
			return 'a second predicate in the answer';
		return null;
	}
	if (!/^[A-Z0-9"']/.test(trimmed)) return 'does not start with a capital';
	if (kind === 'question') {
		// "Approximately how many ...?" is read as "How many ...?" by every check of a count.
		const asked = trimmed.replace(/^(?:Approximately|About) how\b/, 'How');
		if (!trimmed.endsWith('?')) return 'question without a question mark';
		if (WH_START.test(trimmed) && prepositionAsSubject(trimmed)) return 'preposition as subject';
		if (predicateMissing(trimmed)) return 'wh-question without a predicate';
		// "How many voters do not trust ...?" counts one group; "Who does not ...?" has no one answer.
		if (
			/^(?:Who|Whom|What|Which)\b(?! (?:percentage|proportion|share|fraction)\b)/.test(trimmed) &&
			NEGATED_QUESTION.test(trimmed)
		)
			return 'negated question';
		if (WHAT_FOR_PERSON.test(trimmed)) return 'bare "What" asking for a person';
		// "Which group did the staff create what they call?": a clause of the sentence ("what
		// they call the Green Council") whose object became the answer.
		if (secondWhat(trimmed)) return 'a second question word inside the question';
		if (NOTHING_SAID.test(trimmed)) return 'a verb of saying with nothing said';
		// "Why did 16.5 percent ... have an injury in contrast?": a link to the sentence before,
		// left at the end of a question that no longer has it.
		if (/(?:\b(?:in|by) contrast|, however|, though|\bas a result)\?$/.test(trimmed))
			return 'a connective left at the end';
		// "How many highest emitters is South Africa among the top of ...?": a rank, not a count.
		if (/^How many\b.*\bthe top\b(?! \d)/i.test(asked)) return 'a rank asked as a count';
		if (SINGULAR_COUNT.test(asked) && !UNCOUNTED_PLURALS.test(asked))
			return 'a count of a singular noun';
		if (/^How many\b/i.test(asked) && MEASURE_LEFT_IN.test(trimmed))
			return 'a measure is still in the question';
		if (secondPredicate(trimmed)) return 'second predicate left in the question';
		// "How much did associated expenses include to acquire ...?": the object left its verb.
		if (OBJECT_CUT.test(trimmed)) return 'the object was cut from its verb';
		if (participleEnd(trimmed)) return 'question ends on a participle';
		// "How many minutes did England score after?", "How many fans did the Rovers win the
		// game before at the arena?": a preposition of time or contrast left behind its object.
		if (STRANDED_PREPOSITION.test(asked)) return 'a preposition stranded without its object';
		// "In which year does finding its way into ...?": a participle where the subject was.
		if (/^(?:In which \w+|When|Where|Why|How) (?:do|does|did) [a-z]+ing\b/.test(trimmed))
			return 'a participle as the subject';
		// "... because of cases like?": an example cut away after its lead-in.
		if (/\b(?:like|such as|including|unlike|as well as)\?$/.test(trimmed))
			return 'question ends before its example';
		if (countLeftIn(trimmed)) return 'the count asked for is still in the question';
		// "How many points did Lee rebound from a slow start to score?": the count left its verb.
		if (/^How many \w+ did \w.* to (?:score|make|win|get|take|reach)\?$/i.test(trimmed))
			return 'count torn from its verb';
		// "How many telecentres uses ...?": a plural subject with a singular verb. "How many
		// villages does the order cover?" asks about the order: "does" with a subject after it.
		if (
			/^How many [a-z]+s (?:uses|has|is|was|does(?= not\b)|makes|takes|gives|runs|says)\b/i.test(
				trimmed
			)
		)
			return 'plural subject with a singular verb';
		// "How many did the airline buy of Boeing's jets?": a partitive count torn from its "of".
		if (/^how many (?:did|does|do|has|have|had|is|are|was|were|will|would)\b/i.test(asked))
			return 'how many without what it counts';
		// "To which organisation had Turkey to turn ...?": "had to" inverted as if an auxiliary.
		if (/\b(?:had|has|have)\s+(?:[A-Z][\w.'-]*\s+){1,4}to\s+[a-z]+/.test(trimmed))
			return 'modal "have to" inverted';
		// "How much does the Western power vowed to make ...?": do-support with a past tense.
		if (
			/\b(?:does|do|did) (?:the )?(?:(?!(?:say|says|think|expect|believe|be|been|is|are|was|were|get|got|feel|seem)\b)[A-Za-z-]+ ){1,4}[a-z]+ed to [a-z]+/.test(
				trimmed
			)
		)
			return 'past tense after "do"';
		// "did Anti-hunt groups - such as the League deploy ...?": an aside left half open.
		if ((trimmed.match(/ [-–—] /g) ?? []).length === 1) return 'an aside left half open';
		if (doubleVerbAfterDo(trimmed)) return 'two verbs after "do"';
		// "How many assists did Lee have eight points and a season-high?": the count was cut
		// from "a season-high 10 assists", and the rest of the phrase left in.
		if (/\ba (?:season|career|game|team|personal)-(?:high|low|best)\?$/.test(trimmed))
			return 'the count asked for was cut from its phrase';
		// "Who do the Bruins' pass went to ...?": "do" before a verb already in the past.
		if (
			/^(?:Who|Whom|What|Which \w+) (?:do|does|did) (?:(?!(?:say|says|said|think|believe|expect)\b)[\w'-]+ ){1,5}(?:went|came|got|took|made|gave|saw|ran|won|lost|fell|rose|was|were)\b/.test(
				trimmed
			)
		)
			return 'past tense after "do"';
		// "What percentage of the turnout did voters aged 18-24 made up?": a past form after "did".
		if (PAST_AFTER_DO.test(trimmed)) return 'past tense after "do"';
		// "Who did Norway beat Chile behind ...?": the object asked for is still after the verb.
		if (OBJECT_LEFT_IN.test(trimmed)) return 'the object asked for is still in the question';
		// "Who is central to Lee's plans and the club's refusal is a statement of intent?": the
		// second clause of the sentence left in.
		if (/^Who (?:is|was) [^?]* and [^?]* (?:is|was|are|were) [^?]*\?$/.test(trimmed))
			return 'second clause left in the question';
		// "How many job have ...?": a count of a singular noun.
		if (
			/^How many (?!(?:people|children|men|women|staff|police|personnel|cattle|sheep|fish|deer|aircraft|data)\b)[a-z]+[^s\W] (?:have|has|had|did|do|does|were|are|was|is|will|would)\b/i.test(
				asked
			)
		)
			return 'how many of a singular noun';
		// "... suffer an annual loss of as a result of ...": the object of "of" was the answer.
		if (/\bof (?:as|in|on|at|for|to|from|with|by|after|before|because)\b/.test(trimmed))
			return 'preposition without its object';
		// "Which country does Serbia take on Japan and Britain plays?": a second clause left in.
		if (
			SECOND_CLAUSE_AFTER_DO.test(trimmed) ||
			SECOND_CLAUSE.test(trimmed) ||
			secondClauseJoined(trimmed)
		)
			return 'second clause left in the question';
		if (COUNTED_NAME.test(asked)) return 'how many of a name';
		// "Where is the risk higher in Maine than?": the compared thing was the answer.
		if (/\bthan\?$/.test(trimmed)) return 'comparison without what it compares';
		// "... to make the traffic as bad?": "as bad as possible" lost its second half.
		if (/\bas (?!well\b|usual\b|such\b|planned\b|expected\b)[a-z]+\?$/.test(trimmed))
			return 'comparison without what it compares';
		// "... against defending champion?": the answer was the name after its title.
		if (BARE_TITLE_END.test(trimmed)) return 'a title without its name';
		// "at between (£173) and 600 euros": the answer was cut from before the bracket.
		if (
			/\b(?:between|at|of|to|from|by|in|for|with|than|and|about|below|above|under|over|around|near) \(/.test(
				trimmed
			)
		)
			return 'a bracket left where the answer was';
		// "How much has the EU announced $1.74 million in aid?": the amount's conversion (or its
		// neighbour, "or $90 for both") is still where the amount was.
		if (/^How much\b/.test(asked) && AMOUNT_LEFT_IN.test(trimmed))
			return 'the amount asked for is still in the question';
		// "How many teams will join the field of?", "... plan to seek it within?", "... not
		// only?": the words after them were the answer, or were cut with it.
		if (/\b(?:of|within|into|onto|upon|some|only|not|also)\?$/.test(trimmed))
			return 'question stops mid-phrase';
		// "... in a statement on Saturday night that claimed?": what it claimed was cut.
		if (
			/\b(?:that|which) (?:claimed|claims|said|says|stated|states|argued|argues|warned|warns|added|noted|suggested|suggests|showed|shows|found|finds)\?$/.test(
				trimmed
			)
		)
			return 'a claim without what it claims';
		// "How many days have prices fallen in the past as traders ...?": the count was cut from
		// "the past 10 days".
		if (
			/^How many\b/.test(asked) &&
			/\bthe (?:past|last|next|first|previous|final)(?:\?$| (?:as|and|but|to|in|on|at|for|while|after|before|when|since)\b)/.test(
				trimmed
			)
		)
			return 'the count asked for was cut from its phrase';
		// A stranded preposition is fine ("Who did they vote for?"); a stranded article is not.
		if (QUESTION_END.test(trimmed.replace(/\?$/, ''))) return 'question stops mid-phrase';
		// "How many jobs will there be there'll?": a contracted verb cannot end a question.
		if (/'(?:ll|re|ve|d)\?$|\bbe there\?$/.test(trimmed)) return 'a contracted verb at the end';
	}
	if (kind === 'statement' && negatedNounPhrase(trimmed)) return 'negated bare noun phrase';
	if (kind === 'statement' && HANGING_SPAN.test(trimmed)) return 'a time span without its "after"';
	if (kind === 'statement' && thatClauseWithoutVerb(trimmed)) return 'a clause without its verb';
	if (kind === 'question' && butClauseLeftIn(trimmed)) return 'second clause left in the question';
	// "Mr. Pascrell, who has ties in the state was given ...": the aside after the relative
	// clause was cut with the comma that closed it.
	if (
		kind === 'statement' &&
		/^[A-Z][^,]*, (?:who|which) (?:(?!\band\b|\bor\b)[^,;—–-])* (?:was|were|is|are|has|have|had|will|would) /.test(
			trimmed
		)
	)
		return 'a relative clause left open';
	// "The camp known as the Berm, is located ...": a comma left between subject and verb by a cut.
	if (kind === 'statement' && /^[^,]+, (?:is|are|was|were|has|have|had)\b/.test(trimmed))
		return 'stray comma before the verb';
	// "Lee and Kim - have struggled ...": the other half of a dashed aside was cut.
	if (
		kind === 'statement' &&
		/ [-–—] (?:have|has|had|is|are|was|were|will|would)\b/.test(trimmed) &&
		(trimmed.match(/ [-–—] /g) ?? []).length === 1
	)
		return 'an aside left half open';
	// "An September 11 presentation": an article that no longer fits the swapped word.
	if (
		/\b[Aa]n (?:January|February|March|May|June|July|September|November|December)\b|\b[Aa] (?:April|August|October)\b/.test(
			trimmed
		)
	)
		return 'article does not fit the word after it';
	if (kind === 'statement' && subordinateOnly(trimmed))
		return 'subordinate clause without a main clause';
	return null;
}

/** Prepositions an answer never starts with ("In Paris." may answer "Where ...?"). */
const TORN_PHRASE = /^(?:of|to|for|from|by|with|than|into|about)\s/i;

/**
 * "of Brunei", "to the capital": an answer torn from the noun or verb it belongs to. A card's
 * back may answer "Why ...?" with "To save money.": there only "of" and "than" are refused.
 */
export function tornAnswer(answer: string, card: boolean): boolean {
	const trimmed = answer.trim();
	return card ? /^(?:of|than)\s/i.test(trimmed) : TORN_PHRASE.test(trimmed);
}
