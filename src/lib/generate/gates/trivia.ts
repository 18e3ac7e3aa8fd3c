// Questions about the packaging of a story rather than its facts: ticker codes, sub-1% market
// moves, unit conversions in brackets, bylines and photo credits, who said a quote.

const TICKER = /^[A-Z]{1,5}(?:\.[A-Z]{1,2})?$/;
const EXCHANGE = /\b(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX|HKEX|SGX|NSE|BSE)\s*:/;
const MARKET_WORDS =
	/\b(?:shares?|stocks?|index|indices|indexes|futures|yields?|rose|fell|gained|lost|dropped|slipped|edged|climbed|declined|trading|traded|closed|benchmark|Dow|Nasdaq|S&P)\b/i;
const CREDITS =
	/\b(?:Reporting by|Editing by|Writing by|Additional reporting|contributed (?:to )?this report|Photo(?:graph)?(?: credit)?:|AP Photo|Getty Images|File photo|Image credit)\b/i;
const DESCRIPTORS =
	/\b(?:resident|residents|local|spokesperson|spokesman|spokeswoman|a teacher|a student|a retiree|an analyst)\s+_____/;

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

export interface TriviaInput {
	type: string;
	prompt: string;
	answer: string;
	tags: readonly string[];
}

/** Why a question asks about trivia, or null. */
export function triviaReason(candidate: TriviaInput): string | null {
	const { type, prompt, answer } = candidate;
	if (CREDITS.test(prompt)) return 'byline or credit';
	if (TICKER.test(answer) && (EXCHANGE.test(prompt) || /\.[A-Z]{1,2}$/.test(answer)))
		return 'ticker code';
	if (/^[A-Z]{2,5}\.[A-Z]{1,2}$/.test(answer)) return 'ticker code';
	// A sentence about a sub-1% move in a markets report is market noise, whatever is blanked.
	if (minorMove(type === 'cloze' ? prompt.replace('_____', answer) : prompt))
		return 'minor market move';
	const isNumber = candidate.tags.includes('quantity') || candidate.tags.includes('year');
	if (OUTLET.test(answer)) return 'news outlet';
	if (type === 'cloze') {
		// "according to _____": the source of a report, not its content.
		if (/\baccording to (?:the )?_____/.test(prompt)) return 'attribution detail';
		// 'with the caption: "_____"': the blank is a whole quotation, which nothing else gives.
		if (/"_____[.,!?]?"/.test(prompt)) return 'whole quotation';
		// "(_____ metric tons)", "(NYSE: _____)": an aside, usually a conversion or a code.
		if (/\([^()]*_____[^()]*\)/.test(prompt)) return 'blank inside brackets';
		// "about _____ tons (2,095 metric tons)": the bracket gives the answer away.
		if (/_____(?:[ -]?[a-z%]+){0,3}\s*\(\s*(?:about |some |around )?[$£€]?\d/.test(prompt))
			return 'conversion gives the answer';
		if (DESCRIPTORS.test(prompt)) return 'attribution detail';
		// "told _____ 24", "Nintendo's _____ 64 DS": the name goes on after the blank.
		if (!isNumber && /_____(?:'s)? \d/.test(prompt)) return 'part of a name';
		// "the Satellite _____ conference": a number inside a name.
		if (
			isNumber &&
			/(?:^|[^.!?] )(?!(?:In|On|At|By|Since|From|Until|Between|During)\b)[A-Z][a-z]+ _____ [a-z]/.test(
				prompt
			)
		)
			return 'number inside a name';
		if (!isNumber && quoteSpeaker(prompt)) return 'speaker of a quote';
	}
	// "Who said in a statement?": the question asks for a speaker and nothing said.
	if (/^Who (?:said|says|told|added|wrote)(?: (?:in|on|at|during|to|from)\b.*)?\?$/.test(prompt))
		return 'speaker of a quote';
	// "Who told BBC News 24?": who spoke to whom, with what was said cut away.
	if (/^Who (?:told|informed|briefed)\b/.test(prompt) && prompt.split(' ').length <= 7)
		return 'speaker of a quote';
	return null;
}
