// The shipped ranker is what fit:ranker makes of the shipped ratings: anyone can refit it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/lib/generate/features';
import { RANKER_WEIGHTS } from '../../src/lib/generate/ranker';
import { fitLogistic } from './logistic';
import { parseTrainingData } from './training';

const data = parseTrainingData(
	JSON.parse(readFileSync(new URL('../../content/ranker/ratings.json', import.meta.url), 'utf8'))
);

describe('the committed ranker', () => {
	it('has one weight per feature of the generator, in its order', () => {
		expect(RANKER_WEIGHTS.features).toEqual([...FEATURE_NAMES]);
		expect(data.featureNames).toEqual([...FEATURE_NAMES]);
	});

	it('is the fit of the committed ratings (numbers only), weight for weight', () => {
		const fittedOn = RANKER_WEIGHTS.fittedOn as {
			candidates: number;
			positives: number;
			lambda?: number;
		};
		expect(fittedOn.candidates).toBe(data.examples.length);
		expect(fittedOn.positives).toBe(data.examples.filter((e) => e.label === 1).length);
		const model = fitLogistic(data.examples, { lambda: fittedOn.lambda ?? 1 });
		expect(model.bias).toBeCloseTo(RANKER_WEIGHTS.bias, 6);
		model.weights.forEach((w, i) => expect(w).toBeCloseTo(RANKER_WEIGHTS.weights[i] as number, 6));
	});
});
