/**
 * Which sequence numbers of one device's events are known here, as sorted, disjoint runs
 * [first, end) — a device's events are numbered 0, 1, 2, …, so a whole log is usually one run.
 */
export type SeqRanges = [number, number][];

export function hasSeq(ranges: SeqRanges, seq: number): boolean {
	let low = 0;
	let high = ranges.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const [first, end] = ranges[mid] as [number, number];
		if (seq < first) high = mid - 1;
		else if (seq >= end) low = mid + 1;
		else return true;
	}
	return false;
}

/** The runs with these sequence numbers added. */
export function withSeqs(ranges: SeqRanges, seqs: Iterable<number>): SeqRanges {
	const all: [number, number][] = [...ranges];
	for (const seq of seqs) all.push([seq, seq + 1]);
	all.sort((a, b) => a[0] - b[0]);
	const out: SeqRanges = [];
	for (const [first, end] of all) {
		const last = out.at(-1);
		if (last && first <= last[1]) last[1] = Math.max(last[1], end);
		else out.push([first, end]);
	}
	return out;
}
