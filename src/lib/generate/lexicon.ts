// A per-document lexicon for compromise: names introduced by a title ("President Volodymyr
// Zelensky", "leader Kim Jong Un") are people, and so are their surnames when used alone.
import type { Lexicon } from './tokens';

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
