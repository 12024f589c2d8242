/**
 * The German offer search engine: a derived, in-memory index over the
 * published offers (the database stays the source of truth). PGlite runs on
 * the event loop with one connection, so search never touches the database.
 *
 * Write cost: upsert/remove are O(terms of the offer) plus one title insert
 * (binary search + memmove); an upsert leaves a tombstone. When tombstones
 * reach a quarter of the slots (and at least MIN_DEAD_FOR_COMPACTION), the
 * next write rebuilds the index from the live offers: ~1 s at 50k offers,
 * amortised over more than 12,500 writes.
 */
import type { TDistrict } from '../districts';
import type { TOffer } from '../offers/offer.schemas';
import type { SearchEngine, SearchResult } from './engine';
import { QueryRunner } from './query';
import type { TOfferSearchQuery } from './search.schemas';
import { SearchIndex } from './search-index';
import { TimeZone } from './timezone';
import { LruCache } from '../lru-cache';

const MIN_DEAD_FOR_COMPACTION = 1000;

/**
 * Result cache: the same query (and locale) within CACHE_TTL_MS gets the same
 * result object back. Every write empties it, so a cached answer is never
 * older than the index; the TTL bounds how long "next date" and date order may
 * lag the clock (the API tells clients to cache for 60 s anyway). Head queries
 * ("Kinder", the finder without words) repeat all day; the tail is computed.
 */
const CACHE_ENTRIES = 512;
const CACHE_TTL_MS = 30_000;

export interface SearchEngineOptions {
	/** The city's districts: names for the district facet, centres for distance. */
	districts: TDistrict[];
	/** Time zone of dates and date filters (default Europe/Berlin). */
	timeZone?: string;
	/** The clock, for tests. */
	now?: () => Date;
	/** Result cache entries (default 512; 0 turns the cache off, e.g. to measure the engine). */
	resultCache?: number;
}

export function createSearchEngine(opts: SearchEngineOptions): SearchEngine {
	return new GermanSearchEngine(opts);
}

class GermanSearchEngine implements SearchEngine {
	private districts: Map<string, TDistrict>;
	private tz: TimeZone;
	private clock: () => Date;
	private index: SearchIndex;
	private runner: QueryRunner;
	private cache: LruCache<SearchResult>;
	private changes = 0;

	constructor(opts: SearchEngineOptions) {
		this.districts = new Map(opts.districts.map((d) => [d.slug, d]));
		this.tz = new TimeZone(opts.timeZone ?? 'Europe/Berlin');
		this.clock = opts.now ?? (() => new Date());
		this.cache = new LruCache(opts.resultCache ?? CACHE_ENTRIES, CACHE_TTL_MS);
		this.index = new SearchIndex(this.districts, this.tz);
		this.runner = new QueryRunner(this.index, this.tz);
	}

	get version(): number {
		return this.changes;
	}

	get size(): number {
		return this.index.aliveCount;
	}

	rebuild(offers: TOffer[]): void {
		this.index = SearchIndex.build(offers, this.districts, this.tz, this.now());
		this.runner = new QueryRunner(this.index, this.tz);
		this.changed();
	}

	upsert(offer: TOffer): void {
		if (offer.status !== 'published') {
			this.remove(offer.id);
			return;
		}
		this.index.upsert(offer, this.now());
		this.changed();
		this.compactIfNeeded();
	}

	remove(offerId: string): void {
		if (!this.index.remove(offerId)) return;
		this.changed();
		this.compactIfNeeded();
	}

	nextDate(offerId: string): string | null {
		const slot = this.index.slotById.get(offerId);
		const next = slot === undefined ? null : this.index.schedule.next(slot, this.now());
		return next === null ? null : new Date(next).toISOString();
	}

	/** The result is shared with later callers of the same query: treat it as read-only. */
	search(query: TOfferSearchQuery, locale: string): SearchResult {
		const now = this.now();
		const key = `${locale}\u0000${JSON.stringify(query)}`;
		const cached = this.cache.get(key, now);
		if (cached) return cached;
		const result = this.runner.run(query, locale, now);
		this.cache.set(key, result, now);
		return result;
	}

	private changed(): void {
		this.changes++;
		this.cache.clear();
	}

	private compactIfNeeded(): void {
		const dead = this.index.deadCount;
		if (dead < MIN_DEAD_FOR_COMPACTION || dead * 4 < this.index.slotCount) return;
		this.rebuild(this.index.offers.filter((o): o is TOffer => o !== undefined));
	}

	private now(): number {
		return this.clock().getTime();
	}
}
