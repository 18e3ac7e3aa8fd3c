// Which facts can change after the article's date: counts and totals, casualties, prices,
// rates, rankings and records, who holds an office, and anything said to hold "now". Such a
// question carries `asOf` (the set's date), so a learner sees when it was true and is asked to
// re-check it once it is old. Stable facts (an event's date, a place, a birth) carry nothing.
import type { Question } from '../types';

/** The sentence says in so many words that it describes the present. */
const NOW =
	/\b(?:currently|current|so far|to date|latest|now|as of|at present|presently|still|ongoing|remains?|this (?:week|month|year))\b/i;

/** Births and foundings never change, whatever else the sentence says. */
const ORIGIN = /\b(?:born|birthplace|founded|established)\b/i;

/** A completed event pinned to a date: "was fought in 1066", "fell on 9 November 1989". */
const DATED_EVENT =
	/\b(?:began|begun|started|broke out|ended|was|were|fell|sank|opened|closed|signed|sealed|completed|held|fought|built|adopted|walked|landed|died)\b[^.;]{0,40}?\b(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?\d{4}\b/i;

const PEOPLE =
	'troops|soldiers|people|persons|civilians|deaths|dead|casualties|victims|refugees|migrants|cases|patients|members|users|customers|subscribers|employees|workers|staff|jobs|residents|voters|students|visitors|countries|homes|households';

/** A count of people or things that grows or shrinks: "11,000 troops", "2,300 dead". */
const COUNT = new RegExp(
	String.raw`\b\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?:[\w’'-]+\s+){0,2}(?:${PEOPLE})\b|\b(?:total|number of|population|death toll|casualties|killed|wounded|injured|displaced|died|employs)\b`,
	'i'
);

/** Money, prices and rates. */
const VALUE =
	/[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:%|percent|per cent|dollars|euros|pounds|yen|cents)\b|\b(?:price[sd]?|costs?|rates?|inflation|unemployment|trading at|valued at|rent|salary|wages?|GDP)\b/i;

/** Rankings and records. */
const RANK =
	/\b(?:ranked|ranking|record|largest|biggest|highest|lowest|most populous|richest|poorest|fastest-growing|top|leading|first place|No\.\s?1)\b/i;

/** Who holds an office or a title. */
const OFFICE =
	/\b(?:President|Prime Minister|Premier|Chancellor|leaders?|Secretary(?:-General)?|chief executive|CEO|chair(?:man|woman|person)?|ministers?|governor|mayor|head of|director|commander|spokes(?:man|woman|person)|king|queen|pope|coach|captain|champion)\b/i;

/**
 * Whether a statement of fact can stop being true. The order matters: "now" wins over
 * everything; a birth, founding or dated event is stable unless it states a count.
 */
export function isTimeSensitiveText(text: string): boolean {
	if (NOW.test(text)) return true;
	const counts = COUNT.test(text);
	if (ORIGIN.test(text)) return false;
	if (DATED_EVENT.test(text) && !counts) return false;
	return counts || VALUE.test(text) || RANK.test(text) || OFFICE.test(text);
}

const YEAR_OR_DATE =
	/^(?:(?:in|on|since)\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*)?(?:\d{1,2},?\s*)?(?:\d{4}s?)?$/i;

/**
 * Whether a question asks about a fact that can change. A question whose answer is a year or a
 * date asks when something happened, which stays true; otherwise the fact it states (a cloze
 * filled in, a statement, a prompt with its answer) decides.
 */
export function isTimeSensitive(
	question: Pick<Question, 'type' | 'prompt' | 'answer'> & { tags?: readonly string[] }
): boolean {
	const answer = question.answer.trim();
	if (question.tags?.includes('year') || (answer !== '' && YEAR_OR_DATE.test(answer))) return false;
	const fact =
		question.type === 'cloze'
			? question.prompt.replace(/_{3,}/, () => answer)
			: question.type === 'truefalse'
				? question.prompt
				: `${question.prompt} ${answer}`;
	return isTimeSensitiveText(fact);
}

/** The question with `asOf` set to the document's date when its fact can change. */
export function withAsOf(question: Question, date: string | undefined): Question {
	if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isTimeSensitive(question)) return question;
	return { ...question, asOf: date };
}
