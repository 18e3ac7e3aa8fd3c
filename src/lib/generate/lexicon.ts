// A per-document lexicon for compromise: names introduced by a title ("President Volodymyr
// Zelensky", "leader Kim Jong Un") are people, and so are their surnames when used alone.
import { has, isCapitalised, type Lexicon, type Token } from './tokens';

const TITLED_NAME =
	/\b(?:President|Prime Minister|Secretary|[Ll]eader|Chancellor|Minister|General|King|Queen|Senator|Governor|Dr\.|Professor|Mayor|Ambassador|CEO|[Cc]hief|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|Judge|Commander)\s+((?:[A-Z][a-z'-]+\s){1,2}[A-Z][a-z'-]+)/g;

export function documentLexicon(text: string): Lexicon {
	const lexicon: Lexicon = {};
	for (const match of text.matchAll(TITLED_NAME)) {
		const name = match[1] as string;
		const parts = name.split(' ');
		lexicon[name.toLowerCase()] = 'Person';
		lexicon[(parts[0] as string).toLowerCase()] = 'FirstName';
		lexicon[(parts[parts.length - 1] as string).toLowerCase()] = 'LastName';
	}
	return lexicon;
}

function retagged(token: Token, drop: readonly string[], add: readonly string[]): Token {
	const tags = new Set([...token.tags].filter((t) => !drop.includes(t)));
	for (const tag of add) tags.add(tag);
	return { ...token, tags };
}

const VERB_TAGS = ['Verb', 'PresentTense', 'Infinitive', 'Imperative'];

/**
 * Corrects two tagging slips of compromise that hide a sentence's verb or a count's noun:
 * a plural noun after a number read as a verb ("12 fouls", "300 volunteers joined"), and a
 * sentence-initial name followed by its verb read as a noun ("Emirates employs 60,000
 * people").
 */
export function retag(tokens: readonly Token[]): Token[] {
	const out = [...tokens];
	out.forEach((token, i) => {
		const previous = out[i - 1];
		if (
			previous !== undefined &&
			has(previous, 'Value') &&
			/^\s?$/.test(previous.post) &&
			/[^s]s$/.test(token.normal) &&
			has(token, 'PresentTense') &&
			!has(token, 'Noun')
		) {
			out[i] = retagged(token, VERB_TAGS, ['Noun', 'Plural']);
		}
	});
	// The first verb of the sentence read as a plural noun: "The company employs 2,000 people",
	// "Tarvik owns the mill"; the name before it may have been read as a verb too.
	for (let i = 1; i < out.length - 1; i += 1) {
		const subject = out[i - 1] as Token;
		const token = out[i] as Token;
		const next = out[i + 1] as Token;
		if (has(token, 'Verb') || (has(subject, 'Verb') && !isCapitalised(subject))) break;
		if (
			has(token, 'Noun') &&
			!isCapitalised(token) &&
			/[^s]s$/.test(token.normal) &&
			/^\s?$/.test(subject.post) &&
			/^\s?$/.test(token.post) &&
			(has(subject, 'Noun') || isCapitalised(subject)) &&
			!has(subject, 'Determiner') &&
			!has(subject, 'Pronoun') &&
			(has(next, 'Value') || has(next, 'Determiner'))
		) {
			if (isCapitalised(subject) && !has(subject, 'ProperNoun'))
				out[i - 1] = retagged(subject, VERB_TAGS, ['Noun', 'ProperNoun']);
			out[i] = retagged(token, ['Noun', 'Plural', 'Singular'], ['Verb', 'PresentTense']);
			break;
		}
	}
	return out;
}
