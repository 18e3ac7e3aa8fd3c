// The evaluation report: figures per document and overall, as JSON and as text for a person.
import { QUESTION_TYPES, type QuestionSet } from '../../src/lib/types';
import { matchFacts, type KeyFact, type RecallResult } from './recall';
import { percent, setMetrics, totalMetrics, type SetMetrics, type TotalMetrics } from './metrics';

export interface DocumentReport {
	file: string;
	title: string;
	words: number;
	metrics: SetMetrics;
	/** Present when a facts file was given for this document. */
	recall?: RecallResult[];
	warnings?: string[];
}

export interface EvalReport {
	documents: DocumentReport[];
	overall: TotalMetrics & { facts?: number; factsRecalled?: number; documentsWithFacts?: number };
}

export function buildReport(
	runs: ReadonlyArray<{ file: string; set: QuestionSet; words: number; facts?: KeyFact[] }>
): EvalReport {
	const documents = runs.map(({ file, set, words, facts }): DocumentReport => ({
		file,
		title: set.title,
		words,
		metrics: setMetrics(set),
		...(facts ? { recall: matchFacts(facts, set.questions) } : {}),
		...(set.warnings?.length ? { warnings: set.warnings } : {})
	}));
	const overall: EvalReport['overall'] = totalMetrics(documents.map((d) => d.metrics));
	const withFacts = documents.filter((d) => d.recall);
	if (withFacts.length > 0) {
		overall.documentsWithFacts = withFacts.length;
		overall.facts = withFacts.reduce((n, d) => n + (d.recall?.length ?? 0), 0);
		overall.factsRecalled = withFacts.reduce(
			(n, d) => n + (d.recall?.filter((r) => r.questionIds.length > 0).length ?? 0),
			0
		);
	}
	return { documents, overall };
}

function figureLines(m: SetMetrics | TotalMetrics, documents?: number): string[] {
	const mix = QUESTION_TYPES.filter((t) => m.types[t] > 0)
		.map((t) => `${t} ${m.types[t]} (${percent(m.types[t], m.questions)})`)
		.join(', ');
	const lead =
		documents === undefined
			? `sentence 1: ${m.leadCovered[0] ? 'yes' : 'NO'}, sentence 2: ${m.leadCovered[1] ? 'yes' : 'NO'}`
			: `sentence 1 asked in ${m.leadCovered[0]}/${documents} documents, sentence 2 in ${m.leadCovered[1]}/${documents}`;
	return [
		`questions: ${m.questions}${mix ? `  (${mix})` : ''}`,
		`sentences with a question: ${m.sentencesWithQuestion} of ${m.usableSentences} usable (${m.sentences} in all)`,
		lead,
		`true/false: ${m.verbatimTrue} of ${m.trueStatements} true statements verbatim (${percent(m.verbatimTrue, m.trueStatements)}); ${m.falseStatements} false`,
		`cloze share: ${percent(m.cloze, m.questions)}`
	];
}

/** Documents at least this long should give 20 questions or more (issue 8). */
export const LONG_DOCUMENT_WORDS = 600;

/** Questions per document of 600+ words: how many such documents, their median and least. */
export function longDocumentFigures(
	documents: readonly Pick<DocumentReport, 'words' | 'metrics'>[]
): { count: number; median: number; least: number } | null {
	const counts = documents
		.filter((d) => d.words >= LONG_DOCUMENT_WORDS)
		.map((d) => d.metrics.questions)
		.sort((a, b) => a - b);
	if (counts.length === 0) return null;
	const mid = Math.floor(counts.length / 2);
	const median =
		counts.length % 2 === 1
			? (counts[mid] as number)
			: ((counts[mid - 1] as number) + (counts[mid] as number)) / 2;
	return { count: counts.length, median, least: counts[0] as number };
}

export function formatReport(report: EvalReport): string {
	const out: string[] = [];
	for (const d of report.documents) {
		out.push(`== ${d.file} — ${d.title} (${d.words} words)`);
		out.push(...figureLines(d.metrics).map((l) => `  ${l}`));
		if (d.recall) {
			const hit = d.recall.filter((r) => r.questionIds.length > 0).length;
			out.push(`  key facts: ${hit} of ${d.recall.length} (${percent(hit, d.recall.length)})`);
			for (const r of d.recall) if (r.questionIds.length === 0) out.push(`    missed: ${r.fact}`);
		}
		for (const w of d.warnings ?? []) out.push(`  warning: ${w}`);
		out.push('');
	}
	const o = report.overall;
	out.push(`== overall: ${o.documents} documents`);
	out.push(...figureLines(o, o.documents).map((l) => `  ${l}`));
	const long = longDocumentFigures(report.documents);
	if (long) {
		out.push(
			`  documents of ${LONG_DOCUMENT_WORDS}+ words: ${long.count}, questions median ${long.median}, least ${long.least}`
		);
	}
	if (o.facts !== undefined) {
		out.push(
			`  key facts: ${o.factsRecalled} of ${o.facts} (${percent(o.factsRecalled ?? 0, o.facts)}) in ${o.documentsWithFacts} documents with a facts file`
		);
	}
	return `${out.join('\n')}\n`;
}
