// Pool mode: runs `explainGeneration` on each document. Kept apart so that nothing else depends
// on src/lib/generate/explain.ts.
import { explainGeneration } from '../../src/lib/generate/explain';
import type { EvalDocument } from './documents';
import { poolSample, type PoolScope } from './pool-sample';

export function buildPool(
	documents: readonly EvalDocument[],
	n: number,
	seed: string | number,
	scope: PoolScope = 'all'
) {
	return poolSample(
		documents.map((d) => ({ document: d.file, explanation: explainGeneration(d.input) })),
		n,
		seed,
		scope
	);
}
