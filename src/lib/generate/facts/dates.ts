// Months in time expressions ("in January", "as of late February", "in July 1969").
import { has, type Token } from '../tokens';
import { MONTHS } from '../words';
import type { AnalysedSentence, Fact } from './types';

const MONTH_SET = new Set(MONTHS);

/**
 * "will launch on 11 March": a day written before its month, after "on", "from", "until" or
 * "by", is one date; the blank takes the day with the month ("on _____", not "on 11 _____").
 */
function dayBefore(tokens: readonly Token[], i: number, sentence: number): Fact | null {
	const day = tokens[i - 1];
	const preposition = tokens[i - 2];
	const month = tokens[i];
	if (!day || !preposition || !month) return null;
	if (!/^(?:on|from|until|by|before|after)$/.test(preposition.normal)) return null;
	if (!/^\d{1,2}$/.test(day.text) || Number(day.text) < 1 || Number(day.text) > 31) return null;
	// "on 11 March 2005" is dated already (its year follows); here no year does.
	if (/^\d/.test(tokens[i + 1]?.text ?? '')) return null;
	const name = month.text.replace(/[.,]$/, '');
	return {
		kind: 'month',
		subtype: 'day',
		sentence,
		from: i - 1,
		to: i + 1,
		start: day.start,
		end: month.start + name.length,
		answer: `${day.text} ${name}`,
		weight: 1.8
	};
}

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
		if (!dated) {
			const day = dayBefore(tokens, i, index);
			if (day) facts.push(day);
			return;
		}
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
