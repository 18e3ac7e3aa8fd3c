// Moodle GIFT (Question bank > Import > GIFT). Each question: `::title::[html]text{answers}`, one
// blank line between questions. Characters with a meaning in GIFT — ~ = # { } : and the backslash
// — are escaped with a backslash everywhere, so a blank line can never end a question early.
//
//   mcq          {=[html]right ~[html]wrong …}     options in the set's order
//   truefalse    {TRUE} / {FALSE}
//   cloze        {=answer =other spelling}        short answer; the prompt keeps its _____ gap
//   numeric      {#11000} / {#=11000 =11500}       short answer when the answer is not a number
//   flashcard    not exported (GIFT has no card type); a comment line says so
//
// Texts Moodle displays (prompt, options, the explanation as general feedback `####…`) are written
// as [html] with the text HTML-escaped (gift-html.ts), so markup in them shows as typed and a text
// starting "[plain]" or "%50%" keeps those characters. Short answers are not displayed but
// compared with what the student types, so they stay plain text; see shortAnswers().
import type { Question, QuestionSet } from '$lib/types';
import { plainDecimal } from './gift-number';
import { textToHtml } from './gift-html';

export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A numeric answer as GIFT wants it (`11,000` -> `11000`), or `null` when it is not a number. */
export function giftNumber(answer: string): string | null {
	return plainDecimal(answer.trim().replace(/(?<=\d)[,\s](?=\d{3}\b)/g, ''));
}

/** A displayed text: HTML that shows exactly `text`. */
function htmlText(text: string): string {
	return `[html]${escapeGift(textToHtml(text))}`;
}

const TITLE_GRAPHEMES = 40;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function title(q: Question, index: number): string {
	const words = q.prompt.replace(/\s+/g, ' ').trim();
	const parts = [...graphemes.segment(words)].map((s) => s.segment);
	const short =
		parts.length > TITLE_GRAPHEMES
			? `${parts.slice(0, TITLE_GRAPHEMES).join('').trimEnd()}…`
			: words;
	return `Q${index + 1} ${short}`;
}

/**
 * One short answer. Moodle compares it with the student's typing, `*` being a wildcard unless
 * written `\*`. A leading `%` would be read as a weight and a leading `[plain]` as a format
 * marker, so such an answer gets a `[plain]` marker of its own first.
 */
function shortAnswer(text: string, marked = /^[%[]/.test(text)): string {
	return escapeGift((marked ? '[plain]' : '') + text.replace(/\*/g, '\\*'));
}

/**
 * Moodle reads an answer block holding both "=" and "->" as a matching question. So an answer
 * containing "->" can only be written alone, without "=" (marked [plain], so a leading T or F is
 * not read as true/false by gift-pegjs); other accepted spellings containing "->" are left out.
 */
function shortAnswers(answers: string[]): { block: string; dropped: number } {
	const [first = '', ...others] = answers;
	if (first.includes('->')) return { block: shortAnswer(first, true), dropped: others.length };
	const kept = [first, ...others.filter((a) => !a.includes('->'))];
	return {
		block: kept.map((a) => `=${shortAnswer(a)}`).join(' '),
		dropped: answers.length - kept.length
	};
}

function numericAnswers(q: Question): string | null {
	const main = giftNumber(q.answer);
	if (main === null) return null;
	const values = new Set([main]);
	for (const a of q.accept ?? []) {
		const value = giftNumber(a);
		if (value !== null) values.add(value);
	}
	return values.size === 1 ? `#${main}` : `#${[...values].map((v) => `=${v}`).join(' ')}`;
}

interface Written {
	block: string;
	note?: string;
}

function answerBlock(q: Question): Written | null {
	const feedback = q.explanation ? `####${htmlText(q.explanation)}` : '';
	switch (q.type) {
		case 'mcq': {
			const options = q.options ?? [q.answer];
			const right = options.indexOf(q.answer);
			const lines = options.map((o, i) => `\t${i === right ? '=' : '~'}${htmlText(o)}`);
			if (right < 0) lines.unshift(`\t=${htmlText(q.answer)}`);
			return { block: `{\n${lines.join('\n')}${feedback ? `\n\t${feedback}` : ''}\n}` };
		}
		case 'truefalse':
			return { block: `{${q.answer === 'true' ? 'TRUE' : 'FALSE'}${feedback}}` };
		case 'numeric': {
			const numeric = numericAnswers(q);
			if (numeric !== null) return { block: `{${numeric}${feedback}}` };
			break;
		}
		case 'flashcard':
			return null;
	}
	const { block, dropped } = shortAnswers([q.answer, ...(q.accept ?? [])]);
	return {
		block: `{${block}${feedback}}`,
		...(dropped > 0
			? {
					note: `${dropped} other accepted answer(s) left out: Moodle reads "->" beside "=" as a matching question`
				}
			: {})
	};
}

function commentLine(text: string): string {
	return `// ${text.replace(/[\r\n]+/g, ' ')}`;
}

export function questionSetToGift(set: QuestionSet): string {
	const header = [commentLine(`Factdeck set: ${set.title}`)];
	if (set.source) header.push(commentLine(`Source: ${set.source}`));
	if (set.url) header.push(commentLine(`URL: ${set.url}`));
	const questions = set.questions.map((q, i) => {
		const written = answerBlock(q);
		if (written === null) {
			return commentLine(`Q${i + 1} not exported: GIFT has no flashcard type (${q.prompt})`);
		}
		const note = written.note ? `${commentLine(`Q${i + 1}: ${written.note}`)}\n` : '';
		return `${note}::${escapeGift(title(q, i))}::${htmlText(q.prompt)}${written.block}`;
	});
	return [header.join('\n'), ...questions].join('\n\n') + '\n';
}
