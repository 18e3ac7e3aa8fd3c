// Moodle GIFT (Question bank > Import > GIFT). Each question: `::title::text{answers}`, one blank
// line between questions. Characters with a meaning in GIFT — ~ = # { } : and the backslash — are
// escaped with a backslash everywhere; a new line inside a text becomes `\n` so a blank line can
// never end a question early.
//
//   mcq          {=right ~wrong ~wrong ~wrong}    options in the set's order
//   truefalse    {TRUE} / {FALSE}
//   cloze        {=answer =other spelling}       short answer; the prompt keeps its _____ gap
//   numeric      {#11000}                         short answer when the answer is not a number
//   flashcard    not exported (GIFT has no card type); a comment line says so
//
// The explanation (source sentence) goes in as general feedback: `####…`.
import type { Question, QuestionSet } from '$lib/types';

export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A numeric answer as GIFT wants it (`11,000` -> `11000`), or `null` when it is not a number. */
export function giftNumber(answer: string): string | null {
	const plain = answer.trim().replace(/(?<=\d)[,\s](?=\d{3}\b)/g, '');
	return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(plain) ? plain : null;
}

// Moodle reads any answer block holding "->" as a matching question. An invisible word joiner
// between - and > keeps such an answer a plain answer; Factdeck's import removes it again.
export const ARROW_BREAK = '-\u2060>';

function escapeAnswer(text: string): string {
	return escapeGift(text).replace(/->/g, ARROW_BREAK);
}

const FORMAT_MARKER = /^\[(?:html|moodle|plain|markdown)\]/i;
const TITLE_LENGTH = 40;

function title(q: Question, index: number): string {
	const words = q.prompt.replace(/\s+/g, ' ').trim();
	const short = words.length > TITLE_LENGTH ? `${words.slice(0, TITLE_LENGTH).trimEnd()}…` : words;
	return `Q${index + 1} ${short}`;
}

function promptText(prompt: string): string {
	// A text starting with [html] etc. would be read as a format marker; say it is plain.
	return (FORMAT_MARKER.test(prompt) ? '[plain]' : '') + escapeGift(prompt);
}

function answerBlock(q: Question): string | null {
	const feedback = q.explanation ? `####${escapeGift(q.explanation)}` : '';
	switch (q.type) {
		case 'mcq': {
			const options = q.options ?? [q.answer];
			const right = options.indexOf(q.answer);
			const lines = options.map((o, i) => `\t${i === right ? '=' : '~'}${escapeAnswer(o)}`);
			if (right < 0) lines.unshift(`\t=${escapeAnswer(q.answer)}`);
			return `{\n${lines.join('\n')}${feedback ? `\n\t${feedback}` : ''}\n}`;
		}
		case 'truefalse':
			return `{${q.answer === 'true' ? 'TRUE' : 'FALSE'}${feedback}}`;
		case 'numeric': {
			const number = giftNumber(q.answer);
			if (number !== null) return `{#${number}${feedback}}`;
			break;
		}
		case 'flashcard':
			return null;
	}
	const answers = [q.answer, ...(q.accept ?? [])].map((a) => `=${escapeAnswer(a)}`);
	return `{${answers.join(' ')}${feedback}}`;
}

function commentLine(text: string): string {
	return `// ${text.replace(/[\r\n]+/g, ' ')}`;
}

export function questionSetToGift(set: QuestionSet): string {
	const header = [commentLine(`Factdeck set: ${set.title}`)];
	if (set.source) header.push(commentLine(`Source: ${set.source}`));
	if (set.url) header.push(commentLine(`URL: ${set.url}`));
	const questions = set.questions.map((q, i) => {
		const block = answerBlock(q);
		if (block === null) {
			return commentLine(`Q${i + 1} not exported: GIFT has no flashcard type (${q.prompt})`);
		}
		return `::${escapeGift(title(q, i))}::${promptText(q.prompt)}${block}`;
	});
	return [header.join('\n'), ...questions].join('\n\n') + '\n';
}
