/**
 * The inverted index: term → posting list of (slot, weight), where weight is
 * the term's BM25 contribution summed over fields with field weights (BM25F
 * style). idf is applied at query time, so it follows the live document count.
 *
 * Build is two passes: analyse every document into (term, field) codes and
 * field lengths, then — with the average field lengths known — compute the
 * weights and append postings. Upserts run the same two steps for one document
 * with the averages of the last build (they drift little between rebuilds).
 */
import { termOf, tokenize } from './analyzer';
import { BM25_K1, FIELD_COUNT, FIELDS } from './documents';
import { Expander } from './expansion';
import { TrigramIndex } from './fuzzy';
import { IntBuffer } from './postings';
import { Vocabulary } from './vocabulary';

const SURFACE_CACHE_LIMIT = 500_000;

/** One document, analysed: term codes (termId × FIELD_COUNT + field) and field lengths. */
interface AnalysedDoc {
	slot: number;
	codes: Int32Array;
	lengths: Float64Array;
}

export class TextIndex {
	readonly vocabulary = new Vocabulary();
	readonly trigrams = new TrigramIndex();
	readonly expander = new Expander(this.vocabulary, this.trigrams);
	/** Token as written → term id (-1: not indexed). Most tokens repeat, so this skips fold + stem. */
	private surfaceIds = new Map<string, number>();
	private averageLengths = new Float64Array(FIELD_COUNT).fill(1);
	private codeBuffer = new IntBuffer(4096);

	/** Indexes documents given in ascending slot order, recomputing average field lengths. */
	addAll(docs: Iterable<{ slot: number; texts: string[] }>): void {
		const analysed: AnalysedDoc[] = [];
		const totals = new Float64Array(FIELD_COUNT);
		for (const doc of docs) {
			const a = this.analyse(doc.slot, doc.texts);
			for (let f = 0; f < FIELD_COUNT; f++) totals[f]! += a.lengths[f]!;
			analysed.push(a);
		}
		for (let f = 0; f < FIELD_COUNT; f++) {
			this.averageLengths[f] = analysed.length > 0 ? Math.max(1, totals[f]! / analysed.length) : 1;
		}
		for (const a of analysed) this.post(a);
		this.vocabulary.sortViews();
		this.expander.clear();
	}

	/** Indexes one document; its slot must be higher than every slot indexed so far. */
	add(slot: number, texts: string[]): void {
		this.post(this.analyse(slot, texts));
		this.expander.clear();
	}

	/**
	 * Forgets a document's terms in the live counts (its postings stay until the
	 * next rebuild and are skipped as dead). `texts` are the fields it was indexed with.
	 */
	remove(texts: string[]): void {
		const { codes } = this.analyse(-1, texts);
		codes.sort();
		const df = this.vocabulary.documentFrequency;
		let previous = -1;
		for (const code of codes) {
			const termId = Math.floor(code / FIELD_COUNT);
			if (termId !== previous) df[termId]!--;
			previous = termId;
		}
		this.expander.clear();
	}

	private analyse(slot: number, texts: string[]): AnalysedDoc {
		const buffer = this.codeBuffer;
		buffer.length = 0;
		const lengths = new Float64Array(FIELD_COUNT);
		for (let f = 0; f < FIELD_COUNT; f++) {
			const text = texts[f];
			if (!text) continue;
			let n = 0;
			tokenize(text, (token) => {
				const id = this.termId(token);
				if (id < 0) return;
				buffer.push(id * FIELD_COUNT + f);
				n++;
			});
			lengths[f] = n;
		}
		return { slot, codes: buffer.data.slice(0, buffer.length), lengths };
	}

	private termId(token: string): number {
		let id = this.surfaceIds.get(token);
		if (id !== undefined) return id;
		const term = termOf(token);
		if (term === '') {
			id = -1;
		} else {
			const before = this.vocabulary.size;
			id = this.vocabulary.intern(term, token);
			if (id === before) this.trigrams.add(id, term);
		}
		if (this.surfaceIds.size >= SURFACE_CACHE_LIMIT) this.surfaceIds.clear();
		this.surfaceIds.set(token, id);
		return id;
	}

	/** Turns a document's codes into one posting per distinct term. */
	private post({ slot, codes, lengths }: AnalysedDoc): void {
		codes.sort();
		const postings = this.vocabulary.postings;
		let i = 0;
		while (i < codes.length) {
			const termId = Math.floor(codes[i]! / FIELD_COUNT);
			let weight = 0;
			while (i < codes.length && Math.floor(codes[i]! / FIELD_COUNT) === termId) {
				const code = codes[i]!;
				let tf = 0;
				while (i < codes.length && codes[i] === code) {
					tf++;
					i++;
				}
				const f = code - termId * FIELD_COUNT;
				const spec = FIELDS[f]!;
				const norm = 1 - spec.b + (spec.b * lengths[f]!) / this.averageLengths[f]!;
				const x = tf / norm;
				weight += (spec.weight * (x * (BM25_K1 + 1))) / (x + BM25_K1);
			}
			postings[termId]!.push(slot, weight);
			this.vocabulary.documentFrequency[termId]!++;
		}
	}
}
