/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it, on titles folded
 * like f_unaccent(lower(…)): each word, padded with two spaces in front and
 * one behind, gives its three-letter pieces; similarity = shared / all.
 * Done in JavaScript so comparing every pair of a large district stays fast on
 * PGlite, which would evaluate similarity() for each pair on the event loop.
 */

const SPECIAL: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	þ: 'th'
};

/** Lower case without accents: "Schwimmkurs für Groß und Klein" → "schwimmkurs fur gross und klein". */
export function foldTitle(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[ßæœøłđþ]/g, (c) => SPECIAL[c] ?? c);
}

/** The set of trigrams of a text, as pg_trgm's show_trgm() lists them. */
export function trigrams(text: string): Set<string> {
	const out = new Set<string>();
	for (const word of foldTitle(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
		const padded = `  ${word} `;
		for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
	}
	return out;
}

/** pg_trgm's similarity(): shared trigrams divided by all distinct trigrams of both. */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const t of small) if (large.has(t)) shared++;
	return shared / (a.size + b.size - shared);
}
