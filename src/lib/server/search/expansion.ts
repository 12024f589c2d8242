/**
 * Query term → the vocabulary terms it matches, each with a score factor:
 *   exact term                                   1.0
 *   compound whose last part is the term         0.6  ("kur" → "schwimmkur")
 *   compound whose first part is the term        0.5  ("sprach" → "sprachforderung")
 *   typo, 1 / 2 edits (only for unknown terms)   0.4 / 0.25
 * Expansions are cached per term; the cache is dropped on every index write.
 */
import { isStopTerm } from './analyzer';
import { maxEdits, type TrigramIndex } from './fuzzy';
import type { Vocabulary } from './vocabulary';

export const FACTOR_EXACT = 1;
export const FACTOR_COMPOUND_HEAD = 0.6;
export const FACTOR_COMPOUND_MODIFIER = 0.5;
const FACTOR_TYPO = [1, 0.4, 0.25];

/** Minimum length of the other part of a compound, so "kur" does not match "figur". */
const MIN_PART = 3;
const MIN_SUFFIX_TERM = 3;
const MIN_PREFIX_TERM = 4;
/** German linking elements (Fugenelemente) between compound parts. */
const LINKERS = ['es', 'en', 'er', 's', 'n'];
const MAX_TYPO_CANDIDATES = 8;
const CACHE_LIMIT = 5000;
/** A known word this rare may itself be a typo … */
const RARE_DF = 2;
/** … when a neighbour is this many times more common. */
const RARE_RATIO = 10;

export interface TermExpansion {
	ids: number[];
	factors: number[];
	/** The term itself is in the vocabulary. */
	exact: boolean;
	/** Best typo correction (term id) when the term matched nothing else, or -1. */
	correction: number;
	/**
	 * For a rare known word (maybe a typo in an offer, like the user's): a near
	 * word at least RARE_RATIO times as common, or -1. Only suggested, never matched.
	 */
	alternative: number;
}

export class Expander {
	private cache = new Map<string, TermExpansion>();

	constructor(
		private vocabulary: Vocabulary,
		private trigrams: TrigramIndex
	) {}

	clear(): void {
		this.cache.clear();
	}

	expand(term: string): TermExpansion {
		let expansion = this.cache.get(term);
		if (!expansion) {
			if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
			expansion = this.compute(term);
			this.cache.set(term, expansion);
		}
		return expansion;
	}

	private compute(term: string): TermExpansion {
		const vocabulary = this.vocabulary;
		const result: TermExpansion = {
			ids: [],
			factors: [],
			exact: false,
			correction: -1,
			alternative: -1
		};
		const exactId = vocabulary.ids.get(term);
		if (exactId !== undefined && vocabulary.documentFrequency[exactId]! > 0) {
			result.exact = true;
			result.ids.push(exactId);
			result.factors.push(FACTOR_EXACT);
		}
		if (isStopTerm(term)) return result;
		this.addCompounds(term, exactId, result);
		const df = vocabulary.documentFrequency;
		if (result.exact && df[exactId!]! <= RARE_DF) {
			const common = this.near(term).filter((c) => df[c.id]! >= RARE_RATIO * df[exactId!]!);
			result.alternative = common[0]?.id ?? -1;
		}
		if (result.ids.length > 0) return result;

		const usable = this.near(term).slice(0, MAX_TYPO_CANDIDATES);
		for (const c of usable) {
			result.ids.push(c.id);
			result.factors.push(FACTOR_TYPO[c.distance] ?? 0.2);
		}
		result.correction = usable[0]?.id ?? -1;
		return result;
	}

	/** Live vocabulary terms within the edit bound, closest and then most common first. */
	private near(term: string): { id: number; distance: number }[] {
		const df = this.vocabulary.documentFrequency;
		return this.trigrams
			.near(term, maxEdits(term.length), this.vocabulary.terms)
			.filter((c) => df[c.id]! > 0)
			.sort((a, b) => a.distance - b.distance || df[b.id]! - df[a.id]!);
	}

	private addCompounds(term: string, exactId: number | undefined, result: TermExpansion): void {
		const vocabulary = this.vocabulary;
		const candidates: number[] = [];
		if (term.length >= MIN_SUFFIX_TERM) {
			vocabulary.withSuffix(term, candidates);
			for (const id of candidates) {
				if (id === exactId || vocabulary.documentFrequency[id] === 0) continue;
				if (vocabulary.terms[id]!.length - term.length < MIN_PART) continue;
				result.ids.push(id);
				result.factors.push(FACTOR_COMPOUND_HEAD);
			}
		}
		if (term.length >= MIN_PREFIX_TERM) {
			candidates.length = 0;
			vocabulary.withPrefix(term, candidates);
			for (const id of candidates) {
				if (id === exactId || vocabulary.documentFrequency[id] === 0) continue;
				if (restAfterLinker(vocabulary.terms[id]!.slice(term.length)) < MIN_PART) continue;
				result.ids.push(id);
				result.factors.push(FACTOR_COMPOUND_MODIFIER);
			}
		}
	}
}

/** Length of the second compound part once a linking element is taken off. */
function restAfterLinker(rest: string): number {
	for (const linker of LINKERS) {
		if (rest.startsWith(linker) && rest.length - linker.length >= MIN_PART) {
			return rest.length - linker.length;
		}
	}
	return rest.length;
}
