// Months in time expressions ("in January", "as of late February", "in July 1969").
import { has } from '../tokens';
import { MONTHS } from '../words';
import type { AnalysedSentence, Fact } from './types';

const MONTH_SET = new Set(MONTHS);

export function monthFacts(sentence: AnalysedSentence): Fact[] {
	const { tokens, index } = sentence;
	const facts: Fact[] = [];
	tokens.forEach((token, i) => {
		const name = token.text.replace(/[.,]$/, '');
		if (!MONTH_SET.has(name)) return;
		// "May" is also a verb: only take it as a month next to a preposition, a day or a year.
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		const dated =
			has(next, 'Value') ||
			(prev !== undefined &&
				/^(?:in|since|until|by|early|late|mid|of|from|during|last|this|next)$/.test(prev.normal));
		if (!dated) return;
		let to = i + 1;
		let year: string | undefined;
		if (next && /^\d{1,2}$/.test(next.normal)) to += 1;
		const maybeYear = tokens[to];
		if (maybeYear && /^\d{4}$/.test(maybeYear.normal)) {
			year = maybeYear.normal;
			to += 1;
		}
		const qualified = prev !== undefined && /^(?:early|late|mid)$/.test(prev.normal);
		facts.push({
			kind: 'month',
			sentence: index,
			from: qualified ? i - 1 : i,
			to,
			start: token.start,
			end: token.start + name.length,
			answer: name,
			unit: year,
			weight: 1.8
		});
	});
	return facts;
}
