// What matters in a document: the topic entities (named in the title, repeated through the text)
// and how salient each sentence is (the lead, central entities, counted things, actors acting).
import type { AnalysedSentence, Fact } from './facts/types';

export interface Salience {
	/** Per sentence index, 0 (nothing to ask) to 1 (the lead's main fact). */
	sentence: number[];
	/** The document's main subjects, most central first, lower-cased without a leading "the". */
	topics: string[];
	/** Topic entities the title names (a subset of `topics`). */
	titled: string[];
	/** Words the text writes in lower case somewhere ("farmers"): not a name by themselves. */
	common?: ReadonlySet<string>;
}

const ENTITY_KINDS = new Set(['person', 'place', 'org']);

export function entityKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[’']s$/, '')
		.replace(/^the\s+/, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function mentions(haystack: string, needle: string): boolean {
	return needle.length > 0 && ` ${entityKey(haystack)} `.includes(` ${needle} `);
}

/** Countries a title names by their adjective: "Reaction from Spanish press" gives "Spain". */
const DEMONYMS: Record<string, string> = {
	spain: 'spanish',
	britain: 'british',
	france: 'french',
	germany: 'german',
	italy: 'italian',
	turkey: 'turkish',
	sweden: 'swedish',
	china: 'chinese',
	japan: 'japanese',
	russia: 'russian',
	ukraine: 'ukrainian',
	england: 'english',
	australia: 'australian',
	afghanistan: 'afghan',
	india: 'indian',
	iran: 'iranian',
	israel: 'israeli',
	mexico: 'mexican',
	canada: 'canadian',
	brazil: 'brazilian',
	peru: 'peruvian',
	egypt: 'egyptian',
	korea: 'korean',
	'north korea': 'north korean',
	'south korea': 'south korean'
};

/**
 * Weight of a sentence's position: a news lead carries the story, then it tapers off. A paragraph's
 * first sentence states its point; the ones after it lean on it (rated questions of held-out news:
 * 64 % acceptable from paragraph openers, 55 % from sentences inside a paragraph).
 */
function positionWeight(rank: number, opensParagraph: boolean): number {
	if (rank === 0) return 1;
	if (rank === 1) return 0.75;
	if (rank === 2) return 0.55;
	const taper = Math.max(0.1, 0.45 - 0.03 * (rank - 3));
	return opensParagraph ? Math.max(taper, OPENER_FLOOR) : taper;
}

/** Least position weight of a paragraph's first sentence, however deep in the text it is. */
const OPENER_FLOOR = 0.3;

export function documentSalience(
	sentences: readonly AnalysedSentence[],
	facts: readonly Fact[],
	title: string | undefined
): Salience {
	const usable = sentences.filter((s) => s.usable);
	const factsOf = new Map<number, Fact[]>();
	for (const fact of facts)
		factsOf.set(fact.sentence, [...(factsOf.get(fact.sentence) ?? []), fact]);
	// Entity -> how many usable sentences name it; the title counts as three mentions.
	const names = new Set<string>();
	for (const fact of facts) {
		if (!ENTITY_KINDS.has(fact.kind)) continue;
		const key = entityKey(fact.answer);
		if (key.length > 1) names.add(key);
	}
	const keys = new Map(usable.map((s) => [s.index, entityKey(s.text)]));
	const weight = new Map<string, number>();
	const titleKey = title ? ` ${entityKey(title)} ` : '';
	for (const name of names) {
		let count = 0;
		for (const key of keys.values()) if (` ${key} `.includes(` ${name} `)) count += 1;
		const inTitle = titleKey.includes(` ${name} `);
		weight.set(name, count + (inTitle ? 3 : 0));
	}
	const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	const top = ranked[0]?.[1] ?? 0;
	const minimum = Math.max(3, Math.ceil(usable.length * 0.2));
	const topics = ranked
		.filter(
			([name, w]) => (titleKey.includes(` ${name} `) && w >= 4) || (w >= minimum && w >= top / 2)
		)
		.slice(0, 4)
		.map(([name]) => name);
	const titled = topics.filter((name) => titleKey.includes(` ${name} `));

	const scores = sentences.map(() => 0);
	const most = Math.max(1, top);
	const paragraphsSeen = new Set<number>();
	usable.forEach((sentence, rank) => {
		const opens = !paragraphsSeen.has(sentence.paragraph);
		paragraphsSeen.add(sentence.paragraph);
		const position = positionWeight(rank, opens);
		const own = factsOf.get(sentence.index) ?? [];
		if (own.length === 0) {
			scores[sentence.index] = 0.3 * position;
			return;
		}
		const key = keys.get(sentence.index) ?? '';
		let centrality = 0;
		for (const [name, w] of weight) if (` ${key} `.includes(` ${name} `)) centrality += w / most;
		const counted = own.some((f) => f.kind === 'quantity' && (f.unit || f.subtype !== 'count'));
		const dated = own.some((f) => f.kind === 'year' || f.kind === 'month');
		const acting = own.some((f) => f.kind === 'agent' || f.kind === 'object' || f.kind === 'cause');
		const named = own.some((f) => f.kind === 'person' || f.kind === 'org' || f.kind === 'source');
		const best = Math.max(...own.map((f) => f.weight));
		scores[sentence.index] =
			0.45 * position +
			0.2 * Math.min(1, centrality / 1.5) +
			0.12 * (counted ? 1 : 0) +
			0.08 * (acting || (named && dated) ? 1 : 0) +
			0.05 * (dated ? 1 : 0) +
			0.1 * Math.min(1, best / 3);
	});
	const common = new Set(
		sentences.flatMap((s) => s.text.match(/(?<![.!?"“] |^)\b[a-z][a-z'-]{3,}\b/g) ?? [])
	);
	return { sentence: scores.map((s) => Math.round(s * 1000) / 1000), topics, titled, common };
}

/** True when the answer names a topic entity. */
export function isTopic(answer: string, salience: Salience): boolean {
	const key = entityKey(answer);
	return salience.topics.includes(key);
}

/** Words that name no one thing by themselves: "Space", "National", "Telescope". */
const GENERIC_NAME_WORDS = new Set(
	(
		'space national united international royal general federal new great north south east west ' +
		'central city state states republic party council court house club league union bank ' +
		'university college institute agency company group telescope museum hospital school ' +
		'airport station street road park river lake mount island'
	).split(' ')
);

/**
 * The distinctive capitalised words of a name of several words ("webb" of "James Webb Space
 * Telescope"), each a short form by which a text or a title may call it.
 */
function shortForms(answer: string, common: ReadonlySet<string> | undefined): string[] {
	const words = answer.trim().replace(/\.$/, '').split(/\s+/);
	// A name, every word capitalised ("Senate Ethics Committee Chairman" is a role, not a name).
	if (words.length < 2 || !words.every((w) => /^[A-Z0-9]|^(?:of|the|and|for|de|von|van)$/.test(w)))
		return [];
	if (words.some((w) => ROLE_WORDS.test(w))) return [];
	return words
		.filter((word) => /^[A-Z][a-z'-]{3,}$/.test(word))
		.map(entityKey)
		.filter((word) => !GENERIC_NAME_WORDS.has(word) && !common?.has(word));
}

const ROLE_WORDS =
	/^(?:CEO|Former|Founder|Chairman|Chairwoman|Chair|President|Minister|Prime|Leader|Chief|Executive|Director|Secretary|Senator|Governor|Mayor|Spokesman|Spokeswoman|Manager|Coach|Captain|Officer)$/;

/**
 * True when the answer is a topic entity that the question gives away: the title names it, or it
 * is the document's main subject (a story about China asking for "China").
 */
export function topicGiveaway(
	answer: string,
	title: string | undefined,
	salience: Salience
): boolean {
	const key = entityKey(answer);
	// The title is shown with every question: a name it gives is given away (a figure is news).
	if (title !== undefined && /[a-z]{3}/.test(key) && mentions(title, key)) return true;
	// "Rafael Nadal" in a set titled "Nadal keeps Spain alive": the surname gives the name away.
	const surname = /^[A-Z][a-z]+ ([A-Z][a-z'-]{2,})$/.exec(answer.trim())?.[1];
	if (title !== undefined && surname && mentions(title, entityKey(surname))) return true;
	// "James Webb Space Telescope" under "Webb telescope spots ...", or in a text that calls it
	// "Webb" throughout: the subject named by a shorter form is still the subject.
	const core = shortForms(answer, salience.common);
	if (title !== undefined && core.some((word) => mentions(title, word))) return true;
	// (A person the text calls by surname is learnt by that name: "Who said ...?" -> "Lucas
	// Paganini" stays, unless the title names him.)
	if (
		salience.topics[0] !== undefined &&
		core.includes(salience.topics[0]) &&
		!/^[A-Z][a-z]+ [A-Z][a-z'-]+\.?$/.test(answer.trim())
	)
		return true;
	const demonym = DEMONYMS[key];
	if (title !== undefined && demonym && mentions(title, demonym)) return true;
	if (!salience.topics.includes(key)) return false;
	return (
		salience.topics[0] === key ||
		salience.titled.includes(key) ||
		(title !== undefined && mentions(title, key))
	);
}
