/** /api/v1/offers: the finder's search as JSON, and single published offers. */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { App } from '../app';
import { AppError, ErrorCode } from '../errors';
import { getPublishedOfferById, type TOffer } from '../offers';
import type { SearchResult } from '../search';
import { facetNames } from '../search/search.schemas';
import { resolveApiLocale, type ApiLocale } from './locale';
import { JsonText } from './handler';
import { parseQuery } from './query';
import { ZOfferApiQuery, type TOfferList } from './schemas';

/** Anything PostgreSQL accepts as a uuid; other ids are simply not found. */
export const ZPathId = z.guid();

export function searchOffersApi(
	url: URL,
	app: Pick<App, 'search'>,
	locale: ApiLocale = resolveApiLocale(url, new Headers())
): TOfferList {
	const result = runSearch(url, app, locale);
	return {
		total: result.total,
		page: result.page,
		pageSize: result.pageSize,
		items: result.hits.map((h) => ({ ...h.offer, nextDate: h.nextDate, distanceKm: h.distanceKm })),
		facets: allFacets(result),
		suggestion: result.suggestion ?? null
	};
}

/** Per search result (the engine hands repeated queries the same object): its JSON body. */
const bodies = new WeakMap<SearchResult, JsonText>();
/** Per offer snapshot (immutable in the index): its JSON without the closing brace. */
const offerJson = new WeakMap<TOffer, string>();

/**
 * The same answer as `searchOffersApi`, already serialised: a repeated query reuses
 * the body and its ETag, and each offer is turned into JSON once, not per request.
 */
export function searchOffersApiJson(
	url: URL,
	app: Pick<App, 'search'>,
	locale: ApiLocale
): JsonText {
	const result = runSearch(url, app, locale);
	let body = bodies.get(result);
	if (!body) {
		const items = result.hits.map((h) => {
			let json = offerJson.get(h.offer);
			if (json === undefined) {
				json = JSON.stringify(h.offer).slice(0, -1);
				offerJson.set(h.offer, json);
			}
			return `${json},"nextDate":${JSON.stringify(h.nextDate ?? null)},"distanceKm":${JSON.stringify(h.distanceKm ?? null)}}`;
		});
		const head = JSON.stringify({
			total: result.total,
			page: result.page,
			pageSize: result.pageSize
		});
		const tail = JSON.stringify({
			facets: allFacets(result),
			suggestion: result.suggestion ?? null
		});
		body = new JsonText(`${head.slice(0, -1)},"items":[${items.join(',')}],${tail.slice(1)}`);
		bodies.set(result, body);
	}
	return body;
}

function runSearch(url: URL, app: Pick<App, 'search'>, locale: ApiLocale): SearchResult {
	const { lang: _lang, ...query } = parseQuery(ZOfferApiQuery, url.searchParams, locale);
	return app.search.search(query, locale);
}

/** Every facet is present, even when the engine has nothing to count for it. */
function allFacets(result: SearchResult): TOfferList['facets'] {
	return Object.fromEntries(
		facetNames.map((f) => [f, result.facets[f] ?? []])
	) as TOfferList['facets'];
}

export async function getOfferApi(
	id: string,
	app: Pick<App, 'handle'>,
	locale: ApiLocale = 'de'
): Promise<TOffer> {
	const offer = ZPathId.safeParse(id).success
		? await getPublishedOfferById(app.handle.db, id)
		: undefined;
	if (!offer) {
		throw new AppError(ErrorCode.NotFound, m.api_detail_offer_not_found({}, { locale }));
	}
	return offer;
}
