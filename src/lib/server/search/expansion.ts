/**
 * Query term → the vocabulary terms it matches, each with a score factor:
 *   exact term                                   1.0
 *   compound whose last part is the term         0.6  ("kur" → "schwimmkur")
 *   compound whose first part is the term        0.5  ("sprach" → "sprachforderung")
 *   typo, 1 / 2 edits (only for unknown terms,    0.4 / 0.25
 *   also when they match as a compound part)
 *   both parts of the term, split (see `split`)  0.4  ("schwimmkur" → "schwimm" … "anfangerkur")
 * Expansions are cached per term; the cache is dropped on every index write.
 */
import { isStopTerm } from './analyzer';
import { maxEdits, type TrigramIndex } from './fuzzy';
import type { Vocabulary } from './vocabulary';

export const FACTOR_EXACT = 1;
export const FACTOR_COMPOUND_HEAD = 0.6;
export const FACTOR_COMPOUND_MODIFIER = 0.5;
const FACTOR_TYPO = [1, 0.4, 0.25];
export const FACTOR_SPLIT = 0.4;
/** Query words at least this long are tried as compounds of two known words. */
const MIN_SPLIT_TERM = 8;
const MIN_SPLIT_MODIFIER = 4;

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

/** Vocabulary terms with score factors: a union of posting lists. */
export interface TermSet {
	ids: number[];
	factors: number[];
}

export interface TermExpansion extends TermSet {
	/**
	 * The query word as a compound of two known words, matched in offers that
	 * have both (each exactly or as a compound part), for FACTOR_SPLIT: a search
	 * for "Schwimmkurse" also finds "Schwimmen lernen … – Anfängerkurs".
	 */
	split: { modifier: TermSet; head: TermSet } | null;
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
			alternative: -1,
			split: null
		};
		const exactId = vocabulary.ids.get(term);
		if (exactId !== undefined && vocabulary.documentFrequency[exactId]! > 0) {
			result.exact = true;
			result.ids.push(exactId);
			result.factors.push(FACTOR_EXACT);
		}
		if (isStopTerm(term)) return result;
		this.addCompounds(term, exactId, result);
		result.split = this.split(term);
		const df = vocabulary.documentFrequency;
		if (result.exact && df[exactId!]! <= RARE_DF) {
			const common = this.near(term).filter((c) => df[c.id]! >= RARE_RATIO * df[exactId!]!);
			result.alternative = common[0]?.id ?? -1;
		}
		if (result.exact) return result;

		// An unknown word may be a typo even when it is also the start or end of
		// some compound ("gitare" begins "gitarrenunterricht" but means "gitarre").
		const matchedAsPart = result.ids.length > 0;
		const usable = this.near(term).slice(0, MAX_TYPO_CANDIDATES);
		for (const c of usable) {
			if (result.ids.includes(c.id)) continue;
			result.ids.push(c.id);
			result.factors.push(FACTOR_TYPO[c.distance] ?? 0.2);
		}
		// "Did you mean" only for words that matched nothing as typed.
		if (!matchedAsPart) result.correction = usable[0]?.id ?? -1;
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

	/** The longest known modifier + known head (after a linking element) that make up `term`. */
	private split(term: string): TermExpansion['split'] {
		if (term.length < MIN_SPLIT_TERM) return null;
		const { ids, documentFrequency: df } = this.vocabulary;
		const known = (t: string) => {
			const id = ids.get(t);
			return id !== undefined && df[id]! > 0 ? id : undefined;
		};
		for (let cut = term.length - MIN_PART; cut >= MIN_SPLIT_MODIFIER; cut--) {
			const modifierId = known(term.slice(0, cut));
			if (modifierId === undefined) continue;
			const rest = term.slice(cut);
			for (const head of [
				rest,
				...LINKERS.filter((l) => rest.startsWith(l)).map((l) => rest.slice(l.length))
			]) {
				if (head.length < MIN_PART) continue;
				const headId = known(head);
				if (headId === undefined) continue;
				const part = (t: string, id: number): TermSet => {
					const set: TermExpansion = {
						ids: [id],
						factors: [FACTOR_EXACT],
						exact: true,
						correction: -1,
						alternative: -1,
						split: null
					};
					this.addCompounds(t, id, set);
					return { ids: set.ids, factors: set.factors };
				};
				return { modifier: part(term.slice(0, cut), modifierId), head: part(head, headId) };
			}
		}
		return null;
	}

	private addCompounds(term: string, exactId: number | undefined, result: TermSet): void {
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
