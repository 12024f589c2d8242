/**
 * One search: text match → date filter → facet filter and counts → order →
 * page. Each step narrows a list of slots held in scratch arrays that live as
 * long as the engine, so a query allocates only its result objects.
 */
import { analyzeQuery, replaceTokens, termOf, tokenize } from './analyzer';
import type { SearchHit, SearchResult } from './engine';
import type { TermExpansion } from './expansion';
import { Matcher } from './matcher';
import { topK } from './ordering';
import type { TOfferSearchQuery } from './search.schemas';
import type { SearchIndex } from './search-index';
import type { TimeZone } from './timezone';

/** Sort keys: the primary order in whole numbers below LAST, then title rank below RANK_SPACE. */
const LAST = 2 ** 31;
const RANK_SPACE = 2 ** 21;

/** Below this many hits, "did you mean" also offers more common spellings of rare words. */
const FEW_RESULTS = 3;

/** More words add little and cost a posting scan each. */
const MAX_QUERY_WORDS = 32;

/**
 * The best TITLE_WINDOW hits by score are re-ranked by how many of the query's
 * words their title has as typed (score × (1 + TITLE_BONUS × share)): the offer
 * called "Türkisch lesen und schreiben für Kinder" comes before offers that only
 * gather "Türkisch" and "Kleinkinder" from several fields. A fixed window keeps
 * the order the same on every page.
 */
const TITLE_WINDOW = 100;
const TITLE_BONUS = 0.5;

export class QueryRunner {
	private matcher: Matcher;
	private candidates = new Int32Array(1024);
	private hits = new Int32Array(1024);
	private keys = new Float64Array(1024);
	/** Analysed title words per slot (slots never change their offer), filled on demand. */
	private titleTerms = new Map<number, Set<string>>();

	constructor(
		private index: SearchIndex,
		private tz: TimeZone
	) {
		this.matcher = new Matcher(index.text.vocabulary);
	}

	run(query: TOfferSearchQuery, locale: string, now: number): SearchResult {
		const index = this.index;
		this.ensureCapacity(index.slotCount);
		const words = analyzeQuery(query.q).slice(0, MAX_QUERY_WORDS);
		const expansions = words.map((w) => index.text.expander.expand(w.term));

		// 1. Text: matching slots with scores, or every live slot for an empty query.
		let slots: Int32Array = this.candidates;
		let count = 0;
		let scores: Float32Array | null = null;
		let relaxed = false;
		if (words.length > 0) {
			const match = this.matcher.match(expansions, index.alive, index.aliveCount, index.slotCount);
			slots = match.slots;
			count = match.count;
			scores = match.scores;
			relaxed = match.mode === 'any' && match.count > 0;
		} else {
			for (let slot = 0; slot < index.slotCount; slot++) {
				if (index.alive[slot] === 1) slots[count++] = slot;
			}
		}

		// 2. Dates: a date in [from 00:00, to 23:59] local time; ongoing offers always match.
		if (query.from || query.to) {
			const from = query.from ? this.tz.startOfDay(query.from) : -Infinity;
			const to = query.to ? this.tz.endOfDay(query.to) : Infinity;
			let kept = 0;
			for (let i = 0; i < count; i++) {
				const slot = slots[i]!;
				if (index.schedule.hasStartBetween(slot, from, to)) slots[kept++] = slot;
			}
			count = kept;
		}

		// 3. Facets: filter and count in one pass.
		const selection = index.facets.select(query);
		const total = index.facets.filterAndCount(slots, count, selection, this.hits);
		const facets = index.facets.takeFacets(selection, locale, query.facetLimit);

		// 4. Order and page.
		const distances = query.near ? index.distancesFrom(query.near) : null;
		const start = (query.page - 1) * query.pageSize;
		const terms = words.map((w) => w.term);
		const page = this.order(
			query,
			total,
			scores,
			distances,
			now,
			start + query.pageSize,
			terms
		).slice(start);
		const hits: SearchHit[] = page.map((p) => {
			const slot = this.hits[p]!;
			const offer = index.offers[slot]!;
			const next = index.schedule.next(slot, now);
			return {
				offer,
				score: scores ? Math.round(scores[slot]! * 1000) / 1000 : 0,
				distanceKm: distances ? Math.round(distances[slot]! * 10) / 10 : null,
				nextDate: next === null ? null : new Date(next).toISOString()
			};
		});
		return {
			total,
			page: query.page,
			pageSize: query.pageSize,
			hits,
			facets,
			suggestion: this.suggest(query.q, expansions, words, total),
			relaxed
		};
	}

	/** Positions in this.hits of the first `k` results in the requested order. */
	private order(
		query: TOfferSearchQuery,
		total: number,
		scores: Float32Array | null,
		distances: Float32Array | null,
		now: number,
		k: number,
		terms: string[]
	): number[] {
		const index = this.index;
		const keys = this.keys;
		const hits = this.hits;
		let sort = query.sort;
		if (sort === 'distance' && !distances) sort = 'relevance';
		if (sort === 'relevance' && !scores) sort = 'date';
		// One float per hit: primary order × RANK_SPACE + title rank, so the heap
		// compares numbers only. Primaries are whole numbers below 2^31.
		const rank = index.names.rankOf(index.slotCount);
		for (let p = 0; p < total; p++) {
			const slot = hits[p]!;
			let primary: number;
			if (sort === 'relevance') primary = LAST - Math.min(LAST, Math.round(scores![slot]! * 1000));
			else if (sort === 'distance') primary = Math.min(LAST, Math.round(distances![slot]! * 1000));
			else if (sort === 'name') primary = 0;
			else {
				const next = index.schedule.next(slot, now);
				primary = next === null ? LAST : Math.floor(next / 60_000);
			}
			keys[p] = primary * RANK_SPACE + rank[slot]!;
		}
		if (sort !== 'relevance' || terms.length === 0) return topK(total, keys, k);

		const best = topK(total, keys, Math.max(k, TITLE_WINDOW));
		const window = best.slice(0, TITLE_WINDOW);
		for (const p of window) {
			const slot = hits[p]!;
			const title = this.titleTermsOf(slot);
			let inTitle = 0;
			for (const term of terms) if (title.has(term)) inTitle++;
			if (inTitle === 0) continue;
			// The matcher's scores are scratch space of this query: the shown score is the boosted one.
			scores![slot] = scores![slot]! * (1 + (TITLE_BONUS * inTitle) / terms.length);
			const primary = LAST - Math.min(LAST, Math.round(scores![slot]! * 1000));
			keys[p] = primary * RANK_SPACE + rank[slot]!;
		}
		window.sort((a, b) => keys[a]! - keys[b]!);
		return window.concat(best.slice(TITLE_WINDOW)).slice(0, k);
	}

	private titleTermsOf(slot: number): Set<string> {
		let terms = this.titleTerms.get(slot);
		if (!terms) {
			const offer = this.index.offers[slot]!;
			terms = new Set<string>();
			const add = (raw: string) => terms!.add(termOf(raw));
			tokenize(offer.title, add);
			for (const t of Object.values(offer.translations)) if (t?.title) tokenize(t.title, add);
			this.titleTerms.set(slot, terms);
		}
		return terms;
	}

	/**
	 * "Did you mean": the query with each word that matched nothing as typed
	 * (neither exactly nor as a compound part) replaced by its typo correction,
	 * in the spelling found in the offers. When the query found little, rare
	 * words with a much more common neighbour are replaced too (the one offer
	 * with "Schwimkurs" in it should not hide the 30 with "Schwimmkurs").
	 * Null when nothing would change.
	 */
	private suggest(
		q: string,
		expansions: TermExpansion[],
		words: { term: string }[],
		total: number
	): string | null {
		const display = this.index.text.vocabulary.display;
		const corrections = new Map<string, string>();
		words.forEach((w, i) => {
			const { correction, alternative } = expansions[i]!;
			if (correction >= 0) corrections.set(w.term, display[correction]!);
			else if (alternative >= 0 && total < FEW_RESULTS)
				corrections.set(w.term, display[alternative]!);
		});
		if (corrections.size === 0) return null;
		return replaceTokens(q, (token) => corrections.get(termOf(token)) ?? token);
	}

	private ensureCapacity(slotCount: number): void {
		if (this.candidates.length >= slotCount) return;
		const size = Math.max(1024, slotCount * 2);
		this.candidates = new Int32Array(size);
		this.hits = new Int32Array(size);
		this.keys = new Float64Array(size);
	}
}
