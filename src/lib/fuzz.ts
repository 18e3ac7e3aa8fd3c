// Budgets for the property and fuzz tests (fast-check), so that none depends on the machine's
// speed. The normal suite runs each property a fixed number of times from a fixed seed: the same
// cases on every run, inside a time budget sized for a loaded 2-core machine (over 100 times what
// the heaviest takes on an idle one). `npm run fuzz` sets FUZZ_SCALE (10 there): every property
// runs that many times more cases, from a fresh seed (fast-check prints it on a failure), with
// the time budget scaled alike. Used by tests only.

const scale = Number(process.env.FUZZ_SCALE ?? 1);
if (!Number.isInteger(scale) || scale < 1) {
	throw new Error(
		`FUZZ_SCALE must be a whole number of at least 1, not "${process.env.FUZZ_SCALE}"`
	);
}

/** The normal suite's seed: a failure there fails the same way on every machine. */
export const FUZZ_SEED = 20260127;

/** fast-check parameters: `numRuns` cases (times FUZZ_SCALE), seeded unless under `npm run fuzz`. */
export function fuzzRuns(numRuns: number, seed = FUZZ_SEED): { numRuns: number; seed?: number } {
	return scale === 1 ? { numRuns, seed } : { numRuns: numRuns * scale };
}

/** vitest options for a property test or a describe of them: its time budget. */
export const fuzzBudget = { timeout: 120_000 * scale };
