// Vetoes every candidate must pass before it is emitted: fluent English and no trivia.
import { namedInOtherForm } from '../accept';
import { CITIES, CONTINENTS, COUNTRIES } from '../gazetteer';
import { fitProblem } from './fit';
import { auxBeforeIng, grammarProblem, tornAnswer } from './grammar';
import { triviaReason, type TriviaInput } from './trivia';
import { namesNothing, percentWithoutBase, questionVagueReason, vagueReason } from './vague';

export type GateCandidate = TriviaInput;

/** What the caller knows beyond the candidate: its source sentence, when at hand. */
export interface GateContext {
	sentence?: string;
	/** The document's title, which the set shows with every question. */
	title?: string;
}

const FUNCTION_WORDS = new Set('the a an of in on at for to and with from by new'.split(' '));

/** Content words of a text, lower case, plural "s" off. */
function contentWords(text: string): string[] {
	return (text.toLowerCase().match(/[a-z][a-z-]+/g) ?? [])
		.filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w))
		.map((w) => w.replace(/(?<!s)s$/, ''));
}

/**
 * "The order is valued at $8.8 billion" in a set titled "Airline places $9bn order for jets":
 * the subject the statement does not name is the one its title names.
 */
function subjectInTitle(prompt: string, title: string | undefined): boolean {
	if (!title) return false;
	const subject =
		/^(?:(?:But|And|However|Meanwhile|Still|Yet|So),? )?[Tt]he ((?:[a-z][a-z-]*,? ){0,3}[a-z][a-z-]*)/.exec(
			prompt
		)?.[1];
	if (!subject) return false;
	// The subject's words before its verb: any of them named by the title.
	const named = new Set(contentWords(title));
	return contentWords(subject)
		.slice(0, 3)
		.some((word) => named.has(word));
}

const PLACES = new Set([...COUNTRIES, ...CITIES, ...CONTINENTS]);

/** "What is France?" -> "a country in Europe": a place everyone knows, asked with no angle. */
function wellKnownPlace(prompt: string, answer: string): boolean {
	const name = /^What (?:is|was) (?:the )?([A-Z][^?]*)\?$/.exec(prompt)?.[1];
	if (!name) return false;
	return (
		PLACES.has(name) ||
		/^(?:a|an|the) (?:[a-z-]+ )?(?:country|nation|city|town|state|region|province|continent)\b/.test(
			answer
		)
	);
}

/** Verbs that make what follows one side's claim, not a fact: "his lawyers argued he was ...". */
const CLAIM_VERB =
	/\b(?:argue[sd]?|allege[sd]?|contend(?:s|ed)?|claim(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|assert(?:s|ed)?|accuse[sd]?)\b/;

/**
 * "He was singled out." from "His lawyers argued he was singled out": the candidate tells what
 * follows the sentence's verb of claiming, and no longer says whose claim it is.
 */
function claimAsFact(candidate: GateCandidate, sentence: string | undefined): boolean {
	const verb = sentence ? CLAIM_VERB.exec(sentence) : null;
	if (!sentence || !verb) return false;
	const { type, prompt, answer } = candidate;
	// A card or a question about who someone is asks about the sentence's people, not its claim.
	if (type !== 'truefalse' && type !== 'cloze') return false;
	const full = type === 'cloze' ? prompt.replace('_____', answer) : prompt;
	if (CLAIM_VERB.test(full)) return false;
	const claim = new Set(contentWords(sentence.slice(verb.index + verb[0].length)));
	const told = contentWords(full);
	// Most of what the statement says comes from the claim.
	return told.length > 0 && told.filter((word) => claim.has(word)).length * 2 > told.length;
}

/**
 * Why the candidate must not be emitted, or null when every gate passes. With the source
 * sentence, a rewritten question is also refused for trivia its sentence shows (a byline, a
 * ticker, a sub-1% market move) that the rewrite no longer does.
 */
export function gateReason(candidate: GateCandidate, context: GateContext = {}): string | null {
	const { type, prompt, answer } = candidate;
	const promptKind = type === 'cloze' ? 'cloze' : type === 'truefalse' ? 'statement' : 'question';
	const problem =
		grammarProblem(prompt, promptKind) ??
		(type === 'flashcard' ? grammarProblem(answer, 'answer') : null) ??
		(type === 'cloze' || type === 'mcq' ? grammarProblem(answer, 'cloze') : null);
	if (problem) return `ungrammatical: ${problem}`;
	if (type !== 'truefalse' && tornAnswer(answer, type === 'flashcard'))
		return 'ungrammatical: answer starts with a preposition';
	// '"_____ all so excited," Rita Talwar said -> We're': a pronoun names no one.
	if (
		type !== 'truefalse' &&
		/^(?:I|we|you|they|he|she|it)(?:['’](?:re|s|ll|ve|d|m))?$/i.test(answer.trim())
	)
		return 'ungrammatical: a pronoun as the answer';
	// "Where did Lillian Lew say ...? -> St.": the first word of a name cut at its full stop.
	if (
		(type === 'mcq' || type === 'flashcard') &&
		/^(?:St|Mt|Ft|Pt|Dr|Mr|Mrs|Ms|No|Gen|Sen|Rep|Gov)\.?$/.test(answer.trim())
	)
		return 'ungrammatical: answer is an abbreviation cut from its name';
	const misfit = fitProblem(candidate);
	if (misfit) return misfit;
	if (type !== 'truefalse' && namedInOtherForm(prompt, answer))
		return 'giveaway: the prompt names the answer in another form';
	if (claimAsFact(candidate, context.sentence)) return 'wrong: a claim stated as fact';
	// A cloze or a statement is the source sentence: it keeps whatever the sentence leaned on.
	const vague =
		type === 'cloze' || type === 'truefalse' ? vagueReason(prompt) : questionVagueReason(prompt);
	const named =
		vague === 'unnamed subject' &&
		(type === 'cloze' || type === 'truefalse') &&
		subjectInTitle(prompt, context.title);
	if (vague && !named) return `vague: ${vague}`;
	// "Why was the site shut down?" -> "Because of this ...": the cause is in another sentence.
	if (
		/^(?:(?:Because|Due|Thanks|Owing) (?:of|to) )?(?:this|that|these|those|it)\b/i.test(answer) &&
		candidate.tags.includes('cause')
	)
		return 'vague: a cause that points back';
	if (type === 'flashcard' && wellKnownPlace(prompt, answer))
		return 'vague: asks what a well-known place is';
	// "Company management was put in charge.": in charge of what is cut away.
	if (
		(type === 'cloze' || type === 'truefalse') &&
		/\b(?:put|placed|left) in charge\.?$/.test(prompt)
	)
		return 'vague: in charge of nothing named';
	const whole = type === 'cloze' ? prompt.replace('_____', answer) : prompt;
	if (percentWithoutBase(whole)) return 'vague: a share or change without its base';
	const sentenceTrivia =
		context.sentence && candidate.type !== 'cloze'
			? triviaReason({ ...candidate, type: 'cloze', prompt: context.sentence, answer: '' })
			: null;
	// 'Who said: "..."?' names the speaker a quotation standing alone leaves to the sentence before.
	const asksSpeaker =
		candidate.tags.includes('quote') && sentenceTrivia === 'quote without a speaker';
	const trivia = triviaReason(candidate) ?? (asksSpeaker ? null : sentenceTrivia);
	if (trivia) return `trivia: ${trivia}`;
	// Checked last: a typo copied from the source is the least telling reason.
	if (auxBeforeIng(prompt)) return 'ungrammatical: an auxiliary before a participle in -ing';
	if (type === 'truefalse' && namesNothing(prompt) && !subjectInTitle(prompt, context.title))
		return 'vague: names nothing';
	return null;
}
