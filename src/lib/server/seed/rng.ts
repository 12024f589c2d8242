/**
 * A small seeded pseudo-random number generator (mulberry32). The same seed
 * always yields the same sequence, so demo data is reproducible. Never use
 * Math.random or crypto here.
 */
export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A derived generator for one part of the data, independent of the others' consumption. */
	static derive(seed: number, label: string): Rng {
		let h = (seed ^ 0x811c9dc5) >>> 0;
		for (let i = 0; i < label.length; i++) {
			h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
		}
		return new Rng(h);
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max] (both inclusive). */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** An integer in [min, max] that is a multiple of `step`. */
	step(min: number, max: number, step: number): number {
		return min + step * this.int(0, Math.floor((max - min) / step));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(list: readonly T[]): T {
		if (list.length === 0) throw new Error('Rng.pick: empty list');
		return list[Math.floor(this.next() * list.length)] as T;
	}

	/** Picks from [value, weight] pairs. */
	weighted<T>(entries: readonly (readonly [T, number])[]): T {
		const total = entries.reduce((s, [, w]) => s + w, 0);
		let r = this.next() * total;
		for (const [value, w] of entries) {
			r -= w;
			if (r < 0) return value;
		}
		const last = entries[entries.length - 1];
		if (!last) throw new Error('Rng.weighted: empty list');
		return last[0];
	}

	/** `n` distinct elements in random order. */
	sample<T>(list: readonly T[], n: number): T[] {
		const copy = [...list];
		const out: T[] = [];
		while (out.length < n && copy.length > 0) {
			out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
		}
		return out;
	}

	/** A random UUID in version 4 format, drawn from this generator. */
	uuid(): string {
		const bytes: number[] = [];
		for (let i = 0; i < 4; i++) {
			const w = Math.floor(this.next() * 4294967296);
			bytes.push((w >>> 24) & 255, (w >>> 16) & 255, (w >>> 8) & 255, w & 255);
		}
		bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
		bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
		const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
		return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
	}

	/** A short lowercase base-36 token, e.g. for slug suffixes. */
	token(length: number): string {
		const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
		let out = '';
		for (let i = 0; i < length; i++) out += alphabet[this.int(0, alphabet.length - 1)];
		return out;
	}
}
