/**
 * A small least-recently-used cache whose entries also expire after `ttlMs`
 * (by the given clock). Used for search answers and public search pages.
 */
export class LruCache<V> {
	/** Insertion order = least recently used first. */
	private entries = new Map<string, { at: number; value: V }>();

	constructor(
		private readonly maxEntries: number,
		private readonly ttlMs: number
	) {}

	get size(): number {
		return this.entries.size;
	}

	/** The value stored under `key` less than ttlMs before `now`, or undefined. */
	get(key: string, now: number): V | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		this.entries.delete(key);
		if (now - entry.at >= this.ttlMs || now < entry.at) return undefined;
		this.entries.set(key, entry);
		return entry.value;
	}

	set(key: string, value: V, now: number): void {
		if (this.maxEntries <= 0) return;
		this.entries.delete(key);
		this.entries.set(key, { at: now, value });
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
	}

	clear(): void {
		this.entries.clear();
	}
}
