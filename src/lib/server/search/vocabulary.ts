/**
 * The term dictionary: term ↔ dense id, the display form of each term (for
 * "did you mean"), its posting list, and sorted views for prefix and suffix
 * lookups (compound parts: "kur" is a suffix of "schwimmkur").
 *
 * Ids are only appended. The sorted views cover ids below `sortedUpTo`; terms
 * added later by upserts are checked linearly until there are enough of them to
 * re-sort (a few ms at 100k terms), so writes stay cheap.
 */
import { PostingList } from './postings';

const RESORT_AFTER = 2000;

export class Vocabulary {
	readonly ids = new Map<string, number>();
	readonly terms: string[] = [];
	/** The word as first seen in the corpus, e.g. "Schwimmkurs" for "schwimmkur". */
	readonly display: string[] = [];
	readonly postings: PostingList[] = [];
	/**
	 * Live documents per term. Posting lists keep tombstoned slots until the
	 * next rebuild; this count does not, so idf and "is this word known?" (which
	 * decides typo correction) follow removals at once.
	 */
	documentFrequency = new Int32Array(1024);

	private byTerm = new Int32Array(0);
	private byReversed = new Int32Array(0);
	private reversed: string[] = [];
	private sortedUpTo = 0;

	get size(): number {
		return this.terms.length;
	}

	intern(term: string, surface: string): number {
		let id = this.ids.get(term);
		if (id === undefined) {
			id = this.terms.length;
			this.ids.set(term, id);
			this.terms.push(term);
			this.display.push(surface);
			this.postings.push(new PostingList());
			if (id >= this.documentFrequency.length) {
				const grown = new Int32Array(this.documentFrequency.length * 2);
				grown.set(this.documentFrequency);
				this.documentFrequency = grown;
			}
		}
		return id;
	}

	/** Sorts the prefix and suffix views over all current terms. */
	sortViews(): void {
		const n = this.terms.length;
		const terms = this.terms;
		this.reversed = terms.map((t) => reverse(t));
		const reversed = this.reversed;
		const byTerm = new Int32Array(n);
		for (let i = 0; i < n; i++) byTerm[i] = i;
		const byReversed = byTerm.slice();
		byTerm.sort((a, b) => compare(terms[a]!, terms[b]!));
		byReversed.sort((a, b) => compare(reversed[a]!, reversed[b]!));
		this.byTerm = byTerm;
		this.byReversed = byReversed;
		this.sortedUpTo = n;
	}

	/** Ids of terms that start with `prefix` (including the term itself). */
	withPrefix(prefix: string, out: number[]): void {
		this.maybeResort();
		collectRange(this.byTerm, this.terms, prefix, out);
		for (let id = this.sortedUpTo; id < this.terms.length; id++) {
			if (this.terms[id]!.startsWith(prefix)) out.push(id);
		}
	}

	/** Ids of terms that end with `suffix` (including the term itself). */
	withSuffix(suffix: string, out: number[]): void {
		this.maybeResort();
		collectRange(this.byReversed, this.reversed, reverse(suffix), out);
		for (let id = this.sortedUpTo; id < this.terms.length; id++) {
			if (this.terms[id]!.endsWith(suffix)) out.push(id);
		}
	}

	private maybeResort(): void {
		if (this.terms.length - this.sortedUpTo > RESORT_AFTER) this.sortViews();
	}
}

function reverse(s: string): string {
	let r = '';
	for (let i = s.length - 1; i >= 0; i--) r += s[i];
	return r;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Appends the ids whose key (keys[id]) starts with `prefix`, via binary search on `order`. */
function collectRange(order: Int32Array, keys: string[], prefix: string, out: number[]): void {
	let lo = 0;
	let hi = order.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (keys[order[mid]!]! < prefix) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < order.length; i++) {
		const id = order[i]!;
		if (!keys[id]!.startsWith(prefix)) break;
		out.push(id);
	}
}
