/**
 * The search module's engine interface. Routes and the API call only this; the
 * engine behind it can change (see the search-performance issue).
 */
import type { TOffer } from '../offers/offer.schemas';
import type { FacetName, TFacetValue, TOfferSearchQuery } from './search.schemas';

export interface SearchHit {
	offer: TOffer;
	/** Relevance score (higher is better); 0 when no free-text query. */
	score: number;
	/** Distance in km from the `near` district, when given. */
	distanceKm: number | null;
	/** The next start time from today (ISO), for dated or recurring offers. */
	nextDate: string | null;
}

export interface SearchResult {
	total: number;
	page: number;
	pageSize: number;
	hits: SearchHit[];
	/** Counts per facet value for the current query and the other facets' filters. */
	facets: Record<FacetName, TFacetValue[]>;
	/** "Did you mean …": a corrected query when the query found little or nothing. */
	suggestion: string | null;
	/**
	 * true when no offer matched every search word and the hits match only some
	 * of them (ranked by how many); absent or false otherwise.
	 */
	relaxed?: boolean;
}

export interface SearchEngine {
	/** Rebuild from scratch from the published offers. */
	rebuild(offers: TOffer[]): void;
	/** Add or replace one offer (published) — or remove it when not published. */
	upsert(offer: TOffer): void;
	remove(offerId: string): void;
	search(query: TOfferSearchQuery, locale: string): SearchResult;
	/** The next start (ISO) of a published offer from now, or null (ongoing, past, unknown). */
	nextDate(offerId: string): string | null;
	/** Number of offers in the index. */
	readonly size: number;
	/** Grows with every change of the index: answers derived from it are current while it stays. */
	readonly version: number;
}
