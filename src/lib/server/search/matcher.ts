/**
 * Evaluates the words of a query against the posting lists.
 *
 * Every word must match (AND). A word's score in a document is its best
 * expansion (exact beats compound part beats typo), so a document that has
 * "Schwimmkurs" and "Kurs" is not counted twice for the word "Kurs". When no
 * document has all words, the matcher falls back to ANY word, scaled by the
 * share of words matched, and says so (`mode: 'any'`): a long query with one
 * word nobody uses still shows the closest offers instead of nothing.
 *
 * Scratch arrays are indexed by slot and reused across queries (search is
 * synchronous, so no two queries interleave); each query only resets the slots
 * the previous one touched.
 */
import { FACTOR_SPLIT, type TermExpansion, type TermSet } from './expansion';
import type { Vocabulary } from './vocabulary';

export interface TextMatch {
	/** Matching slots in the first `count` entries (unordered). */
	slots: Int32Array;
	count: number;
	/** Score per slot, valid for the slots above until the next match. */
	scores: Float32Array;
	mode: 'all' | 'any';
}

export class Matcher {
	private wordScore = new Float32Array(0);
	private scores = new Float32Array(0);
	private matched = new Uint8Array(0);
	private first = new Int32Array(0);
	private firstCount = 0;
	private current = new Int32Array(0);
	private result = new Int32Array(0);
	private partScore = new Float32Array(0);
	private partTouched = new Int32Array(0);
	private liveCount = 0;

	constructor(private vocabulary: Vocabulary) {}

	/** `liveCount`: live documents (for idf); `slotCount`: slots including tombstones. */
	match(
		words: TermExpansion[],
		alive: Uint8Array,
		liveCount: number,
		slotCount: number
	): TextMatch {
		this.reset(slotCount);
		this.liveCount = liveCount;
		const ordered = [...words].sort((a, b) => this.cost(a) - this.cost(b));
		const all = this.matchAll(ordered, alive);
		if (all.count > 0 || words.length < 2) return all;
		this.reset(slotCount);
		return this.matchAny(ordered, alive);
	}

	private matchAll(words: TermExpansion[], alive: Uint8Array): TextMatch {
		let count = 0;
		for (let w = 0; w < words.length; w++) {
			const touched = this.accumulate(words[w]!, alive, w);
			if (w === 0) {
				this.first.set(this.current.subarray(0, touched));
				this.firstCount = touched;
			}
			for (let i = 0; i < touched; i++) {
				const slot = this.current[i]!;
				this.matched[slot] = w + 1;
				this.scores[slot]! += this.wordScore[slot]!;
				this.wordScore[slot] = 0;
			}
			if (w === 0) {
				this.result.set(this.first.subarray(0, touched));
				count = touched;
			} else {
				let kept = 0;
				for (let i = 0; i < count; i++) {
					const slot = this.result[i]!;
					if (this.matched[slot] === w + 1) this.result[kept++] = slot;
				}
				count = kept;
			}
			if (count === 0) break;
		}
		return { slots: this.result, count, scores: this.scores, mode: 'all' };
	}

	private matchAny(words: TermExpansion[], alive: Uint8Array): TextMatch {
		let count = 0;
		for (const word of words) {
			const touched = this.accumulate(word, alive, -1);
			for (let i = 0; i < touched; i++) {
				const slot = this.current[i]!;
				if (this.matched[slot] === 0) this.first[count++] = slot;
				this.matched[slot]!++;
				this.scores[slot]! += this.wordScore[slot]!;
				this.wordScore[slot] = 0;
			}
		}
		this.firstCount = count;
		for (let i = 0; i < count; i++) {
			const slot = this.first[i]!;
			this.scores[slot]! *= this.matched[slot]! / words.length;
			this.result[i] = slot;
		}
		return { slots: this.result, count, scores: this.scores, mode: 'any' };
	}

	/**
	 * Best expansion score per slot for one word into wordScore; the touched
	 * slots go to `current`. With `requiredMatches` ≥ 0 only slots that matched
	 * that many earlier words are considered (AND).
	 */
	private accumulate(word: TermExpansion, alive: Uint8Array, requiredMatches: number): number {
		const wordScore = this.wordScore;
		const current = this.current;
		let touched = 0;
		const take = (slot: number, s: number) => {
			const before = wordScore[slot]!;
			if (before === 0) current[touched++] = slot;
			if (s > before) wordScore[slot] = s;
		};
		this.scan(word, alive, requiredMatches, 1, take);
		if (word.split) {
			// Offers with both parts of the word: the modifier's best score per slot first …
			const partScore = this.partScore;
			const partTouched = this.partTouched;
			let parts = 0;
			this.scan(word.split.modifier, alive, requiredMatches, 1, (slot, s) => {
				if (partScore[slot] === 0) partTouched[parts++] = slot;
				if (s > partScore[slot]!) partScore[slot] = s;
			});
			// … then every head posting of such an offer.
			this.scan(word.split.head, alive, requiredMatches, 1, (slot, s) => {
				const modifier = partScore[slot]!;
				if (modifier > 0) take(slot, (FACTOR_SPLIT * (modifier + s)) / 2);
			});
			for (let i = 0; i < parts; i++) partScore[partTouched[i]!] = 0;
		}
		return touched;
	}

	/** Calls `visit(slot, idf-weighted score × factor)` for every live posting of the set. */
	private scan(
		set: TermSet,
		alive: Uint8Array,
		requiredMatches: number,
		factor: number,
		visit: (slot: number, score: number) => void
	): void {
		const postings = this.vocabulary.postings;
		const matched = this.matched;
		for (let e = 0; e < set.ids.length; e++) {
			const id = set.ids[e]!;
			const list = postings[id]!;
			const df = this.vocabulary.documentFrequency[id]!;
			const idf = Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
			const f = idf * set.factors[e]! * factor;
			const docs = list.docs;
			const weights = list.weights;
			for (let i = 0; i < list.length; i++) {
				const slot = docs[i]!;
				if (alive[slot] === 0) continue;
				if (requiredMatches > 0 && matched[slot] !== requiredMatches) continue;
				visit(slot, f * weights[i]!);
			}
		}
	}

	private cost(word: TermExpansion): number {
		let n = 0;
		for (const id of word.ids) n += this.vocabulary.postings[id]!.length;
		return n;
	}

	/** Clears what the previous query left behind; grows the scratch arrays with the index. */
	private reset(slotCount: number): void {
		if (this.scores.length < slotCount) {
			const capacity = Math.max(1024, slotCount * 2);
			this.wordScore = new Float32Array(capacity);
			this.scores = new Float32Array(capacity);
			this.matched = new Uint8Array(capacity);
			this.first = new Int32Array(capacity);
			this.current = new Int32Array(capacity);
			this.result = new Int32Array(capacity);
			this.partScore = new Float32Array(capacity);
			this.partTouched = new Int32Array(capacity);
			this.firstCount = 0;
			return;
		}
		for (let i = 0; i < this.firstCount; i++) {
			const slot = this.first[i]!;
			this.scores[slot] = 0;
			this.matched[slot] = 0;
		}
		this.firstCount = 0;
	}
}
