// Seeded blind samples for raters: what they see, and the key kept away from them.
import { seededRandom } from '../../src/lib/generate/random';

/**
 * `n` distinct indices of `0 … total-1`, uniformly at random without replacement (a partial
 * Fisher–Yates shuffle), the same for the same seed; all of them when `n >= total`.
 */
export function sampleIndices(total: number, n: number, seed: string | number): number[] {
	const random = seededRandom(`eval-sample:${seed}`);
	const pool = Array.from({ length: total }, (_, i) => i);
	const count = Math.max(0, Math.min(n, total));
	for (let i = 0; i < count; i += 1) {
		const j = i + Math.floor(random() * (total - i));
		[pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
	}
	return pool.slice(0, count);
}

/** What a rater sees of one item: nothing about how or why it was generated. */
export interface BlindItem {
	document: string;
	type: string;
	prompt: string;
	answer: string;
	options?: readonly string[];
}

/**
 * Draws items and gives them ids in an order that tells nothing: grouped by document (raters
 * read one article at a time), in drawn order inside a document.
 */
export function drawBlind<T extends { document: string }>(
	items: readonly T[],
	n: number,
	seed: string | number,
	prefix: string
): Array<{ id: string; item: T }> {
	const drawn = sampleIndices(items.length, n, seed).map((i) => items[i] as T);
	const order = drawn
		.map((item, draw) => ({ item, draw }))
		.sort((a, b) =>
			a.item.document < b.item.document
				? -1
				: a.item.document > b.item.document
					? 1
					: a.draw - b.draw
		);
	const width = Math.max(2, String(order.length).length);
	return order.map(({ item }, i) => ({
		id: `${prefix}${String(i + 1).padStart(width, '0')}`,
		item
	}));
}

const TYPE_NAMES: Record<string, string> = {
	mcq: 'multiple choice',
	cloze: 'cloze (fill the blank)',
	truefalse: 'true/false',
	numeric: 'numeric',
	flashcard: 'flashcard'
};

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The rater's sheet: id, document, type, prompt, options, stated answer. Nothing else. */
export function blindMarkdown(
	title: string,
	items: ReadonlyArray<{ id: string; item: BlindItem }>
): string {
	const lines = [
		`# ${title}`,
		'',
		'Rate each item by RUBRIC.md with the article open. Write one line per item into your own',
		'`ratings-<your name>.tsv`: `ID<TAB>1 or 0 (acceptable)<TAB>error labels, comma-separated`.',
		''
	];
	let document = '';
	for (const { id, item } of items) {
		if (item.document !== document) {
			document = item.document;
			lines.push(`## ${document}`, '');
		}
		lines.push(`### ${id} · ${item.document} · ${TYPE_NAMES[item.type] ?? item.type}`, '');
		if (item.type === 'truefalse') {
			lines.push(`- Statement: ${oneLine(item.prompt)}`);
			lines.push(`- Stated as: ${item.answer === 'true' ? 'True' : 'False'}`);
		} else if (item.type === 'flashcard') {
			lines.push(`- Front: ${oneLine(item.prompt)}`);
			lines.push(`- Back (stated answer): ${oneLine(item.answer)}`);
		} else {
			lines.push(`- Prompt: ${oneLine(item.prompt)}`);
			if (item.options?.length) {
				lines.push('- Options:');
				item.options.forEach((o, i) =>
					lines.push(`  ${String.fromCharCode(65 + i)}. ${oneLine(o)}`)
				);
			}
			lines.push(`- Stated answer: ${oneLine(item.answer)}`);
		}
		lines.push('');
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
