import { describe, expect, it } from 'vitest';
import { matchFacts, parseFacts, wordsOf } from './recall';

const q = (id: string, prompt: string, answer: string) => ({ id, prompt, answer });

describe('parseFacts', () => {
	it('reads one fact per line, skipping blanks and # comments', () => {
		const facts = parseFacts('# lead\n3,000 troops Russia\n\n  Kursk region  # where\n#x\n');
		expect(facts.map((f) => f.line)).toEqual(['3,000 troops Russia', 'Kursk region']);
		expect(facts[0]?.words).toEqual(['3000', 'troop', 'russia']);
	});
});

describe('wordsOf', () => {
	it('ignores case, punctuation and thousands separators', () => {
		expect(wordsOf('About 11,000 TROOPS, in Kursk!')).toEqual([
			'about',
			'11000',
			'troop',
			'in',
			'kursk'
		]);
		expect(wordsOf('2,700,000 people')).toEqual(['2700000', 'people']);
	});
	it('keeps decimals and reads % as percent', () => {
		expect(wordsOf('a 2.5% cut')).toEqual(['a', '2.5', 'percent', 'cut']);
		expect(wordsOf('2.5 per cent')).toEqual(['2.5', 'percent']);
	});
	it('reduces plurals and possessives', () => {
		expect(wordsOf("Korea's allies' missiles batteries")).toEqual([
			'korea',
			'ally',
			'missile',
			'battery'
		]);
		expect(wordsOf('Korea’s')).toEqual(['korea']);
	});
	it('drops accents', () => {
		expect(wordsOf('Pérez')).toEqual(['perez']);
	});
});

describe('matchFacts', () => {
	const questions = [
		q('a', 'How many troops has North Korea sent to Russia?', '3,000'),
		q('b', 'The bank cut its rate to _____ percent.', '3.25'),
		q('c', "North Korea's soldiers were sent to the Kursk region.", 'true')
	];
	it('needs every word of a fact in one question, prompt and answer together', () => {
		const facts = parseFacts('3000 troops\nrate 3.25%\nKursk soldier\ntroops Kursk\n');
		const result = matchFacts(facts, questions);
		expect(result.map((r) => r.questionIds)).toEqual([['a'], ['b'], ['c'], []]);
	});
	it('matches whole words, not parts of words', () => {
		const [result] = matchFacts(parseFacts('Korea sent 300'), questions);
		expect(result?.questionIds).toEqual([]);
	});
});
