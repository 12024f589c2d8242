/**
 * Typo tolerance over the vocabulary (never over documents): a trigram index
 * proposes candidate terms, a bounded Damerau-Levenshtein distance confirms
 * them. Cost per query term: the posting lists of its ~10 trigrams.
 */

const PAD = '\u0005';
/** Shorter query terms are not corrected: too many neighbours at distance 1. */
export const MIN_FUZZY_LENGTH = 4;

/** Edits allowed for a term of this length: 1 for 4–7 letters, 2 from 8 on. */
export function maxEdits(length: number): number {
	return length < MIN_FUZZY_LENGTH ? 0 : length < 8 ? 1 : 2;
}

function trigrams(term: string): string[] {
	const padded = PAD + term + PAD;
	const grams = new Set<string>();
	for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
	return [...grams];
}

export class TrigramIndex {
	private grams = new Map<string, number[]>();
	private lengths: number[] = [];
	private counts = new Uint16Array(1024);
	private touched: number[] = [];

	add(termId: number, term: string): void {
		this.lengths[termId] = term.length;
		if (term.length < MIN_FUZZY_LENGTH - 1) return;
		for (const g of trigrams(term)) {
			const list = this.grams.get(g);
			if (list) list.push(termId);
			else this.grams.set(g, [termId]);
		}
	}

	/**
	 * Term ids within `k` edits of `term` (excluding an exact match), with distances,
	 * closest first.
	 */
	near(term: string, k: number, terms: readonly string[]): { id: number; distance: number }[] {
		if (k <= 0) return [];
		if (this.counts.length < this.lengths.length)
			this.counts = new Uint16Array(this.lengths.length * 2);
		const counts = this.counts;
		const touched = this.touched;
		const grams = trigrams(term);
		for (const g of grams) {
			const list = this.grams.get(g);
			if (!list) continue;
			for (let i = 0; i < list.length; i++) {
				const id = list[i]!;
				if (counts[id] === 0) touched.push(id);
				counts[id]!++;
			}
		}
		// One edit changes at most 3 trigrams (4 for a transposition).
		const needed = Math.max(1, grams.length - 4 * k);
		const found: { id: number; distance: number }[] = [];
		for (const id of touched) {
			const shared = counts[id]!;
			counts[id] = 0;
			if (shared < needed || Math.abs(this.lengths[id]! - term.length) > k) continue;
			const candidate = terms[id]!;
			if (candidate === term) continue;
			const distance = boundedDamerauLevenshtein(term, candidate, k);
			if (distance <= k) found.push({ id, distance });
		}
		touched.length = 0;
		return found.sort((a, b) => a.distance - b.distance);
	}
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two
 * neighbours), or k + 1 as soon as it must exceed k.
 */
export function boundedDamerauLevenshtein(a: string, b: string, k: number): number {
	const n = a.length;
	const m = b.length;
	if (Math.abs(n - m) > k) return k + 1;
	if (rowA.length <= m) {
		rowA = new Int32Array(m + 1);
		rowB = new Int32Array(m + 1);
		rowC = new Int32Array(m + 1);
	}
	let prev2 = rowA; // row i-2
	let prev = rowB; // row i-1
	let cur = rowC;
	for (let j = 0; j <= m; j++) prev[j] = j;
	for (let i = 1; i <= n; i++) {
		cur[0] = i;
		let rowMin = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j <= m; j++) {
			const cb = b.charCodeAt(j - 1);
			const cost = ca === cb ? 0 : 1;
			let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
				d = Math.min(d, prev2[j - 2]! + 1);
			}
			cur[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > k) return k + 1;
		const t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return Math.min(prev[m]!, k + 1);
}
