/**
 * PLACEHOLDER — a naive engine (substring match) until the German in-memory
 * engine replaces it. Keeps the SearchEngine contract so routes can be built.
 */
import type { TOffer } from '../offers/offer.schemas';
import type { TDistrict } from '../districts';
import { termLabel } from '../config/taxonomies';
import type { SearchEngine, SearchResult } from './engine';
import { facetNames, type FacetName, type TOfferSearchQuery } from './search.schemas';

export function createSearchEngine(_opts: { districts: TDistrict[] }): SearchEngine {
	const docs = new Map<string, TOffer>();
	return {
		rebuild(offers) {
			docs.clear();
			for (const o of offers) docs.set(o.id, o);
		},
		upsert(o) {
			if (o.status === 'published') docs.set(o.id, o);
			else docs.delete(o.id);
		},
		remove(id) {
			docs.delete(id);
		},
		get size() {
			return docs.size;
		},
		search(q: TOfferSearchQuery, locale: string): SearchResult {
			const needle = q.q.toLowerCase();
			const all = [...docs.values()].filter(
				(o) =>
					(needle === '' || o.title.toLowerCase().includes(needle)) &&
					(q.topic.length === 0 || o.topics.some((t) => q.topic.includes(t))) &&
					(q.district.length === 0 || q.district.includes(o.location.district.slug)) &&
					(!q.free || o.cost.type === 'free')
			);
			const facets = Object.fromEntries(facetNames.map((f) => [f, []])) as unknown as Record<
				FacetName,
				{ value: string; label: string; count: number }[]
			>;
			const counts = new Map<string, number>();
			for (const o of all) for (const t of o.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
			facets.topic = [...counts].map(([value, count]) => ({
				value,
				label: termLabel('topics', value, locale),
				count
			}));
			const start = (q.page - 1) * q.pageSize;
			return {
				total: all.length,
				page: q.page,
				pageSize: q.pageSize,
				hits: all
					.slice(start, start + q.pageSize)
					.map((offer) => ({ offer, score: 0, distanceKm: null, nextDate: null })),
				facets,
				suggestion: null
			};
		}
	};
}
