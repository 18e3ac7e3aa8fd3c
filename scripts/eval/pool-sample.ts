// Pool mode, pure part: every generated candidate (chosen or not), sampled for rating.
import { blindMarkdown, drawBlind, type BlindItem } from './sample';

/** The part of `explainGeneration`'s answer that the pool needs (src/lib/generate/explain.ts). */
export interface ExplainedDocument {
	featureNames: readonly string[];
	sentences: ReadonlyArray<{
		index: number;
		candidates: ReadonlyArray<{
			type: string;
			prompt: string;
			answer: string;
			options?: string[];
			features: number[];
			chosen: boolean;
			dropped?: string;
		}>;
	}>;
}

export interface PoolItem extends BlindItem {
	sentence: number;
	features: number[];
	chosen: boolean;
	dropped?: string;
}

export interface PoolKey {
	featureNames: string[];
	seed: string;
	/** id → candidate; the ids are those of pool-blind.md. */
	items: Record<string, Omit<PoolItem, 'options'> & { options?: readonly string[] }>;
}

/** All candidates of all documents, none left out; the feature names must agree. */
export function poolItems(
	explained: ReadonlyArray<{ document: string; explanation: ExplainedDocument }>
): { featureNames: string[]; items: PoolItem[] } {
	const featureNames = [...(explained[0]?.explanation.featureNames ?? [])];
	const items: PoolItem[] = [];
	for (const { document, explanation } of explained) {
		if (explanation.featureNames.join('\n') !== featureNames.join('\n'))
			throw new Error(`${document}: feature names differ from the first document's`);
		for (const sentence of explanation.sentences) {
			for (const c of sentence.candidates) {
				if (c.features.length !== featureNames.length)
					throw new Error(
						`${document}: a candidate has ${c.features.length} features, expected ${featureNames.length}`
					);
				items.push({
					document,
					sentence: sentence.index,
					type: c.type,
					prompt: c.prompt,
					answer: c.answer,
					...(c.options ? { options: c.options } : {}),
					features: c.features,
					chosen: c.chosen,
					...(c.dropped ? { dropped: c.dropped } : {})
				});
			}
		}
	}
	return { featureNames, items };
}

/**
 * A candidate the ranker's order decided about: chosen, or dropped by selection (a duplicate, a
 * cap, a full set) rather than by a filter, a gate or the topic veto, which no weight can undo.
 */
export function reachedSelection(c: { chosen: boolean; dropped?: string }): boolean {
	return c.chosen || !/^(?:filter|gate|topic giveaway)\b/.test(c.dropped ?? '');
}

/** Which candidates a pool draws from: all of them, or only those that reached selection. */
export type PoolScope = 'all' | 'selection';

export function poolSample(
	explained: ReadonlyArray<{ document: string; explanation: ExplainedDocument }>,
	n: number,
	seed: string | number,
	scope: PoolScope = 'all'
): { total: number; blind: string; key: PoolKey } {
	const { featureNames, items: all } = poolItems(explained);
	const items = scope === 'all' ? all : all.filter(reachedSelection);
	const drawn = drawBlind(items, n, `pool:${seed}`, 'P');
	const key: PoolKey = { featureNames, seed: String(seed), items: {} };
	for (const { id, item } of drawn) key.items[id] = item;
	return {
		total: items.length,
		blind: blindMarkdown('Candidates to rate (pool)', drawn),
		key
	};
}
