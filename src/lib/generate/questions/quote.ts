// A quote's claim: "Who said: "...?"" for a quoted sentence and its named speaker, with other
// people of the document as options. The quote is shown as written, first person and all.
import type { Fact } from '../facts/types';
import { shuffled } from '../random';
import { samePersonOrTitled } from './mcq';
import { factKey, type BuildContext, type Candidate } from './candidate';

const SAYS = '(?:said|says|told|tells|added|adds|explained|wrote|writes|insisted|warned)';
/** "…," Raab told the BBC. / "…," said Carlos Saldarriaga, … */
const QUOTE_FIRST = new RegExp(`^"([^"]+?)[,.]" (.+ ${SAYS}\\b.*|${SAYS} .+)[.]$`);
/** Ms Persson said: "…." */
const QUOTE_LAST = new RegExp(`^(.+ ${SAYS}):? "([^"]+?)[.]"$`);

/** The full name a surname stands for, when the document names exactly one such person. */
function fullName(answer: string, facts: readonly Fact[]): string {
	if (answer.includes(' ')) return answer;
	const names = new Set(
		facts
			.filter((f) => f.kind === 'person' && !f.alias && f.answer.endsWith(` ${answer}`))
			.map((f) => f.answer)
	);
	return names.size === 1 ? ([...names][0] as string) : answer;
}

/**
 * Three other people of the document, written like the answer: full names for a full name,
 * surnames for a surname (the answer as the sentence writes it).
 */
function otherPeople(
	answer: string,
	prompt: string,
	build: BuildContext,
	seed: string
): string[] | null {
	const full = answer.includes(' ');
	const names = new Set<string>();
	const surnames = new Map<string, number>();
	for (const fact of build.facts) {
		if (fact.kind !== 'person' || fact.alias) continue;
		const name = fullName(fact.answer, build.facts);
		if (!name.includes(' ')) continue;
		const surname = name.split(' ').pop() as string;
		surnames.set(surname, (surnames.get(surname) ?? 0) + (names.has(name) ? 0 : 1));
		names.add(name);
	}
	// "Johnson" for one of two Johnsons is not one answer.
	if (!full && (surnames.get(answer) ?? 0) > 1) return null;
	const others = [...names]
		.map((name) => (full ? name : (name.split(' ').pop() as string)))
		.filter((name) => name !== answer && !prompt.includes(name) && !answer.endsWith(` ${name}`))
		.filter((name) => full || surnames.get(name) === 1);
	const picked: string[] = [];
	for (const name of shuffled([...new Set(others)].sort(), seed)) {
		// "Mr Clarke" beside "Andy Clarke": one person twice, and a title that stands out.
		if (picked.length < 3 && !samePersonOrTitled(answer, name, picked)) picked.push(name);
	}
	return picked.length === 3 ? picked : null;
}

export function quoteQuestions(facts: readonly Fact[], build: BuildContext): Candidate[] {
	const out: Candidate[] = [];
	const bySentence = new Map<number, Fact[]>();
	for (const fact of facts) {
		if (fact.kind !== 'person' || fact.alias || fact.possessive) continue;
		bySentence.set(fact.sentence, [...(bySentence.get(fact.sentence) ?? []), fact]);
	}
	for (const [index, people] of bySentence) {
		const text = build.contexts[index]?.sentence.text ?? '';
		let quote: string | undefined;
		let from = 0;
		let to = 0;
		const first = QUOTE_FIRST.exec(text);
		const last = first ? null : QUOTE_LAST.exec(text);
		if (first) {
			quote = first[1];
			from = text.length - (first[2]?.length ?? 0) - 1;
			to = text.length;
		} else if (last) {
			quote = last[2];
			to = last[1]?.length ?? 0;
		}
		if (!quote) continue;
		const words = quote.split(' ').length;
		if (words < 6 || words > 30) continue;
		// One speaker named outside the quote.
		const speakers = people.filter((p) => p.start >= from && p.end <= to);
		if (speakers.length !== 1) continue;
		const speaker = speakers[0] as Fact;
		// The answer as the sentence writes it, so that the sentence shows it.
		const answer = speaker.answer;
		if (quote.includes(answer)) continue;
		const prompt = `Who said: "${quote}"?`;
		const seed = `${prompt}|${answer}`;
		const distractors = otherPeople(answer, prompt, build, seed);
		if (!distractors) continue;
		out.push({
			type: 'mcq',
			prompt,
			answer,
			options: shuffled([answer, ...distractors], seed),
			sourceSentence: index,
			difficulty: 2,
			tags: ['person', 'quote'],
			score: speaker.weight,
			factKey: factKey(speaker)
		});
	}
	return out;
}
