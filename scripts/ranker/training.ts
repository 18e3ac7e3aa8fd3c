// From a pool key and blind ratings to the numbers the ranker is fitted on (no text at all).
import { agreedLabel, type Rating } from '../eval/ratings';
import type { Example } from './logistic';

export interface TrainingData {
	featureNames: string[];
	examples: Example[];
}

export interface PoolKeyLike {
	featureNames: string[];
	items: Record<string, { features: number[]; chosen?: boolean }>;
}

/**
 * One example per pool candidate that at least `minRaters` raters rated; label 1 only when every
 * one of them judged it acceptable (any 0 makes it 0). Sorted by id so that the file is stable.
 */
export function trainingData(
	key: PoolKeyLike,
	raters: ReadonlyArray<Map<string, Rating>>,
	minRaters = 2
): TrainingData & { chosen: boolean[]; unrated: number } {
	const examples: Example[] = [];
	const chosen: boolean[] = [];
	let unrated = 0;
	for (const id of Object.keys(key.items).sort()) {
		const item = key.items[id]!;
		const label = agreedLabel(id, raters, minRaters);
		if (label === undefined) {
			unrated += 1;
			continue;
		}
		examples.push({ features: item.features, label });
		chosen.push(item.chosen === true);
	}
	return { featureNames: key.featureNames, examples, chosen, unrated };
}

/** Checks the committed file (`content/ranker/ratings.json`): numbers and feature names only. */
export function parseTrainingData(raw: unknown): TrainingData {
	const data = raw as Partial<TrainingData> | null;
	if (!data || !Array.isArray(data.featureNames) || !Array.isArray(data.examples))
		throw new Error('expected { featureNames: string[], examples: { features, label }[] }');
	const d = data.featureNames.length;
	data.examples.forEach((e, i) => {
		if (
			!Array.isArray(e?.features) ||
			e.features.length !== d ||
			!e.features.every((v) => typeof v === 'number' && Number.isFinite(v)) ||
			(e.label !== 0 && e.label !== 1)
		)
			throw new Error(`example ${i}: needs ${d} finite features and a label 0 or 1`);
	});
	return { featureNames: data.featureNames.map(String), examples: data.examples };
}

/** Earlier ratings and new ones in one set; both must describe candidates by the same features. */
export function mergeTrainingData(earlier: TrainingData, added: TrainingData): TrainingData {
	if (earlier.featureNames.join('\n') !== added.featureNames.join('\n'))
		throw new Error(
			`the new ratings have features ${added.featureNames.join(', ')}; the earlier ones ${earlier.featureNames.join(', ')}`
		);
	return {
		featureNames: earlier.featureNames,
		examples: [...earlier.examples, ...added.examples]
	};
}
