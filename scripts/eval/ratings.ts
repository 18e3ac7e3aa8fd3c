// Blind ratings: `ratings-<rater>.tsv` files with `ID<TAB>1|0<TAB>error labels` lines.

export interface Rating {
	acceptable: boolean;
	labels: string[];
}

/** One rater's file; blank lines, `#` comments and a header line starting with "id" are skipped. */
export function parseRatings(raw: string, fileName = 'ratings'): Map<string, Rating> {
	const ratings = new Map<string, Rating>();
	raw.split(/\r?\n/).forEach((line, n) => {
		if (!line.trim() || line.trimStart().startsWith('#')) return;
		const [id = '', score = '', labels = ''] = line.split('\t').map((c) => c.trim());
		if (n === 0 && /^id$/i.test(id)) return;
		if (!/^[01]$/.test(score))
			throw new Error(`${fileName}:${n + 1}: expected ID<TAB>1 or 0<TAB>labels, got "${line}"`);
		if (ratings.has(id)) throw new Error(`${fileName}:${n + 1}: ${id} is rated twice`);
		ratings.set(id, {
			acceptable: score === '1',
			labels: labels
				.split(/[,;]/)
				.map((l) => l.trim().toLowerCase())
				.filter(Boolean)
		});
	});
	return ratings;
}

/** `ratings-anna.tsv` → `anna`. */
export function raterName(fileName: string): string {
	return fileName.replace(/^ratings-/, '').replace(/\.tsv$/, '');
}

/**
 * The label used for the ranker and the headline figure: acceptable only if every rater who
 * rated the item says acceptable, and at least `minRaters` did; otherwise undefined (left out).
 */
export function agreedLabel(
	id: string,
	raters: ReadonlyArray<Map<string, Rating>>,
	minRaters = 2
): 0 | 1 | undefined {
	const given = raters.map((r) => r.get(id)).filter((r): r is Rating => r !== undefined);
	if (given.length < minRaters) return undefined;
	return given.every((r) => r.acceptable) ? 1 : 0;
}

export interface PairAgreement {
	items: number;
	/** Share of items both raters judged the same way. */
	observed: number;
	/** Agreement expected by chance from each rater's own acceptable rate. */
	expected: number;
	kappa: number;
}

/** Cohen's kappa of two raters on the items both rated. */
export function cohensKappa(a: Map<string, Rating>, b: Map<string, Rating>): PairAgreement {
	const ids = [...a.keys()].filter((id) => b.has(id));
	const n = ids.length;
	if (n === 0) return { items: 0, observed: NaN, expected: NaN, kappa: NaN };
	let same = 0;
	let yesA = 0;
	let yesB = 0;
	for (const id of ids) {
		const x = a.get(id)?.acceptable;
		const y = b.get(id)?.acceptable;
		if (x === y) same += 1;
		if (x) yesA += 1;
		if (y) yesB += 1;
	}
	const observed = same / n;
	const pa = yesA / n;
	const pb = yesB / n;
	const expected = pa * pb + (1 - pa) * (1 - pb);
	// Both raters gave one same answer to everything: kappa is undefined; call perfect agreement 1.
	const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
	return { items: n, observed, expected, kappa };
}

/** How often each error label was used, most frequent first. */
export function labelCounts(raters: ReadonlyArray<Map<string, Rating>>): Array<[string, number]> {
	const counts = new Map<string, number>();
	for (const r of raters)
		for (const rating of r.values())
			for (const l of rating.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
	return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}
