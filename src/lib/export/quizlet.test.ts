import { describe, expect, it } from 'vitest';
import { questionSetToQuizlet } from './quizlet';
import { awkwardSet } from './test-set';

describe('Quizlet export', () => {
	const lines = questionSetToQuizlet(awkwardSet).trimEnd().split('\n');

	it('writes one card a line with exactly one tab', () => {
		expect(lines).toHaveLength(5);
		for (const line of lines) expect(line.split('\t')).toHaveLength(2);
	});

	it('replaces tabs and new lines inside fields with spaces', () => {
		expect(lines[1]).toBe('North Korea sent _____ troops to Russia.\t3,000');
		expect(lines[4]).toBe('The pact with a new line\tMutual "aid" #1\\');
	});

	it('words true/false cards so the definition makes sense', () => {
		expect(lines[2]).toBe('True or false: Seoul is north of Pyongyang.\tFalse');
		expect(lines[0]).toBe('Who sent troops to {Russia}?\tNorth Korea');
	});
});
