// L2-regularised logistic regression by Newton's method (IRLS) on standardised features.
// Deterministic: no random start, a fixed number of steps at most, the same answer every run.
import { seededRandom } from '../../src/lib/generate/random';

export interface Example {
	features: readonly number[];
	label: 0 | 1;
}

export interface LogisticModel {
	/** On raw features: logit = bias + Σ weights[i] · features[i]. */
	weights: number[];
	bias: number;
}

export interface FitOptions {
	/** L2 penalty on the standardised weights (not on the bias). */
	lambda?: number;
	maxIterations?: number;
}

function sigmoid(z: number): number {
	return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i] as number]);
	for (let c = 0; c < n; c += 1) {
		let pivot = c;
		for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
		[m[c], m[pivot]] = [m[pivot]!, m[c]!];
		const p = m[c]![c]!;
		for (let r = c + 1; r < n; r += 1) {
			const f = m[r]![c]! / p;
			if (f !== 0) for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r -= 1) {
		let s = m[r]![n]!;
		for (let k = r + 1; k < n; k += 1) s -= m[r]![k]! * x[k]!;
		x[r] = s / m[r]![r]!;
	}
	return x;
}

/** Mean and standard deviation per feature; 0 for a constant feature, which then gets weight 0. */
export function standardisation(examples: readonly Example[]): { mean: number[]; std: number[] } {
	const d = examples[0]?.features.length ?? 0;
	const n = examples.length;
	const mean = new Array<number>(d).fill(0);
	const std = new Array<number>(d).fill(0);
	for (const e of examples) e.features.forEach((v, j) => (mean[j]! += v / n));
	for (const e of examples) e.features.forEach((v, j) => (std[j]! += (v - mean[j]!) ** 2 / n));
	return { mean, std: std.map((v) => (v > 1e-12 ? Math.sqrt(v) : 0)) };
}

export function fitLogistic(examples: readonly Example[], options: FitOptions = {}): LogisticModel {
	const lambda = options.lambda ?? 1;
	const maxIterations = options.maxIterations ?? 100;
	const d = examples[0]?.features.length ?? 0;
	if (examples.some((e) => e.features.length !== d))
		throw new Error('every example needs the same number of features');
	const { mean, std } = standardisation(examples);
	const xs = examples.map((e) => [
		1,
		...e.features.map((v, j) => (std[j]! > 0 ? (v - mean[j]!) / std[j]! : 0))
	]);
	const ys = examples.map((e) => e.label);
	// theta[0] is the bias, theta[1..d] the standardised weights.
	let theta = new Array<number>(d + 1).fill(0);
	for (let iter = 0; iter < maxIterations; iter += 1) {
		const gradient = theta.map((t, j) => (j === 0 ? 0 : lambda * t));
		const hessian = theta.map((_, i) => theta.map((__, j) => (i === j && i > 0 ? lambda : 0)));
		// A tiny ridge on the bias too, so that an all-positive or all-negative set still solves.
		hessian[0]![0] = 1e-9;
		xs.forEach((x, n) => {
			const p = sigmoid(x.reduce((s, v, j) => s + v * theta[j]!, 0));
			const w = p * (1 - p);
			for (let i = 0; i <= d; i += 1) {
				gradient[i]! += (p - ys[n]!) * x[i]!;
				for (let j = 0; j <= d; j += 1) hessian[i]![j]! += w * x[i]! * x[j]!;
			}
		});
		const step = solve(hessian, gradient);
		theta = theta.map((t, j) => t - step[j]!);
		if (Math.max(...step.map(Math.abs)) < 1e-10) break;
	}
	// Folded back to raw features: w·(x − μ)/σ + b = (w/σ)·x + (b − Σ w μ/σ).
	const weights = theta.slice(1).map((w, j) => (std[j]! > 0 ? w / std[j]! : 0));
	const bias = theta[0]! - weights.reduce((s, w, j) => s + w * mean[j]!, 0);
	return { weights, bias };
}

export function logit(model: LogisticModel, features: readonly number[]): number {
	return features.reduce((s, v, j) => s + v * (model.weights[j] ?? 0), model.bias);
}

export function predict(model: LogisticModel, features: readonly number[]): number {
	return sigmoid(logit(model, features));
}

/** Area under the ROC curve (Mann–Whitney; ties count half); NaN without both classes. */
export function auc(scores: readonly number[], labels: readonly (0 | 1)[]): number {
	const pos = scores.filter((_, i) => labels[i] === 1);
	const neg = scores.filter((_, i) => labels[i] === 0);
	if (pos.length === 0 || neg.length === 0) return NaN;
	let wins = 0;
	for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
	return wins / (pos.length * neg.length);
}

export function accuracy(scores: readonly number[], labels: readonly (0 | 1)[]): number {
	if (labels.length === 0) return NaN;
	return scores.filter((s, i) => (s >= 0.5 ? 1 : 0) === labels[i]).length / labels.length;
}

/** Stratified folds: positives and negatives shuffled (seeded) and dealt out in turn. */
export function foldOf(labels: readonly (0 | 1)[], k: number, seed: string | number): number[] {
	const random = seededRandom(`folds:${seed}`);
	const folds = new Array<number>(labels.length).fill(0);
	for (const cls of [1, 0] as const) {
		const ids = labels.flatMap((l, i) => (l === cls ? [i] : []));
		for (let i = ids.length - 1; i > 0; i -= 1) {
			const j = Math.floor(random() * (i + 1));
			[ids[i], ids[j]] = [ids[j]!, ids[i]!];
		}
		ids.forEach((id, n) => (folds[id] = n % k));
	}
	return folds;
}

/** Out-of-fold probabilities from k-fold cross-validation. */
export function crossValidate(
	examples: readonly Example[],
	k: number,
	seed: string | number,
	options: FitOptions = {}
): number[] {
	const folds = foldOf(
		examples.map((e) => e.label),
		k,
		seed
	);
	const out = new Array<number>(examples.length).fill(NaN);
	for (let f = 0; f < k; f += 1) {
		const train = examples.filter((_, i) => folds[i] !== f);
		if (train.length === 0) continue;
		const model = fitLogistic(train, options);
		examples.forEach((e, i) => {
			if (folds[i] === f) out[i] = predict(model, e.features);
		});
	}
	return out;
}
