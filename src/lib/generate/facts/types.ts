import type { Token } from '../tokens';

export type FactKind =
	| 'quantity'
	| 'year'
	| 'month'
	| 'person'
	| 'place'
	| 'org'
	| 'source'
	| 'list'
	| 'cause'
	| 'definition'
	| 'agent'
	| 'object'
	| 'term';

/** A typed answer span inside one sentence. */
export interface Fact {
	kind: FactKind;
	sentence: number;
	/** Token range [from, to) that the answer covers (possessive "'s" excluded from `answer`). */
	from: number;
	to: number;
	/** Character range of `answer` in the sentence. */
	start: number;
	end: number;
	answer: string;
	/** country, city, region, place; count, percent, money; or the cause cue ("due to"). */
	subtype?: string;
	/** What a quantity counts ("troops"), with modifiers kept ("North Korean soldiers"). */
	unit?: string;
	/** A person's role as written before the name ("Ukrainian President"). */
	role?: string;
	/** List members as written. */
	items?: string[];
	/** Token where the fact's cue starts ("due" in "due to", "according"). */
	cue?: number;
	/** A capital standing for its government ("Moscow supported Pyongyang"): not asked as a city. */
	metonym?: boolean;
	/**
	 * Names a following common noun ("the Iraq war", "Clippers teammate"): a modifier, not an
	 * entity the sentence is about. Not asked, swapped or offered as a distractor of its own.
	 * A year or an amount before its noun ("a 2017 coup", "a £3bn rebate") is still blanked and
	 * swapped, but never asked with a wh-phrase.
	 */
	modifier?: boolean;
	/** Token where a person's role starts ("South Carolina Sen. Lindsey Graham"). */
	roleFrom?: number;
	/** Another name of someone in the text ("born Maria Sklodowska"): never a distractor. */
	alias?: boolean;
	/** Written with "'s" ("Russia's Kursk region"): a cloze may blank it, a question may not. */
	possessive?: boolean;
	/** "4,000 of these soldiers": the count is followed by what it counts, after "of". */
	partitive?: boolean;
	/** Tokens of "the total number of X" that a quantity answers. */
	numberOf?: { from: number; to: number };
	/**
	 * What the document calls this name ("carrier" for "Dubai's flagship carrier Emirates
	 * Airline", "union" for "Starbucks Workers United, the union ..."): asked "Which carrier".
	 */
	noun?: string;
	/** Token where the description that goes with `noun` starts ("Dubai's flagship carrier"). */
	nounFrom?: number;
	/** How much a teacher would care, roughly 0 to 3. */
	weight: number;
	/**
	 * How sure the reader is of `kind` (0 to 1): a title before a name or a gazetteer entry is
	 * near certain, compromise's tags alone less so, a name that only modifies a noun or a name of
	 * unknown kind hardly at all. Swaps and distractors use only facts at or above KIND_TRUSTED.
	 */
	confidence?: number;
}

export interface AnalysedSentence {
	index: number;
	text: string;
	/** Which paragraph of the document the sentence is in (0 = the first). */
	paragraph: number;
	tokens: Token[];
	/** A full sentence of reasonable length that ends like one: fit for questions. */
	usable: boolean;
}

/** The confidence a fact's kind needs before it is swapped into a statement or offered as an option. */
export const KIND_TRUSTED = 0.6;

/** A fact's kind confidence; facts read from their own cue words (dates, causes) are sure of it. */
export function kindConfidence(fact: Pick<Fact, 'confidence'>): number {
	return fact.confidence ?? 1;
}
