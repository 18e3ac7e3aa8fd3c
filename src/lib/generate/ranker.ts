// The learned ranker: logistic(bias + w·x) over candidateFeatures, weights from ranker-weights.json.
// Weights are matched to features by name, so a weights file fitted on fewer features still works.
import { FEATURE_NAMES } from './features';
import weightsFile from './ranker-weights.json';

export interface RankerWeights {
	features: string[];
	weights: number[];
	bias: number;
	fittedOn: { candidates: number; positives: number };
}

export const RANKER_WEIGHTS: RankerWeights = weightsFile;

function aligned(weights: RankerWeights): number[] {
	const byName = new Map(weights.features.map((name, i) => [name, weights.weights[i] ?? 0]));
	return FEATURE_NAMES.map((name) => byName.get(name) ?? 0);
}

const ALIGNED = aligned(RANKER_WEIGHTS);

/** Probability-like score in (0, 1) that a candidate is an acceptable question worth asking. */
export function rankerScore(features: readonly number[], weights = RANKER_WEIGHTS): number {
	const w = weights === RANKER_WEIGHTS ? ALIGNED : aligned(weights);
	let z = weights.bias;
	for (let i = 0; i < w.length; i += 1) z += (w[i] ?? 0) * (features[i] ?? 0);
	return 1 / (1 + Math.exp(-z));
}
