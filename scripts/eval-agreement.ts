// Rater agreement on a blind sample: npm run eval:agreement -- DIR (holding ratings-*.tsv).
// With the compare-key.json of eval:compare in DIR, also the acceptable share of each side.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figuresBySide, type Side } from './eval/compare';
import { agreedLabel, cohensKappa, labelCounts, type Rating } from './eval/ratings';
import { readRatingFiles } from './eval/ratings-files';
import { percent } from './eval/metrics';

function main(): number {
	const dir = process.argv[2];
	if (!dir || process.argv.length > 3) {
		process.stderr.write('usage: npm run eval:agreement -- DIR\n');
		return 2;
	}
	const raters = readRatingFiles(dir);
	if (raters.length === 0) {
		process.stderr.write(`${dir}: no ratings-*.tsv files\n`);
		return 2;
	}
	for (const { rater, ratings } of raters) {
		const yes = [...ratings.values()].filter((r) => r.acceptable).length;
		console.log(`${rater}: ${yes} of ${ratings.size} acceptable (${percent(yes, ratings.size)})`);
	}
	const maps = raters.map((r) => r.ratings);
	const common = [...(maps[0]?.keys() ?? [])].filter((id) => maps.every((m) => m.has(id)));
	if (raters.length >= 2) {
		const agreed = common.filter((id) => agreedLabel(id, maps, maps.length) === 1).length;
		console.log(
			`acceptable on agreement (all ${raters.length} raters say 1): ${agreed} of ${common.length} (${percent(agreed, common.length)})`
		);
		for (let i = 0; i < raters.length; i += 1) {
			for (let j = i + 1; j < raters.length; j += 1) {
				const k = cohensKappa(maps[i] as Map<string, Rating>, maps[j] as Map<string, Rating>);
				console.log(
					`${raters[i]?.rater} vs ${raters[j]?.rater}: ${k.items} items, raw agreement ${percent(k.observed * k.items, k.items)}, Cohen's kappa ${k.kappa.toFixed(2)}`
				);
			}
		}
		const missing = new Set(
			maps.flatMap((m) => [...m.keys()]).filter((id) => !common.includes(id))
		);
		if (missing.size > 0)
			console.log(`rated by some raters only (left out above): ${[...missing].sort().join(' ')}`);
	}
	const compareKey = join(dir, 'compare-key.json');
	if (raters.length >= 2 && existsSync(compareKey)) {
		const key = JSON.parse(readFileSync(compareKey, 'utf8')) as {
			items: Record<string, { side: Side }>;
		};
		const sides = new Map(Object.entries(key.items).map(([id, item]) => [id, item.side]));
		for (const f of figuresBySide(sides, (id) => agreedLabel(id, maps, maps.length))) {
			const rated = f.items - f.unrated;
			console.log(
				`${f.side}: ${f.acceptable} of ${rated} acceptable (${percent(f.acceptable, rated)})${f.unrated ? `, ${f.unrated} not rated by all` : ''}`
			);
		}
	}
	const labels = labelCounts(maps);
	if (labels.length > 0)
		console.log(`error labels: ${labels.map(([l, n]) => `${l} ${n}`).join(', ')}`);
	return 0;
}

process.exitCode = main();
