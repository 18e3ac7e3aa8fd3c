// Keeping siblings apart: two questions on one sentence, one after the other, give each other's
// answers away ("Which country has North Korea provided with …?", then "… provided Russia with
// …?"). One rule orders every queue: quiz, test, review, flashcards and assignments.

/** A card's sibling key: the set and sentence its question comes from. */
export function siblingOf(card: { siblingKey: string }): string {
	return card.siblingKey;
}

/** How many neighbours in `items` share a key. */
export function adjacentSiblings<T>(items: readonly T[], keyOf: (item: T) => string): number {
	let pairs = 0;
	for (let i = 1; i < items.length; i++) {
		if (keyOf(items[i] as T) === keyOf(items[i - 1] as T)) pairs++;
	}
	return pairs;
}

/** A min-heap of item indexes: the earliest item first. */
class IndexHeap {
	#heap: number[] = [];

	get size() {
		return this.#heap.length;
	}
	peek(): number | undefined {
		return this.#heap[0];
	}
	push(value: number) {
		const heap = this.#heap;
		heap.push(value);
		let i = heap.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if ((heap[parent] as number) <= value) break;
			heap[i] = heap[parent] as number;
			i = parent;
		}
		heap[i] = value;
	}
	pop(): number | undefined {
		const heap = this.#heap;
		const top = heap[0];
		const last = heap.pop();
		if (heap.length === 0 || last === undefined) return top;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= heap.length) break;
			const right = left + 1;
			const child =
				right < heap.length && (heap[right] as number) < (heap[left] as number) ? right : left;
			if ((heap[child] as number) >= last) break;
			heap[i] = heap[child] as number;
			i = child;
		}
		heap[i] = last;
		return top;
	}
}

/**
 * `items` reordered so that no two neighbours share a key, moving as little as it can: each
 * place takes the earliest item whose key differs from the one before, unless a key holds so
 * many of the items left that it must be taken now for the rest to fit. An order without
 * neighbours that share a key exists exactly when no key holds more than half the items
 * (rounded up); then the result has none, and an order that already has none comes back as it
 * is. Otherwise the result has the fewest such neighbours possible. O(n log n).
 */
export function spreadSiblings<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
	const n = items.length;
	if (n < 3) return [...items];
	// Keys as numbers; for each key its items' indexes in order, and how many are left.
	const keyIds = new Map<string, number>();
	const keyOfItem = new Int32Array(n);
	const members: number[][] = [];
	for (let i = 0; i < n; i++) {
		const key = keyOf(items[i] as T);
		let id = keyIds.get(key);
		if (id === undefined) {
			id = members.length;
			keyIds.set(key, id);
			members.push([]);
		}
		keyOfItem[i] = id;
		(members[id] as number[]).push(i);
	}
	const keys = members.length;
	if (keys === 1) return [...items];
	const next = new Int32Array(keys); // position in members[key] of its earliest item left
	// Keys by how many items they have left; the largest count only ever goes down.
	const byCount: Set<number>[] = [];
	let maxCount = 0;
	const heads = new IndexHeap(); // every key's earliest item left
	for (let key = 0; key < keys; key++) {
		const count = (members[key] as number[]).length;
		(byCount[count] ??= new Set()).add(key);
		maxCount = Math.max(maxCount, count);
		heads.push((members[key] as number[])[0] as number);
	}

	const take = (key: number): number => {
		const list = members[key] as number[];
		const position = next[key] as number;
		const index = list[position] as number;
		const count = list.length - position;
		byCount[count]?.delete(key);
		if (count > 1) (byCount[count - 1] ??= new Set()).add(key);
		while (maxCount > 0 && (byCount[maxCount]?.size ?? 0) === 0) maxCount--;
		next[key] = position + 1;
		const head = list[position + 1];
		if (head !== undefined) heads.push(head);
		return index;
	};
	// The earliest item left whose key is not `avoid` (the heap may hold items already taken).
	const taken = new Uint8Array(n);
	const earliestOtherThan = (avoid: number): number | undefined => {
		const skipped: number[] = [];
		let found: number | undefined;
		while (heads.size > 0) {
			const top = heads.peek() as number;
			if (taken[top]) {
				heads.pop();
				continue;
			}
			if (keyOfItem[top] !== avoid) {
				found = top;
				break;
			}
			skipped.push(heads.pop() as number);
		}
		for (const index of skipped) heads.push(index);
		return found;
	};

	const out: T[] = [];
	let previous = -1;
	for (let left = n; left > 0; left--) {
		let key: number | undefined;
		// A key holding more than half of what is left must go now, or it ends up in a run.
		if (maxCount > left >> 1) {
			for (const candidate of byCount[maxCount] as Set<number>) {
				if (candidate !== previous) {
					key = candidate;
					break;
				}
			}
		}
		if (key === undefined) {
			const earliest = earliestOtherThan(previous);
			// Only one key is left: its items can only follow one another.
			key = earliest === undefined ? previous : (keyOfItem[earliest] as number);
		}
		const index = take(key);
		taken[index] = 1;
		out.push(items[index] as T);
		previous = key;
	}
	return out;
}
