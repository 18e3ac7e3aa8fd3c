// Fits the ranker's weights from blind ratings of pool candidates (see README, "Evaluating").
//   npm run fit:ranker -- --key pool-key.json --ratings DIR [--data-out content/ranker/ratings.json] --out src/lib/generate/ranker-weights.json
//   npm run fit:ranker -- --data content/ranker/ratings.json --out src/lib/generate/ranker-weights.json
//   (both --data and --key/--ratings: the new ratings are added to the earlier ones, and --data-out
//   gets them all)
// Options: --lambda L (L2 penalty on standardised weights, default 1), --min-raters N (default 2).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { readRatingFiles } from '../eval/ratings-files';
import { accuracy, auc, crossValidate, fitLogistic, predict } from './logistic';
import {
	mergeTrainingData,
	parseTrainingData,
	trainingData,
	type PoolKeyLike,
	type TrainingData
} from './training';

const USAGE =
	'usage: npm run fit:ranker -- (--key pool-key.json --ratings DIR [--data-out FILE] | --data FILE) --out FILE [--lambda L] [--min-raters N]';
const FOLDS = 5;
const FOLD_SEED = 1;

function flags(argv: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < argv.length; i += 2) {
		const name = argv[i] ?? '';
		const value = argv[i + 1];
		if (!name.startsWith('--') || value === undefined) throw new Error(USAGE);
		out[name.slice(2)] = value;
	}
	return out;
}

/** JSON laid out as Prettier would, so that a refit leaves `npm run lint` clean. */
async function writeJson(path: string, value: unknown): Promise<void> {
	mkdirSync(dirname(path), { recursive: true });
	const config = (await resolveConfig(path)) ?? {};
	writeFileSync(path, await format(JSON.stringify(value), { ...config, filepath: path }));
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)} %`);
const num = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));

async function main(): Promise<number> {
	let args: Record<string, string>;
	try {
		args = flags(process.argv.slice(2));
		if (!args.out || (!args.data && !(args.key && args.ratings))) throw new Error(USAGE);
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n`);
		return 2;
	}
	const lambda = args.lambda === undefined ? 1 : Number(args.lambda);
	const earlier = args.data
		? parseTrainingData(JSON.parse(readFileSync(args.data, 'utf8')))
		: undefined;
	let data: TrainingData;
	let chosen: boolean[] | undefined;
	if (!(args.key && args.ratings)) {
		data = earlier as TrainingData;
	} else {
		const key = JSON.parse(readFileSync(args.key as string, 'utf8')) as PoolKeyLike;
		const raters = readRatingFiles(args.ratings as string);
		const minRaters = args['min-raters'] === undefined ? 2 : Number(args['min-raters']);
		const built = trainingData(
			key,
			raters.map((r) => r.ratings),
			minRaters
		);
		console.log(
			`raters: ${raters.map((r) => r.rater).join(', ')}; ${built.examples.length} candidates rated by ≥ ${minRaters}, ${built.unrated} left out`
		);
		data = { featureNames: built.featureNames, examples: built.examples };
		chosen = built.chosen;
		if (earlier) {
			data = mergeTrainingData(earlier, data);
			chosen = [...earlier.examples.map(() => false), ...chosen];
			console.log(`added to ${earlier.examples.length} earlier rated candidates from ${args.data}`);
		}
		const dataOut = args['data-out'] ?? 'content/ranker/ratings.json';
		await writeJson(dataOut, data);
		console.log(`training data (numbers only) written to ${dataOut}`);
	}
	const { examples, featureNames } = data;
	const labels = examples.map((e) => e.label);
	const positives = labels.filter((l) => l === 1).length;
	if (examples.length === 0) {
		process.stderr.write('no rated candidates\n');
		return 1;
	}
	const model = fitLogistic(examples, { lambda });
	const inSample = examples.map((e) => predict(model, e.features));
	const outOfFold = crossValidate(examples, FOLDS, FOLD_SEED, { lambda });
	console.log(
		`candidates: ${examples.length}, acceptable: ${positives} (${pct(positives / examples.length)}); lambda ${lambda}`
	);
	console.log(
		`in-sample:  accuracy ${pct(accuracy(inSample, labels))}, AUC ${num(auc(inSample, labels))}`
	);
	console.log(
		`${FOLDS}-fold (seed ${FOLD_SEED}): accuracy ${pct(accuracy(outOfFold, labels))}, AUC ${num(auc(outOfFold, labels))}`
	);
	console.log(
		`always "acceptable": accuracy ${pct(positives / examples.length)}; always "not": ${pct(1 - positives / examples.length)}`
	);
	if (chosen) {
		const inSet = examples.filter((_, i) => chosen[i]);
		const ok = inSet.filter((e) => e.label === 1).length;
		console.log(
			`new candidates the current generator chose: ${ok} of ${inSet.length} acceptable (${pct(ok / inSet.length)})`
		);
	}
	const ranked = featureNames
		.map((name, j) => ({ name, w: model.weights[j]! }))
		.sort((a, b) => Math.abs(b.w) - Math.abs(a.w));
	console.log('weights on raw features, largest first:');
	for (const { name, w } of ranked) console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(4)}  ${name}`);
	console.log(`  bias ${model.bias.toFixed(4)}`);
	await writeJson(args.out, {
		note: `Fitted by scripts/ranker/fit-ranker.ts on ${examples.length} blind-rated candidates; logit = bias + Σ weights[i]·features[i] on raw features.`,
		features: featureNames,
		weights: model.weights,
		bias: model.bias,
		fittedOn: { candidates: examples.length, positives, lambda }
	});
	console.log(
		`weights written to ${args.out} (logit = bias + Σ weights[i]·features[i], raw features)`
	);
	return 0;
}

process.exitCode = await main();
