// Why the set is what it is: per sentence its salience, facts, candidates and what became of each.
// Runs the same pipeline as generateQuestionSet (runGeneration), with a trace switched on.
import type { DocumentInput, GenerateOptions, QuestionSet } from '../types';
import { FEATURE_NAMES } from './features';
import { runGeneration, type GenerationTrace } from './index';

export interface ExplainedCandidate {
	type: string;
	prompt: string;
	answer: string;
	options?: string[];
	features: number[];
	/** The ranker's score, 0 to 1 (0 for candidates a filter dropped). */
	score: number;
	chosen: boolean;
	dropped?: string;
}

export interface ExplainedSentence {
	index: number;
	text: string;
	salience: number;
	facts: Array<{ kind: string; answer: string }>;
	candidates: ExplainedCandidate[];
}

export interface Explanation {
	set: QuestionSet;
	featureNames: readonly string[];
	topics: string[];
	sentences: ExplainedSentence[];
}

export function explainGeneration(doc: DocumentInput, options: GenerateOptions = {}): Explanation {
	const trace: GenerationTrace = { analysis: null, candidates: [] };
	const set = runGeneration(doc, options, trace);
	const analysis = trace.analysis;
	const sentences: ExplainedSentence[] = set.sentences.map((text, index) => ({
		index,
		text,
		salience: analysis?.salience.sentence[index] ?? 0,
		facts: (analysis?.facts ?? [])
			.filter((f) => f.sentence === index)
			.map((f) => ({ kind: f.subtype ? `${f.kind}/${f.subtype}` : f.kind, answer: f.answer })),
		candidates: []
	}));
	for (const t of trace.candidates) {
		const c = t.candidate;
		sentences[c.sourceSentence]?.candidates.push({
			type: c.type,
			prompt: c.prompt,
			answer: c.answer,
			...(c.options ? { options: c.options } : {}),
			features: t.features,
			score: Math.round(t.score * 1000) / 1000,
			chosen: t.chosen,
			...(t.dropped ? { dropped: t.dropped } : {})
		});
	}
	for (const s of sentences)
		s.candidates.sort((a, b) => Number(b.chosen) - Number(a.chosen) || b.score - a.score);
	return {
		set,
		featureNames: FEATURE_NAMES,
		topics: analysis?.salience.topics ?? [],
		sentences
	};
}

/** Plain-text report of an explanation, one block per sentence. */
export function formatExplanation(explanation: Explanation): string {
	const lines: string[] = [];
	const { set } = explanation;
	lines.push(
		`${set.title}: ${set.questions.length} questions from ${set.sentences.length} sentences`
	);
	lines.push(`topics: ${explanation.topics.join(', ') || '(none)'}`);
	for (const w of set.warnings ?? []) lines.push(`warning: ${w}`);
	for (const s of explanation.sentences) {
		const chosen = s.candidates.filter((c) => c.chosen).length;
		lines.push('');
		lines.push(
			`[${s.index}] salience ${s.salience.toFixed(2)} · ${chosen} chosen of ${s.candidates.length}`
		);
		lines.push(`    ${s.text}`);
		if (s.facts.length)
			lines.push(`    facts: ${s.facts.map((f) => `${f.kind}="${f.answer}"`).join('; ')}`);
		for (const c of s.candidates) {
			const mark = c.chosen ? '+' : '-';
			lines.push(`  ${mark} ${c.type} ${c.score.toFixed(2)} | ${c.prompt} => ${c.answer}`);
			if (c.options) lines.push(`      options: ${c.options.join(' / ')}`);
			lines.push(`      ${c.chosen ? 'chosen' : `dropped: ${c.dropped ?? 'not chosen'}`}`);
		}
	}
	return `${lines.join('\n')}\n`;
}
