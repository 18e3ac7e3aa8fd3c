// Realistic multiple-choice assignments for the size benchmark and tests, made from any article:
// each question blanks a number or a capitalised name in a sentence and offers three other terms of
// the same kind from the article as distractors — the shape the generator produces.
import type { Assignment, AssignmentQuestion } from '$lib/types';

const TERM =
	/\b(?:\d[\d,.]*(?:\s(?:percent|million|billion|troops|soldiers))?|[A-Z][a-z’']+(?:\s[A-Z][a-z’']+)*)\b/g;

function sentencesOf(text: string): string[] {
	return text
		.replace(/^---[\s\S]*?---/, '')
		.replace(/\s+/g, ' ')
		.split(/(?<=[.!?])\s+(?=[A-Z])/)
		.map((s) => s.trim())
		.filter((s) => s.length > 40);
}

function termsOf(sentence: string): string[] {
	// Skip the sentence's first word: capitalised only because it starts the sentence.
	return [...sentence.matchAll(TERM)].filter((m) => m.index > 0).map((m) => m[0]);
}

export function sampleMcqQuestions(
	text: string,
	count: number,
	explanation = true
): AssignmentQuestion[] {
	const sentences = sentencesOf(text);
	const all = sentences.flatMap(termsOf);
	const numbers = [...new Set(all.filter((t) => /^\d/.test(t)))];
	const names = [...new Set(all.filter((t) => !/^\d/.test(t)))];
	const questions: AssignmentQuestion[] = [];
	for (let round = 0; questions.length < count && round < 10; round++) {
		for (const sentence of sentences) {
			if (questions.length >= count) break;
			const term = termsOf(sentence)[round];
			if (!term) continue;
			const pool = (/^\d/.test(term) ? numbers : names).filter((t) => t !== term);
			if (pool.length < 3) continue;
			const start = (questions.length * 7) % pool.length;
			const distractors = [0, 1, 2].map((k) => pool[(start + k * 3) % pool.length] ?? '');
			const options = [...distractors];
			options.splice(questions.length % 4, 0, term);
			questions.push({
				id: `q${questions.length + 1}`,
				type: 'mcq',
				prompt: sentence.replace(term, '_____'),
				answer: term,
				options,
				...(explanation ? { explanation: sentence } : {})
			});
		}
	}
	return questions;
}

export function sampleAssignment(questions: AssignmentQuestion[]): Assignment {
	return {
		id: 'k3x9w2q7',
		title: 'North Korean troops in Russia — check your reading',
		due: '2026-12-04',
		passMark: 60,
		shuffle: true,
		feedback: 'end',
		createdAt: 1795000000000,
		questions
	};
}
