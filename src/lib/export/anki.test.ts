import { describe, expect, it } from 'vitest';
import { questionSetToAnki } from './anki';
import { cardFaces } from './faces';
import { awkwardSet } from './test-set';

/** Splits Anki's text format the way its CSV reader does: tabs, quoted fields, "" for ". */
function parseAnki(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (quoted && c === '"') {
			quoted = false;
		} else if (quoted) {
			field += c;
		} else if (c === '"' && field === '') {
			quoted = true;
		} else if (c === '\t') {
			endField();
		} else if (c === '\n') {
			endField();
			rows.push(row);
			row = [];
		} else {
			field += c;
		}
	}
	return rows;
}

describe('Anki export', () => {
	const text = questionSetToAnki(awkwardSet);
	const lines = text.split('\n');

	it('starts with the headers Anki reads, naming no column, so fields map by position', () => {
		expect(lines.slice(0, 5)).toEqual([
			'#separator:tab',
			'#html:false',
			'#notetype:Basic',
			'#deck:Troops: {North} ~ Korea',
			'#tags column:3'
		]);
		expect(text).not.toMatch(/^#columns/m);
		expect(lines[5]).not.toMatch(/^#/);
	});

	it('puts the front in column 1, the back in column 2 and the tags in column 3', () => {
		const notes = parseAnki(text).filter((row) => !row[0]?.startsWith('#'));
		awkwardSet.questions.forEach((q, i) => {
			const { front, back } = cardFaces(q);
			expect(notes[i]).toEqual([front, back, expect.stringMatching(/^factdeck /)]);
		});
	});

	it('gives every note exactly three fields, tabs and new lines kept inside quotes', () => {
		const notes = parseAnki(text).filter((row) => !row[0]?.startsWith('#'));
		expect(notes).toHaveLength(5);
		for (const note of notes) expect(note).toHaveLength(3);
		expect(notes[0]![0]).toBe(
			'Who sent troops to {Russia}?\n\nA. South Korea\nB. North Korea\nC. China: PRC\nD. a ~ b = c'
		);
		expect(notes[0]![1]).toBe(
			'B. North Korea\n\nNorth Korea sent 3,000 troops to Russia in January.'
		);
		expect(notes[1]![0]).toBe('North Korea sent _____ troops\tto Russia.');
		expect(notes[2]![0]).toBe('True or false: Seoul is north of Pyongyang.');
		expect(notes[4]![1]).toBe('Mutual "aid" #1\\\n\nThe pact = "mutual aid" #1.');
	});

	it('writes tags without spaces', () => {
		const notes = parseAnki(text).filter((row) => !row[0]?.startsWith('#'));
		expect(notes[0]![2]).toBe('factdeck factdeck::troops mcq world_news');
	});

	it('never lets an unquoted line start with # (a comment to Anki)', () => {
		const set = { ...awkwardSet, questions: [{ ...awkwardSet.questions[3]!, prompt: '#1 rule?' }] };
		expect(questionSetToAnki(set).split('\n')[5]).toMatch(/^"#1 rule\?"\t/);
	});
});
