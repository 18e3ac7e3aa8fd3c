import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '$lib/generate';
import type { Question, QuestionSet, QuestionType } from '$lib/types';
import { MAX_EARLIER_ARTICLES, matchSets, matchStory, similarity, storyOrder } from './match';

// Ten pairs of article versions written for this test, as question sets: each question is
// [id, type, prompt, answer]; `gold` lists the true pairs (new id, old id, changed or same).
type Row = [id: string, type: QuestionType, prompt: string, answer: string];
interface Pair {
	name: string;
	older: Row[];
	newer: Row[];
	gold: [newId: string, oldId: string, kind: 'changed' | 'same'][];
}

function set(id: string, date: string, rows: Row[]): QuestionSet {
	return {
		id,
		title: id,
		date,
		generatorVersion: 'test',
		sentences: rows.map((r) => r[2]),
		questions: rows.map(([qid, type, prompt, answer], i): Question => ({
			id: qid,
			type,
			prompt,
			answer,
			sourceSentence: i,
			explanation: prompt,
			...(type === 'mcq' ? { options: [answer, 'x', 'y', 'z'] } : {})
		}))
	};
}

const PAIRS: Pair[] = [
	{
		name: 'kursk: the same facts asked in another form are linked, a false statement is not',
		older: [
			[
				'o1',
				'mcq',
				"Since which month have North Korean troops been present in Russia's Kursk region?",
				'November'
			],
			[
				'o2',
				'truefalse',
				'Moscow has supported Pyongyang with essential resources such as coal, food, and medical aid.',
				'true'
			],
			[
				'o3',
				'truefalse',
				'As South Korea deepens its involvement, European leaders are set to convene in Paris.',
				'false'
			],
			['o4', 'numeric', 'How many troops has North Korea sent to Russia in total?', '11,000']
		],
		newer: [
			[
				'n1',
				'cloze',
				"Since _____, North Korean troops have been present in Russia's Kursk region.",
				'November'
			],
			[
				'n2',
				'cloze',
				'In return, Moscow has supported Pyongyang with essential resources such as coal, _____, and medical aid.',
				'food'
			],
			[
				'n3',
				'cloze',
				'As _____ deepens its involvement, European leaders are set to convene in Paris.',
				'North Korea'
			],
			['n4', 'cloze', 'North Korea has sent _____ troops to Russia in total.', '14,000']
		],
		gold: [
			['n1', 'o1', 'same'],
			['n2', 'o2', 'same']
		]
	},
	{
		name: 'troops: two counts change, a place stays, a fact is new, one is dropped',
		older: [
			[
				'o1',
				'mcq',
				'What is the total number of North Korean troops deployed to Russia?',
				'11,000'
			],
			['o2', 'numeric', 'How many of the soldiers have been killed or wounded in combat?', '4,000'],
			['o3', 'mcq', 'In which region of Russia have North Korean troops been present?', 'Kursk'],
			['o4', 'flashcard', 'Who is Kim Jong Un?', 'North Korean leader.']
		],
		newer: [
			[
				'n1',
				'mcq',
				'What is the total number of North Korean troops deployed to Russia?',
				'14,000'
			],
			['n2', 'numeric', 'How many of the soldiers have been killed or wounded in combat?', '6,000'],
			['n3', 'mcq', 'In which region of Russia have North Korean troops been present?', 'Kursk'],
			['n4', 'mcq', 'In which city did the leaders meet to discuss a truce?', 'Geneva']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o2', 'changed'],
			['n3', 'o3', 'same']
		]
	},
	{
		name: 'rates: the wording shifts a little, the rate changes',
		older: [
			['o1', 'numeric', 'At what rate did the central bank hold its main interest rate?', '4.5%'],
			['o2', 'cloze', 'Inflation rose to _____ in March, the statistics office said.', '3.1%'],
			['o3', 'flashcard', 'Who chairs the central bank?', 'Maria Lopez.']
		],
		newer: [
			['n1', 'numeric', 'At what rate did the central bank set its main interest rate?', '4.25%'],
			['n2', 'cloze', 'Inflation fell to _____ in April, the statistics office said.', '2.8%'],
			['n3', 'flashcard', 'Who chairs the central bank?', 'Maria Lopez.']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o2', 'changed'],
			['n3', 'o3', 'same']
		]
	},
	{
		name: 'storm: totals rise, a true/false statement changes its figure',
		older: [
			['o1', 'numeric', 'How many homes are without power after the storm?', '300,000'],
			['o2', 'truefalse', 'The storm has killed 12 people in Louisiana so far.', 'true'],
			['o3', 'mcq', 'Which state did the storm hit first?', 'Louisiana']
		],
		newer: [
			['n1', 'numeric', 'How many homes are still without power after the storm?', '120,000'],
			['n2', 'truefalse', 'The storm has killed 19 people in Louisiana so far.', 'true'],
			['n3', 'mcq', 'Which state did the storm hit first?', 'Louisiana'],
			['n4', 'numeric', 'How many workers are restoring the lines?', '25,000']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o2', 'changed'],
			['n3', 'o3', 'same']
		]
	},
	{
		name: 'election: the leader changes, the date stays',
		older: [
			['o1', 'flashcard', 'Who leads in the latest poll?', 'Anna Berg.'],
			['o2', 'mcq', 'In which month is the election held?', 'October'],
			['o3', 'numeric', 'What share of voters backs the leading party?', '31%']
		],
		newer: [
			['n1', 'flashcard', 'Who leads in the latest poll?', 'Tomas Ek.'],
			['n2', 'mcq', 'In which month is the election held?', 'October'],
			['n3', 'numeric', 'What share of voters backs the leading party?', '29%']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o2', 'same'],
			['n3', 'o3', 'changed']
		]
	},
	{
		name: 'vaccine: nothing changes (a repeat article)',
		older: [
			['o1', 'numeric', 'How many doses has the agency delivered this year?', '2.7 million'],
			['o2', 'cloze', 'The vaccine is given in _____ doses.', 'two'],
			['o3', 'flashcard', 'Who approved the vaccine?', 'The health agency.']
		],
		newer: [
			['n1', 'numeric', 'How many doses has the agency delivered this year?', '2,700,000'],
			['n2', 'cloze', 'The vaccine is given in _____ doses.', '2'],
			['n3', 'flashcard', 'Who approved the vaccine?', 'The health agency.']
		],
		gold: [
			['n1', 'o1', 'same'],
			['n2', 'o2', 'same'],
			['n3', 'o3', 'same']
		]
	},
	{
		name: 'market: different measures with alike wording stay apart',
		older: [
			['o1', 'numeric', 'How much did the index rise on Monday?', '1.2%'],
			['o2', 'numeric', 'How many shares changed hands on Monday?', '3 billion'],
			['o3', 'mcq', 'Which company led the gains?', 'Acme']
		],
		newer: [
			['n1', 'numeric', 'How much did the index fall on Tuesday?', '0.8%'],
			['n2', 'numeric', 'How many shares changed hands on Tuesday?', '2.5 billion'],
			['n3', 'mcq', 'Which company led the losses?', 'Globex']
		],
		gold: [['n2', 'o2', 'changed']]
	},
	{
		name: 'wildfire: a dropped fact and a new one, area burned grows',
		older: [
			['o1', 'numeric', 'How many hectares has the wildfire burned?', '12,000'],
			['o2', 'numeric', 'How many firefighters are fighting the wildfire?', '800'],
			['o3', 'mcq', 'Which town was evacuated?', 'Redding']
		],
		newer: [
			['n1', 'numeric', 'How many hectares has the wildfire burned?', '30,000'],
			['n2', 'mcq', 'Which town was evacuated?', 'Redding'],
			['n3', 'mcq', 'Which highway was closed?', 'Route 299']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o3', 'same']
		]
	},
	{
		name: 'football: records and rankings',
		older: [
			['o1', 'numeric', 'How many goals has the striker scored this season?', '21'],
			['o2', 'mcq', 'Which club tops the league?', 'Arsenal'],
			['o3', 'flashcard', 'Who manages the club?', 'Mikel Arteta.']
		],
		newer: [
			['n1', 'numeric', 'How many goals has the striker scored so far this season?', '27'],
			['n2', 'mcq', 'Which club tops the league?', 'Liverpool'],
			['n3', 'flashcard', 'Who manages the club?', 'Mikel Arteta.']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o2', 'changed'],
			['n3', 'o3', 'same']
		]
	},
	{
		name: 'aid: types differ, so a cloze and a numeric on one fact are not merged',
		older: [
			['o1', 'cloze', 'The EU pledged _____ euros in aid to Ukraine.', '50 billion'],
			['o2', 'mcq', 'Where did the leaders meet?', 'Brussels']
		],
		newer: [
			['n1', 'numeric', 'How much aid did the EU pledge to Ukraine?', '60 billion euros'],
			['n2', 'mcq', 'Where did the leaders meet?', 'Paris']
		],
		gold: [['n2', 'o2', 'changed']]
	},
	{
		name: 'prices: cloze sentences with other figures around the blank',
		older: [
			['o1', 'cloze', 'Oil traded at _____ a barrel on Monday, up 2% on the week.', '$82'],
			[
				'o2',
				'cloze',
				'Petrol costs _____ a litre on average, the motoring group said.',
				'1.45 euros'
			]
		],
		newer: [
			['n1', 'cloze', 'Oil traded at _____ a barrel on Monday, down 3% on the week.', '$77'],
			[
				'n2',
				'cloze',
				'Petrol costs _____ a litre on average, the motoring group said.',
				'1.45 euros'
			],
			['n3', 'cloze', 'Diesel costs _____ a litre, the motoring group said.', '1.52 euros']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o2', 'same']
		]
	},
	{
		name: 'quake: casualty counts and an unrelated new fact',
		older: [
			['o1', 'numeric', 'How many people died in the earthquake?', '1,200'],
			['o2', 'numeric', 'How many people were injured in the earthquake?', '5,000'],
			['o3', 'mcq', 'What magnitude was the earthquake?', '7.1']
		],
		newer: [
			['n1', 'numeric', 'How many people died in the earthquake?', '2,100'],
			['n2', 'numeric', 'How many people were injured in the earthquake?', '7,400'],
			['n3', 'mcq', 'What magnitude was the earthquake?', '7.1'],
			['n4', 'numeric', 'How many rescue teams arrived from abroad?', '40']
		],
		gold: [
			['n1', 'o1', 'changed'],
			['n2', 'o2', 'changed'],
			['n3', 'o3', 'same']
		]
	}
];

function score() {
	let truePositive = 0;
	let predicted = 0;
	let relevant = 0;
	for (const pair of PAIRS) {
		const matches = matchSets(
			set('old', '2025-02-01', pair.older),
			set('new', '2025-06-01', pair.newer)
		);
		predicted += matches.length;
		relevant += pair.gold.length;
		for (const m of matches) {
			if (
				pair.gold.some(
					([n, o, kind]) => n === m.questionId && o === m.previous.questionId && kind === m.kind
				)
			)
				truePositive++;
		}
	}
	return { precision: truePositive / predicted, recall: truePositive / relevant };
}

describe('matching facts between article versions', () => {
	it(`has precision and recall of at least 0.9 on ${PAIRS.length} pairs`, () => {
		const { precision, recall } = score();
		console.info(`story matching: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
		expect(precision).toBeGreaterThanOrEqual(0.9);
		expect(recall).toBeGreaterThanOrEqual(0.9);
	});

	it('shows the figure that changed when the answer stays and the prompt changes', () => {
		const prompt = (n: string) => `Who noted that roughly ${n} of the soldiers have been wounded?`;
		const [match] = matchSets(
			set('old', '2025-02-01', [['o', 'flashcard', prompt('4,000'), 'The Joint Chiefs of Staff.']]),
			set('new', '2025-06-01', [['n', 'flashcard', prompt('6,000'), 'The Joint Chiefs of Staff.']])
		);
		expect(match).toMatchObject({ kind: 'changed', from: '4,000', to: '6,000' });
	});

	it('links "Who noted that 6,000 ...?" with the statement that said 4,000 as a changed figure', () => {
		const older = set('old', '2025-02-01', [
			[
				'o',
				'truefalse',
				'The Harlow Coast Guard said that about 300 people were rescued from the ferry.',
				'true'
			],
			['p', 'truefalse', 'The Osk ferry carried about 300 passengers.', 'true']
		]);
		const newer = set('new', '2025-06-01', [
			[
				'n',
				'flashcard',
				'Who said that about 450 people were rescued from the ferry?',
				'The Harlow Coast Guard.'
			],
			// A count asked in one version and stated in another may be another count: not linked.
			['m', 'numeric', 'About how many passengers did the Osk ferry carry?', '350']
		]);
		expect(matchSets(older, newer).map((m) => [m.questionId, m.kind, m.from, m.to])).toEqual([
			['n', 'changed', '300', '450']
		]);
	});

	for (const pair of PAIRS) {
		it(pair.name, () => {
			const matches = matchSets(
				set('old', '2025-02-01', pair.older),
				set('new', '2025-06-01', pair.newer)
			);
			expect(matches.map((m) => [m.questionId, m.previous.questionId, m.kind])).toEqual(pair.gold);
		});
	}

	it('reports the values of a changed fact and the date of the older article', () => {
		const pair = PAIRS[1] as Pair;
		const [first] = matchSets(
			set('old', '2025-02-01', pair.older),
			set('new', '2025-06-01', pair.newer)
		);
		expect(first).toMatchObject({
			kind: 'changed',
			from: '11,000',
			to: '14,000',
			previous: { setId: 'old', questionId: 'o1', date: '2025-02-01' }
		});
	});

	it('matches a fact asked as multiple choice in one version and as a number in the next', () => {
		const a = set('a', '2025-01-01', [['a', 'numeric', 'How many troops were sent?', '3,000']]);
		const b = set('b', '2025-01-02', [['b', 'mcq', 'How many troops were sent?', '5,000']]);
		expect(matchSets(a, b).map((m) => [m.kind, m.from, m.to])).toEqual([
			['changed', '3,000', '5,000']
		]);
	});

	it('never matches a cloze with a question, a statement with either, or other answer kinds', () => {
		const a = set('a', '2025-01-01', [['a', 'numeric', 'How many troops were sent?', '3,000']]);
		const b = set('b', '2025-01-02', [['b', 'cloze', 'How many troops were _____?', '3,000']]);
		const c = set('c', '2025-01-02', [['c', 'numeric', 'How many troops were sent?', 'many']]);
		const d = set('d', '2025-01-02', [['d', 'truefalse', 'How many troops were sent?', 'true']]);
		expect(similarity(a.questions[0]!, b.questions[0]!)).toBe(0);
		expect(similarity(a.questions[0]!, c.questions[0]!)).toBe(0);
		expect(similarity(a.questions[0]!, d.questions[0]!)).toBe(0);
	});
});

describe('matching a new article against its story', () => {
	const v1 = set('v1', '2025-01-01', [
		['a', 'numeric', 'How many homes are without power?', '300,000'],
		['b', 'mcq', 'Which state did the storm hit first?', 'Louisiana']
	]);
	const v2 = set('v2', '2025-01-02', [
		['c', 'numeric', 'How many homes are without power?', '120,000']
	]);
	const v3 = set('v3', '2025-01-03', [
		['d', 'numeric', 'How many homes are without power?', '20,000'],
		['e', 'mcq', 'Which state did the storm hit first?', 'Louisiana'],
		['f', 'mcq', 'Which river flooded?', 'Mississippi']
	]);

	it('pairs each fact with the latest earlier article that asks it', () => {
		const result = matchStory(v3, [v2, v1]);
		expect(result.matches.map((m) => [m.questionId, m.previous.setId, m.kind])).toEqual([
			['d', 'v2', 'changed'],
			['e', 'v1', 'same']
		]);
		expect(result.newFacts).toEqual(['f']);
		expect(result.compared).toBe(2);
	});

	it('ignores articles dated after the new one', () => {
		expect(matchStory(v1, [v2, v3]).matches).toEqual([]);
	});

	it('orders undated articles first and ties by id', () => {
		const undated = { ...v1, id: 'z', date: undefined };
		expect(storyOrder([v3, undated, v2, v1]).map((s) => s.id)).toEqual(['z', 'v1', 'v2', 'v3']);
	});

	it('stays bounded in a story of 500 articles: only the latest 20 are compared', () => {
		const story = Array.from({ length: 500 }, (_, i) =>
			set(`s${i}`, `2024-${String((i % 12) + 1).padStart(2, '0')}-01`, [
				['x', 'numeric', 'How many homes are without power?', String(i)]
			])
		);
		const newer = set('new', '2025-06-01', [
			['y', 'numeric', 'How many homes are without power?', '7']
		]);
		const result = matchStory(newer, story);
		expect(result.compared).toBe(MAX_EARLIER_ARTICLES);
		expect(result.earlier).toBe(500);
		expect(result.matches).toHaveLength(1);
	});
});

describe('generated sets of two versions of the seed story', () => {
	const OLD =
		'North Korea has reportedly sent an additional 3,000 troops to Russia in early 2024, according to South Korea’s military. ' +
		'Reports indicate that these reinforcements bring the total number of North Korean troops deployed to Russia to approximately 11,000. ' +
		'South Korea’s Joint Chiefs of Staff noted that roughly 4,000 of these soldiers have been either killed or wounded in combat. ' +
		'European leaders are set to convene in Paris to discuss aid for Ukraine.';
	const NEW = OLD.replace('approximately 11,000', 'approximately 14,000').replace(
		'roughly 4,000',
		'roughly 6,000'
	);

	it('finds both changed figures and no new fact for the unchanged ones', () => {
		const older = generateQuestionSet({
			text: OLD,
			title: 'Troops in February',
			date: '2025-02-27'
		});
		const newer = generateQuestionSet({ text: NEW, title: 'Troops in June', date: '2025-06-15' });
		const { matches, newFacts } = matchStory(newer, [older]);
		const changed = matches.filter((m) => m.kind === 'changed');
		expect(changed.map((m) => `${m.from} -> ${m.to}`)).toEqual(
			expect.arrayContaining(['11,000 -> 14,000', '4,000 -> 6,000'])
		);
		expect(newFacts).toEqual([]);
	});
});
