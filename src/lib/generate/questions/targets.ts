// The wh-phrase that asks for a fact: "Which country", "How many additional troops", "Who".
import nlp from 'compromise';
import type { Fact } from '../facts/types';
import type { WhTarget } from '../wh';

// "More than 120 games", "at least 293 stores": a lower bound is asked as an approximate count.
const HEDGED =
	/^(?:approximately|about|around|roughly|nearly|almost|some|an estimated|estimated|more than|at least|just under)$/i;

const PEOPLE =
	/\b(?:officials?|researchers?|scientists?|police|investigators?|experts?|analysts?|doctors?|lawmakers?|leaders?|residents?|people|workers?|soldiers?|troops|students?|teachers?|authorities|prosecutors?|judges?|voters?|fans?|players?|critics?|spokes(?:wo)?m[ae]n|spokes(?:person|people)|coach(?:es)?|managers?|senators?|engineers?|lawyers?|ministers?|executives?|directors?|officers?|protesters?|activists?|witnesses|survivors?|victims?|campaigners?)\b/i;

/** The last noun before any "of"/"in" phrase names a person or people ("the club's coach"). */
export function headIsActor(phrase: string): boolean {
	if (PEOPLE.test(phrase.split(/\s+(?:of|in|at|for|from|with|who|that)\s+/i)[0] ?? phrase))
		return true;
	const head = phrase.split(/\s+(?:of|in|at|for|from|with|who|that)\s+/i)[0] ?? phrase;
	const json = nlp(head.toLowerCase()).json() as Array<{ terms: Array<{ tags: string[] }> }>;
	const last = json.flatMap((s) => s.terms).pop();
	return Boolean(last?.tags.includes('Actor'));
}

/** "Ground tests of the engine" found something: a "What", though it starts with a capital. */
function agentIsPerson(fact: Fact): boolean {
	if (PEOPLE.test(fact.answer)) return true;
	// "a former spokeswoman", "two coaches": a head noun that names people.
	if (headIsActor(fact.answer)) return true;
	// A capital after the first word, or a capital not owed to the start of the sentence.
	return (
		/^[A-Z]\S*\s+(?:\S+\s+)?[A-Z]/.test(fact.answer) ||
		(fact.from > 0 && /^[A-Z]/.test(fact.answer))
	);
}

export function whTarget(fact: Fact): WhTarget | null {
	if (fact.possessive || fact.modifier) return null;
	const base = { from: fact.from, to: fact.to };
	switch (fact.kind) {
		case 'person':
			// "admonished South Carolina Sen. Lindsey Graham": the role goes with the name.
			return { ...base, from: fact.roleFrom ?? fact.from, wh: 'Who', pied: false };
		case 'source':
			return { ...base, wh: agentIsPerson(fact) ? 'Who' : 'What', keepTail: true };
		case 'org':
			if (fact.noun) return { ...base, from: fact.nounFrom ?? fact.from, wh: `Which ${fact.noun}` };
			return { ...base, wh: 'Which organisation' };
		case 'place':
			if (fact.subtype === 'country') return { ...base, wh: 'Which country' };
			if (fact.subtype === 'city') return { ...base, wh: 'Which city' };
			if (fact.subtype === 'region') {
				return { ...base, wh: fact.role ? `Which region of ${fact.role}` : 'Which region' };
			}
			// "crashed at Launch Site One", "launch in Europe": a place of no known kind, asked
			// "Where" in place of its "in"/"at" phrase.
			if (fact.subtype === 'place' || fact.subtype === 'continent') return { ...base, wh: 'Where' };
			return null;
		case 'month':
			// "on 11 March" is a day, not a month: asked only as a cloze.
			if (fact.subtype === 'day') return null;
			return { ...base, wh: fact.unit ? `Which month of ${fact.unit}` : 'Which month' };
		case 'year':
			return { ...base, wh: 'Which year' };
		case 'quantity': {
			if (fact.role && !HEDGED.test(fact.role)) return null;
			const prefix = fact.role ? 'Approximately how' : 'How';
			if (fact.subtype === 'count' && fact.unit)
				return { ...base, wh: `${prefix} many ${fact.unit}` };
			// "roughly 4,000 of these soldiers": the rest of the phrase stays after "how many".
			if (fact.subtype === 'count' && fact.partitive) return { ...base, wh: `${prefix} many` };
			// "More than 40 percent of the jobs": the answer is a floor, asked as an approximation.
			if (fact.subtype === 'percent' && fact.unit)
				return {
					...base,
					wh: `${fact.role ? 'Approximately what' : 'What'} percentage of ${fact.unit}`
				};
			// "87% of the 1,000 adults polled said ...": the "of ..." stays after the wh-phrase.
			if (fact.subtype === 'percent' && fact.partitive && !fact.role)
				return { ...base, wh: 'What percentage' };
			if (fact.subtype === 'money') return { ...base, wh: `${prefix} much` };
			return null;
		}
		case 'list':
			return { ...base, wh: 'What', pied: false };
		case 'term':
			// "carrier Emirates Airline": a name the document gives a kind.
			if (fact.subtype === 'name' && fact.noun)
				return { ...base, from: fact.nounFrom ?? fact.from, wh: `Which ${fact.noun}` };
			return fact.subtype === 'subject' ? { ...base, wh: 'What', pied: false } : null;
		case 'object':
			return { ...base, wh: 'What' };
		case 'agent':
			return { ...base, wh: agentIsPerson(fact) ? 'Who' : 'What' };
		case 'cause':
			return fact.cue === undefined ? null : { from: fact.cue, to: fact.to, wh: 'Why' };
		default:
			return null;
	}
}
