// For the browser benchmarks: runs the benchmark at real-time round-robin priority
// (`chrt --rr 10`) when it may (as root, with chrt present), so the browser it starts is not
// slowed by whatever else the machine runs and its figures can be compared from day to day.
// The kernel still keeps 5 % of each second for other work (sched_rt_runtime_us). Otherwise
// it runs as it was started, and says so. BENCH_PRIORITY=normal keeps normal priority.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const MARK = 'FACTDECK_BENCH_REALTIME';

/**
 * Re-runs this script under real-time priority when it can, and exits with its status; returns
 * (a line saying at what priority the figures are taken) when this process is the one to measure.
 * @returns {string}
 */
export function atSteadyPriority() {
	if (process.env[MARK]) return 'real-time priority (chrt --rr 10): other processes do not slow it';
	const may =
		process.env.BENCH_PRIORITY !== 'normal' &&
		process.getuid?.() === 0 &&
		existsSync('/usr/bin/chrt');
	if (!may) {
		return 'normal priority: the figures include the slowdown from other work on the machine';
	}
	const run = spawnSync(
		'/usr/bin/chrt',
		['--rr', '10', process.execPath, ...process.argv.slice(1)],
		{
			stdio: 'inherit',
			env: { ...process.env, [MARK]: '1' }
		}
	);
	process.exit(run.status ?? 1);
}
