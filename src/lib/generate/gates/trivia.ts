// Questions about the packaging of a story rather than its facts: ticker codes, sub-1% market
// moves, unit conversions in brackets, bylines and photo credits, who said a quote.
import { BEFORE_A_FIGURE } from '../words';

const TICKER = /^[A-Z]{1,5}(?:\.[A-Z]{1,2})?$/;
/** "the Satellite _____ conference": a capitalised word of a name right before the blank. */
const NUMBER_IN_NAME = new RegExp(
	`(?:^|[^.!?] )(?!(?:${[...BEFORE_A_FIGURE].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\b)[A-Z][A-Za-z&.]+ _____ [a-z]`
);
const EXCHANGE = /\b(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX|HKEX|SGX|NSE|BSE)\s*:/;
const MARKET_WORDS =
	/\b(?:shares?|stocks?|index|indices|indexes|futures|yields?|rose|fell|gained|lost|dropped|slipped|edged|climbed|declined|trading|traded|closed|benchmark|Dow|Nasdaq|S&P)\b/i;
const CREDITS =
	/\b(?:Reporting by|Editing by|Writing by|Additional reporting|contributed (?:to )?this report|journalists? [^.]* contributed(?=\.?$)|Photo(?:graph)?(?: credit)?:|More information(?=:)|AP Photo|Getty Images|File photo|Image credit)\b/i;
const DESCRIPTORS =
	/\b(?:resident|residents|local|teammate|colleague|spokesperson|spokesman|spokeswoman|a teacher|a student|a retiree|an analyst)\s+_____/;

/** '"...," _____ said.', '_____ said: "..."': who said a quote is its packaging, not its content. */
function quoteSpeaker(prompt: string): boolean {
	return (
		/"[,.]?\s*_____[,]?\s+(?:said|says|told|added|wrote)\b/.test(prompt) ||
		/[,.]"\s*(?:said|says|told|added|wrote)\s+_____/.test(prompt) ||
		/_____\s+(?:said|says|told|added|wrote)[^"]{0,40}[:,]\s*"/.test(prompt) ||
		/^"[^"]+"[^"]{0,40}_____/.test(prompt)
	);
}

/** News outlets: who reported a story is its packaging. */
const OUTLET =
	/^(?:the )?(?:BBC(?: [A-Z][a-z]+)*|CNN|Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Fox News|NBC(?: News)?|CBS(?: News)?|ABC(?: News)?|Sky News|Al Jazeera|NPR|Xinhua|Yonhap|Kyodo|Tass|Interfax|The (?:Guardian|Times|Telegraph|Independent|Economist)|(?:The )?(?:New York Times|Washington Post|Wall Street Journal|Financial Times))$/;

/** A small percentage in a markets story: "0.06%". */
function minorMove(text: string): boolean {
	return /(?<![\d.])0\.\d+\s?(?:%|percent|per cent)/.test(text) && MARKET_WORDS.test(text);
}

const SPEECH =
	'said|claiming|arguing|warning|says|say|wrote|writes|added|adds|explained|noted|notes|stated|insisted|described|lauding|praising|saying|provided|declined|confirmed|announced|points out|pointed out|argues|argued|observes|observed|recalls|recalled|warns|warned|insists';

/**
 * "KHN is an editorially independent program of ...", "X is the newsroom of ...": an outlet
 * describing itself at the foot of a story, not a fact of the story.
 */
const OUTLET_SELF =
	/\beditorially independent\b|\b(?:is|are) (?:a|an|the) (?:[a-z-]+ ){0,3}(?:newsroom|news (?:service|organi[sz]ation|outlet|agency|website|site|division)|wire service)\b/i;

/** "based on _____ data": which year's figures a study used, not what it found. */
const DATA_VINTAGE =
	/\b(?:based on|using|uses|used|from|with|on) (?:the )?(?:_____|(?:1[89]|20)\d{2}) (?:census )?(?:data|figures|statistics|numbers|census)\b/;

/** "A statue of a child stands outside City Hall": the scene a story is set in, not its news. */
const SCENE_SETTING =
	/^(?:The|A|An) (?:[a-z-]+ ){0,2}(?:statue|monument|mural|plaque|portrait|sculpture|bust|memorial|banner|fountain)s? (?:of [^,.;]+ )?(?:stands?|stood|sits?|sat|hangs?|hung|looms?|loomed|towers?|towered|(?:is|was|are|were) (?:displayed|on display|mounted))\b/;

/** "Olsen is a former member of the Transport Committee": a past membership, a detail. */
const FORMER_MEMBER = /\b(?:former|ex-|one-time|onetime) (?:member|members) of\b/i;

/** "Borough manager _____ said ...", "which _____ described as", "with _____ lauding": the
 * speaker of a claim, not the claim. "_____ told activists in <town> that ..." stays. */
const SPEAKER_BLANK = new RegExp(
	`(?:^|[,;] |\\b(?:which|that|as|with|but|and|while|whom) )(?:[A-Z][a-z]+(?:-[a-z]+)? ){0,3}(?:[a-z]+(?:-[a-z]+)? ){0,2}_____(?:'s)?,? (?:(?:also|later|previously|has|had|have) )?(?:${SPEECH})\\b|^(?:(?:[A-Z][a-z]+|of|the) ){0,4}_____,? (?:${SPEECH})\\b`
);

/** "Coons and _____ wrote", "the US and _____", "X, _____ and Y": one item of a list. */
const LIST_ITEM =
	/\b(?:and|or|nor) _____|_____(?:'s)? (?:and|or|nor)\b|[A-Za-z], _____(?:'s)?,|_____, [A-Z][a-z]+(?: [A-Z][a-z]+)*(?:, [A-Z]| and\b| or\b)/;

const NUMBER_LIST_ITEM =
	/\d[^\s,;]*, [$£€]?\d[^\s,;]*,? (?:and|or|nor) _____|_____, [$£€]?\d[^\s,;]*,? (?:and|or|nor) [$£€]?\d/;

/** "Narasimhan, _____, issued": a title or role set off by commas. */
const APPOSITIVE = /[A-Z][a-z]+, _____,/;

/**
 * "The console will launch in Europe on _____." -> 11 March: the day an announced event is
 * set for is the news itself, whatever year it falls in (the set's date gives that).
 */
function scheduledDay(prompt: string, answer: string): boolean {
	if (!/^\d{1,2} [A-Z][a-z]+$/.test(answer)) return false;
	const before = prompt.slice(0, prompt.indexOf('_____'));
	return /\b(?:will(?: be)?|(?:is|are) (?:to|due to|set to|scheduled to)(?: be)?)\b[^.;]*\b(?:on|from|until|by)\s*$/.test(
		before
	);
}

/** Play-by-play and the box score: "after 15 points in the first quarter". */
const PERIOD =
	/\b(?:first|second|third|fourth|final|opening|closing) (?:quarter|period|half|inning|innings|set|frame|minutes?)\b|\bovertime\b/i;
const STATS =
	/\b(?:_____|\d+) (?:points?|rebounds?|assists?|steals?|blocks?|turnovers?|minutes|shots?|three-pointers?|free throws?|yards?|carries|tackles|saves|strikeouts|hits|runs|laps)\b/gi;

/** A sports detail: a statistic inside a period of play, or a line of two statistics. */
export function sportsDetail(text: string): boolean {
	const stats = (text.match(STATS) ?? []).length;
	return (stats >= 1 && PERIOD.test(text)) || stats >= 2;
}

/** A quotation standing alone: nobody is said to have said it. */
export function unattributedQuote(text: string): boolean {
	return /^["“][^"”]+[.,!?]?["”][.!?]?$/.test(text.trim());
}

const NO_COMMENT =
	/\b(?:provided|gave|offered) no (?:further|other|more|additional) (?:details|information|comment)|\b(?:declined|refused) to (?:comment|elaborate)|\b(?:did not|didn't) (?:immediately )?respond to|\b(?:could|would)(?: not|n't)?(?: [a-z.'-]+){0,5} be reached\b|\b(?:could not|cannot|can't|couldn't|would not|wouldn't) comment\b|\b(?:declined|refused) to (?:say|discuss|confirm|disclose|specify|identify|name)\b|\b(?:contacted|approached|asked|reached out to)\b[^.]{0,100}\bfor (?:a )?comment\b|\brequests? for comment\b/i;
const SPOKESPERSON =
	/\b(?:spokes(?:person|man|woman)|press (?:secretary|officer)|reporter|correspondent)\b/i;

/** A blank on who said something rather than on what was said. */
export function attributionBlank(prompt: string): boolean {
	return (
		prompt.includes('_____') &&
		(quoteSpeaker(prompt) ||
			SPEAKER_BLANK.test(prompt) ||
			DESCRIPTORS.test(prompt) ||
			/\baccording to (?:the )?_____/.test(prompt))
	);
}

export interface TriviaInput {
	type: string;
	prompt: string;
	answer: string;
	tags: readonly string[];
}

/** Why a question asks about trivia, or null. */
const REPORTER_QUESTION =
	/^(?:Who|Which (?:news |media )?(?:organisation|organization|outlet|agency|newspaper|paper|broadcaster|network|channel|magazine|website)) (?:first )?(?:reported|reports|told (?:reporters|journalists|the press|[A-Z][A-Za-z]+ (?:News|Radio|TV)))\b/;

/** "four years feel more like 14": a way of speaking, not a figure to learn. */
const FIGURE_OF_SPEECH =
	/\b(?:feels?|felt|feeling) (?:(?:much|a lot|even) )?(?:more |less )?like\b|\b(?:so to speak|literally|figuratively)\b/i;

/** Who almost scored: a chance that came to nothing is play-by-play, not the result. */
const NEAR_MISS =
	/\b(?:almost|nearly|narrowly|just) (?:scored|scoring|equali[sz]ed|levell?ed|missed|headed|won)\b|\bcame close to (?:scoring|equali[sz]ing|levell?ing|a goal|winning)\b|\b(?:hit|struck|rattled|clipped) the (?:post|bar|crossbar|woodwork|upright)\b|\b(?:shot|effort|header|attempt|strike) (?:went|flew|sailed|drifted|curled|fizzed) (?:just )?(?:wide|over)\b/i;

/** "a report titled _____", "the _____ report": the name of a report, not what it found. */
function workTitle(prompt: string, answer: string): boolean {
	if (
		/\b(?:titled|entitled)\s+["“']?_____|\b(?:report|study|survey|paper|book|film|documentary|album|song|play|series|article|essay|review|document|strategy)s?,? (?:called|named|dubbed)\s+["“']?_____/.test(
			prompt
		)
	)
		return true;
	const words = answer.split(' ');
	const titleCase = words.every(
		(w) => /^[A-Z]/.test(w) || /^(?:of|the|and|for|in|on|a|to)$/.test(w)
	);
	if (!titleCase || words.length < 2) return false;
	// "Global Risks Report", "State of the Climate report": a title, by its last word or its shape.
	if (/ (?:Report|Survey|Index|Review|Outlook|Assessment)$/.test(answer)) return true;
	return (
		words.length >= 3 &&
		words.slice(1).some((w) => /^(?:of|the|and|for|in|on|a|to)$/.test(w)) &&
		/_____["”']? (?:report|study|survey|index|review|paper|assessment|outlook|ranking)\b/i.test(
			prompt
		)
	);
}

/** A card's back that is only a country's head of state or government: "US President". */
const NATIONAL_LEADER =
	/^(?:the )?(?:[A-Z][a-z]+|US|U\.S\.|UK) (?:President|Prime Minister|Chancellor|Vice President|Premier)\.?$/;
/** A blank right after the title of a national office: "President _____", "Secretary of State _____". */
const LEADER_TITLE_BLANK =
	/\b(?:President|Prime Minister|Vice President|Chancellor|Secretary of State|Premier|King|Queen|Pope) _____/;

export function triviaReason(candidate: TriviaInput): string | null {
	const { type, prompt, answer } = candidate;
	if (CREDITS.test(prompt)) return 'byline or credit';
	if (FIGURE_OF_SPEECH.test(prompt)) return 'figure of speech';
	if (NEAR_MISS.test(prompt)) return 'near miss';
	if (type === 'cloze' && workTitle(prompt, answer)) return 'title of a report';
	// "... but Bezler provided no further details": what a spokesperson did not say.
	if (NO_COMMENT.test(prompt)) return 'no comment';
	// "Who is Jessica Bezler?" -> "hospital spokeswoman": a press contact, not an actor.
	if (type === 'flashcard' && SPOKESPERSON.test(answer)) return 'press contact';
	// "Who is Boris Johnson?" -> "UK Prime Minister": a country's leader is general knowledge.
	if (type === 'flashcard' && /^Who is /.test(prompt) && NATIONAL_LEADER.test(answer))
		return "a country's leader";
	if (TICKER.test(answer) && (EXCHANGE.test(prompt) || /\.[A-Z]{1,2}$/.test(answer)))
		return 'ticker code';
	if (/^[A-Z]{2,5}\.[A-Z]{1,2}$/.test(answer)) return 'ticker code';
	// A sentence about a sub-1% move in a markets report is market noise, whatever is blanked.
	if (minorMove(type === 'cloze' ? prompt.replace('_____', answer) : prompt))
		return 'minor market move';
	const isNumber = candidate.tags.includes('quantity') || candidate.tags.includes('year');
	if (OUTLET.test(answer)) return 'news outlet';
	const whole = type === 'cloze' ? prompt.replace('_____', answer) : `${prompt} ${answer}`;
	if (OUTLET_SELF.test(whole)) return 'an outlet describing itself';
	if (SCENE_SETTING.test(whole)) return 'scene-setting';
	if (FORMER_MEMBER.test(whole)) return 'a former membership';
	if (type === 'cloze' && DATA_VINTAGE.test(prompt)) return 'year of the data';
	if (type === 'truefalse' && DATA_VINTAGE.test(prompt) && candidate.tags.includes('year'))
		return 'year of the data';
	if (type === 'cloze') {
		// "Prime Minister _____ said ...", "Vice President _____": the title names the holder
		// for anyone who follows the news; the article's fact is elsewhere in the sentence.
		if (LEADER_TITLE_BLANK.test(prompt)) return "a leader's name after the title";
		// "according to _____": the source of a report, not its content.
		if (/\baccording to (?:the )?_____/.test(prompt)) return 'attribution detail';
		// "_____ - Several thousand teachers ...": the dateline, not the news.
		if (/^_____ [-–—] /.test(prompt)) return 'dateline';
		// 'with the caption: "_____"': the blank is a whole quotation, which nothing else gives.
		if (/"_____[.,!?]?"/.test(prompt)) return 'whole quotation';
		// '..., the minister told _____.': which outlet heard it, named or not in OUTLET.
		if (
			/\b(?:told|said to|speaking to|in an interview with|in a statement to) _____(?: (?:on|in|last|this|earlier|late) [^,;]*)?\.?$/.test(
				prompt
			)
		)
			return 'outlet of an attribution';
		// "In its _____ report on small firms, ...": which year's edition, not what it found.
		if (
			candidate.tags.includes('year') &&
			/_____(?:'s)? (?:[a-z-]+ ){0,3}(?:report|study|survey|review|assessment|outlook|index|ranking|edition|yearbook|census)\b/.test(
				prompt
			)
		)
			return 'year of a report';
		// 'the bridge was "a _____ of the past"': a word inside a quotation is its wording. A
		// figure or a name someone quoted ("Europe is an important market") is still a fact.
		const blankAt = prompt.indexOf('_____');
		if (
			!isNumber &&
			/^[a-z]/.test(answer) &&
			blankAt >= 0 &&
			((prompt.slice(0, blankAt).match(/["“”]/g) ?? []).length & 1) === 1
		)
			return 'words inside a quotation';
		// "who previously worked at _____", "a former _____ teacher": an old job or school.
		if (
			/\b(?:previously|formerly|once|earlier) (?:worked|served|taught|studied|played)(?: [a-z]+){0,2} (?:at|for|with|in) _____|\b(?:former|ex-|one-time) _____|\b(?:graduated from|alumn(?:us|a|i) of|studied at) _____/.test(
				prompt
			)
		)
			return 'a former post or school';
		// "About _____ supporters attended the hearing": a small turnout is a detail.
		if (
			isNumber &&
			Number(answer.replace(/,/g, '')) < 100 &&
			/_____ (?:[A-Za-z-]+ ){0,5}(?:attended|turned out|showed up|gathered|were present|watched)\b/.test(
				prompt
			)
		)
			return 'a small turnout';
		// "clock out at _____ o'clock": the hour of a routine.
		if (/_____ o'clock\b/.test(prompt)) return 'hour of a routine';
		// "(_____ metric tons)", "(NYSE: _____)": an aside, usually a conversion or a code.
		if (/\([^()]*_____[^()]*\)/.test(prompt)) return 'blank inside brackets';
		// "about _____ tons (2,095 metric tons)": the bracket gives the answer away.
		if (/_____(?:[ -]?[a-z%]+){0,3}\s*\(\s*(?:about |some |around )?[$£€]?\d/.test(prompt))
			return 'conversion gives the answer';
		if (DESCRIPTORS.test(prompt)) return 'attribution detail';
		// "told _____ 24", "Nintendo's _____ 64 DS": the name goes on after the blank.
		if (!isNumber && candidate.tags[0] !== 'month' && /_____(?:'s)? \d/.test(prompt))
			return 'part of a name';
		// "two-seed _____. Cloud State": an abbreviation cut from the name it begins.
		if (/_____\. [A-Z][a-z]+ [A-Z]/.test(prompt) && /^[A-Z][a-z]?$/.test(answer))
			return 'part of a name';
		// "in _____ A", "Plan _____ B": a name that goes on with a single letter ("Group A").
		if (/_____ [A-Z](?=[\s,.;:!?)]|$)/.test(prompt)) return 'part of a name';
		// "the _____ American Music Awards", "at _____ Fashion Week": the year of an event's name.
		if (
			candidate.tags[0] === 'year' &&
			/_____ (?:[A-Z][a-z]+ ){1,3}(?:Awards?|Games|Cup|Olympics|Championships?|Week|Festival|Summit|Conference|Show|Expo|Prize)\b/.test(
				prompt
			)
		)
			return 'part of a name';
		// "vice president of _____ Operations", "head of _____": a department in a job title.
		if (
			candidate.tags[0] === 'term' &&
			/\b(?:president|director|head|chief|manager|officer|secretary|chair(?:man|woman)?) of (?:the )?_____/i.test(
				prompt
			)
		)
			return 'part of a job title';
		// "Project _____ just doesn't pass ...": half of a project's or an operation's name.
		if (/\b(?:Project|Operation|Mission) _____/.test(prompt)) return 'part of a name';
		// "with just _____ minutes 40 seconds left": a game clock, not a fact to learn.
		if (
			/_____ minutes?,? (?:and )?\d+ seconds?\b|\d+ minutes?,? (?:and )?_____ seconds?\b/.test(
				prompt
			)
		)
			return 'game clock';
		// "the Satellite _____ conference": a number inside a name ("beat Brenna City _____" is
		// a score after a team's name).
		if (isNumber && !/^\d{1,3}-\d{1,3}$/.test(answer) && NUMBER_IN_NAME.test(prompt))
			return 'number inside a name';
		if (!isNumber && quoteSpeaker(prompt)) return 'speaker of a quote';
		if (!isNumber && SPEAKER_BLANK.test(prompt)) return 'speaker of a claim';
		// A number after "and" is usually a clause of its own ("and _____ people lost their jobs"):
		// one of a list only after a run of numbers ("400, 700 and _____").
		const listItem = isNumber
			? NUMBER_LIST_ITEM.test(prompt)
			: LIST_ITEM.test(prompt) || /, _____(?:'s)? [a-z]+ and\b/.test(prompt);
		if (listItem) return 'one item of a list';
		// "prices ranging from _____ to £29": one end of a range, guessed from the other.
		if (
			/\b(?:ranging|ranged|range|varying|varied) from (?:_____ to|\S+ to _____)|\bbetween (?:_____ and|\S+ and _____)/.test(
				prompt
			)
		)
			return 'one end of a range';
		// "Former minister _____ told BBC News 24 that ...": who gave an outlet the quote.
		if (
			/_____ (?:told|said to) (?:reporters|journalists|the [A-Z]|[A-Z][A-Za-z]+ (?:News|Radio|TV)|the press)\b/.test(
				prompt
			)
		)
			return 'speaker of a claim';
		// "In _____, the minister approved ...": a month of a year the sentence does not give.
		if (
			candidate.tags[0] === 'month' &&
			prompt.includes('_____') &&
			!/_____,? \d{4}|\b(?:1[89]|20)\d{2}\b/.test(prompt) &&
			!scheduledDay(prompt, candidate.answer)
		)
			return 'month without a year';
		if (APPOSITIVE.test(prompt)) return 'title set off by commas';
		// '"...," Tevfik Aksoy, chief economist for _____, told ...': who the speaker works for.
		if (/_____[^.;",]{0,20}, (?:told|said|says)\b/.test(prompt)) return 'speaker of a claim';
		// "_____ spokeswoman Ann Berg said", "analyst _____", "a spokesperson with the _____":
		// who passed the news on, not the news.
		if (
			/_____(?:'s)? (?:[A-Z][a-z]+ )?(?:spokes(?:person|man|woman)|analysts?|press (?:secretary|officer))\b|\b(?:spokes(?:person|man|woman)|analysts?|press (?:secretary|officer))(?: (?:with|at|for|from|of|in)(?: the)?)? _____/.test(
				prompt
			)
		)
			return 'attribution detail';
		// "Berg in _____ revealed plans ...": when it was announced, not what.
		if (
			candidate.tags[0] === 'month' &&
			/_____,? (?:\d{4},? )?(?:[A-Z][a-z]+ )?(?:revealed|announced|unveiled|disclosed|said|told|confirmed)\b/.test(
				prompt
			)
		)
			return 'announcement month';
		// "allowed _____ offensive rebounds": a box-score line; points are the score, the rest is not.
		if (
			/_____ (?:[a-z-]+ )?(?:rebounds?|assists?|steals?|blocks?|turnovers?|three-pointers?|free throws?|fouls?|shots?|carries|tackles|saves|strikeouts)\b/.test(
				prompt
			)
		)
			return 'box-score detail';
	}
	if (type === 'cloze' || type === 'truefalse') {
		// "Zubac, left, and Gilgeous-Alexander go after a loose ball": a photo caption.
		if (/, (?:left|right|center|centre|top|bottom|front|rear|second (?:left|right)),/.test(prompt))
			return 'photo caption';
		if (unattributedQuote(prompt)) return 'quote without a speaker';
		// "Prices will probably rise in 2027.": a guess, neither true nor false yet.
		if (
			type === 'truefalse' &&
			/\b(?:will|would|could|may|might) (?:probably|likely|possibly|perhaps)\b|\b(?:probably|likely|possibly) will\b/.test(
				prompt
			)
		)
			return 'a prediction asked as a fact';
		// "X looks at the reaction.": a standfirst or a heading, not a fact.
		if (
			prompt.split(/\s+/).length < 10 &&
			/^\S+(?: \S+){0,3} (?:looks at|examines|considers|reports on|asks whether)\b/.test(prompt)
		)
			return 'heading or standfirst';
	}
	// "Who said in a statement?": the question asks for a speaker and nothing said.
	if (/^Who (?:said|says|told|added|wrote)(?: (?:in|on|at|during|to|from)\b.*)?\?$/.test(prompt))
		return 'speaker of a quote';
	// 'Who said: "This is a good win for us"?': a stock phrase anyone might have said.
	const quoted = /^Who said: "([^"]+)"\?$/.exec(prompt);
	if (quoted && (quoted[1] as string).split(/\s+/).length <= 8) return 'speaker of a stock phrase';
	// "Who reported that the talks failed?", "Which agency told reporters ...?": who passed the
	// news on, not the news (asked of the claim itself, it would be a fact).
	if (REPORTER_QUESTION.test(prompt)) return 'attribution detail';
	// "Who told BBC News 24?": who spoke to whom, with what was said cut away.
	if (/^Who (?:told|informed|briefed)\b/.test(prompt) && prompt.split(' ').length <= 7)
		return 'speaker of a quote';
	return null;
}
