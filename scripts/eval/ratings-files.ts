// Reads every `ratings-*.tsv` of a folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRatings, raterName, type Rating } from './ratings';

export function readRatingFiles(
	dir: string
): Array<{ rater: string; ratings: Map<string, Rating> }> {
	return readdirSync(dir)
		.filter((f) => /^ratings-.+\.tsv$/.test(f))
		.sort()
		.map((f) => ({
			rater: raterName(f),
			ratings: parseRatings(readFileSync(join(dir, f), 'utf8'), f)
		}));
}
