import type { DocumentInput, GenerateOptions, Question, QuestionSet } from '$lib/types';

// A first, deliberately simple generator: one cloze per sentence on its first number.
// The real pipeline replaces this behind the same function.
export const GENERATOR_VERSION = '0.1.0';

export function generateQuestionSet(
	doc: DocumentInput,
	options: GenerateOptions = {}
): QuestionSet {
	const sentences = doc.text
		.replace(/\s+/g, ' ')
		.split(/(?<=[.!?])\s+(?=[A-Z])/)
		.map((s) => s.trim())
		.filter(Boolean);
	const questions: Question[] = [];
	sentences.forEach((sentence, index) => {
		const match = /\b\d[\d,]*\b/.exec(sentence);
		if (!match) return;
		questions.push({
			id: `q${index}`,
			type: 'cloze',
			prompt:
				sentence.slice(0, match.index) + '_____' + sentence.slice(match.index + match[0].length),
			answer: match[0],
			sourceSentence: index,
			explanation: sentence
		});
	});
	const max = options.maxQuestions ?? 40;
	return {
		id: slug(doc.title ?? sentences[0] ?? 'untitled'),
		title: doc.title ?? 'Untitled',
		source: doc.source,
		url: doc.url,
		date: doc.date,
		generatorVersion: GENERATOR_VERSION,
		sentences,
		questions: questions.slice(0, max)
	};
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
}
