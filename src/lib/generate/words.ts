// Closed word classes the pipeline reasons about. Lower case.
import { NUMBER_WORDS as SPELLED_NUMBERS } from '../study/numbers';

export const CONNECTIVES = new Set(
	(
		'however meanwhile moreover furthermore additionally also still yet instead nonetheless ' +
		'nevertheless indeed overall finally ultimately consequently therefore thus similarly ' +
		'likewise besides importantly notably today now then later first second third'
	).split(' ')
);

export const INTRO_STARTERS = new Set(
	(
		'in on at since after before during by for with despite although though while as when ' +
		'beyond under following until within throughout amid over across from unlike like between ' +
		'according once because if thanks'
	).split(' ')
);

export const AUXILIARIES = new Set(
	(
		'is are was were be been being am has have had do does did will would can could may ' +
		'might shall should must'
	).split(' ')
);

export const BE_FORMS = new Set('is are was were be been being am'.split(' '));

/** Adverbs that may sit inside a verb group ("has reportedly sent"). */
/** Verbs whose past tense is spelled like the present: "beat", "hit", "cut", "set". */
export const SAME_PAST = new Set(
	'beat hit cut set put cost spread shut hurt let quit bet cast burst split upset hit read bid'.split(
		' '
	)
);

export const VERB_ADVERBS = new Set(
	(
		'not also reportedly already still further never recently now just previously ' +
		'significantly allegedly currently officially finally initially later soon largely ' +
		'quickly gradually eventually first ever often always again then once widely'
	).split(' ')
);

export const PREPOSITIONS = new Set(
	'to in on at from with by for into onto near across against toward towards through over under'.split(
		' '
	)
);

export const TITLE_WORDS = new Set(
	(
		'president vice-president prime minister secretary leader chancellor general king queen ' +
		'prince princess senator governor mayor ambassador director chief ceo chairman chairwoman ' +
		'chair spokesperson spokesman spokeswoman commander admiral colonel captain professor ' +
		'dr pope emperor empress premier envoy judge justice representative rep sen gov dr. ' +
		'founder inventor scientist physicist chemist astronomer biologist engineer author ' +
		'lieutenant sergeant marshal pharaoh sultan tsar czar officer coach astronaut doctor ' +
		'lawyer poet writer novelist artist painter composer explorer goldsmith monk ' +
		'mathematician philosopher economist journalist activist architect sculptor historian ' +
		'botanist naturalist physician surgeon nurse priest bishop cardinal chancellor executive'
	).split(' ')
);

export const ORG_HEADS = new Set(
	(
		'council committee ministry agency university institute staff party court bank company ' +
		'corporation association union organization organisation commission parliament congress ' +
		'senate department office service foundation society academy museum army navy forces ' +
		'group board fund assembly alliance administration bureau authority college school ' +
		'laboratory observatory program programme network inc ltd corp cabinet government'
	).split(' ')
);

export const PLACE_HEADS = new Set(
	'region province oblast county district city island islands river valley peninsula territory prefecture'.split(
		' '
	)
);

/**
 * Times a question cannot date. Not "currently": a set's date says when (its questions carry
 * `asOf`).
 */
export const VAGUE_TIME = new Set(
	(
		'yesterday today tomorrow tonight recently recent lately monday tuesday ' +
		'wednesday thursday friday saturday sunday'
	).split(' ')
);

export const RELATIVE_TIME_UNITS = new Set(
	'year month week spring summer autumn fall winter decade century weekend night season quarter'.split(
		' '
	)
);

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

export const PERSONAL_PRONOUNS = new Set(
	'he she it they them him his her its their theirs we us our i my me you your'.split(' ')
);

/** Events a story names once with their place ("a drone assault on Kharkiv"), then as "the strike". */
export const EVENT_GROUPS: readonly (readonly string[])[] = [
	['attack', 'strike', 'assault', 'raid', 'bombardment', 'bombing'],
	['crash', 'collision'],
	['explosion', 'blast'],
	['earthquake', 'quake', 'tremor'],
	['shooting'],
	['fire', 'blaze', 'wildfire']
];

/** Heads treated as the same referent when resolving "these soldiers" to "North Korean troops". */
export const SYNONYM_GROUPS: (readonly string[])[] = [
	['troops', 'soldiers', 'forces', 'personnel', 'fighters', 'units'],
	['agreement', 'pact', 'treaty', 'deal', 'accord'],
	EVENT_GROUPS[0] as readonly string[],
	['meeting', 'summit', 'talks', 'conference'],
	['study', 'research', 'paper', 'survey'],
	['law', 'bill', 'act', 'legislation'],
	['company', 'firm', 'business'],
	['disease', 'illness', 'infection']
];

/** Counts written in words, as news style writes numbers under ten (and round tens). */
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
	Object.entries(SPELLED_NUMBERS).filter(([, value]) => value >= 2)
);
const WORD_OF = new Map(Object.entries(NUMBER_WORDS).map(([word, value]) => [value, word]));

/** 3 for "three" or "Three"; undefined for anything else. */
export function numberWordValue(word: string): number | undefined {
	return NUMBER_WORDS[word.toLowerCase()];
}

/** "three" for 3, keeping a capital if the model had one; undefined where no single word fits. */
export function numberWord(value: number, like = ''): string | undefined {
	const word = WORD_OF.get(value);
	if (!word) return undefined;
	return /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Lower-case words inside a person's name: "al-Assad", "bin Salman", "van Gaal". */
export const NAME_PARTICLES = new Set('al el bin ibn van von der den da di du'.split(' '));

/** What a person is called by alone: "Joe Biden" -> "Biden", "Bashar al-Assad" -> "Assad". */
export function surnameOf(name: string): string {
	const last = name.split(' ').pop() ?? name;
	const hyphen = last.indexOf('-');
	const particle = hyphen > 0 ? last.slice(0, hyphen) : '';
	return NAME_PARTICLES.has(particle) && /^[A-Z]/.test(last.slice(hyphen + 1))
		? last.slice(hyphen + 1)
		: last;
}

/**
 * Words that may stand capitalised before a number without being part of a name with it ("In
 * 2019", "Nearly 300"): "S&P 500" and "Apollo 17" are names, "Some 300" is not.
 */
export const BEFORE_A_FIGURE = new Set(
	(
		'in on at by since from until between during and but some about nearly almost only just ' +
		'around over roughly approximately all another yet so'
	).split(' ')
);
