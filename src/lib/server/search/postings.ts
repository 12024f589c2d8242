/**
 * A growable posting list of one term: document slots in ascending order
 * (slots are only appended, see doc-store.ts) with a precomputed field-weighted
 * BM25 term weight per document. Typed arrays keep 50k documents × ~100 terms
 * compact and fast to scan.
 */
export class PostingList {
	docs: Int32Array;
	weights: Float32Array;
	length = 0;

	constructor(capacity = 2) {
		this.docs = new Int32Array(capacity);
		this.weights = new Float32Array(capacity);
	}

	push(doc: number, weight: number): void {
		if (this.length === this.docs.length) {
			const capacity = this.docs.length * 2;
			const docs = new Int32Array(capacity);
			docs.set(this.docs);
			const weights = new Float32Array(capacity);
			weights.set(this.weights);
			this.docs = docs;
			this.weights = weights;
		}
		this.docs[this.length] = doc;
		this.weights[this.length] = weight;
		this.length++;
	}
}

/** A growable Int32Array (term ids, value ids, offsets). */
export class IntBuffer {
	data: Int32Array;
	length = 0;

	constructor(capacity = 1024) {
		this.data = new Int32Array(capacity);
	}

	push(value: number): void {
		if (this.length === this.data.length) {
			const next = new Int32Array(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = value;
	}
}
