/** /api/v1/offers: the finder's search as JSON, and single published offers. */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { App } from '../app';
import { AppError, ErrorCode } from '../errors';
import { getPublishedOfferById, type TOffer } from '../offers';
import { facetNames } from '../search/search.schemas';
import { resolveApiLocale, type ApiLocale } from './locale';
import { parseQuery } from './query';
import { ZOfferApiQuery, type TOfferList } from './schemas';

/** Anything PostgreSQL accepts as a uuid; other ids are simply not found. */
export const ZPathId = z.guid();

export function searchOffersApi(
	url: URL,
	app: Pick<App, 'search'>,
	locale: ApiLocale = resolveApiLocale(url, new Headers())
): TOfferList {
	const { lang: _lang, ...query } = parseQuery(ZOfferApiQuery, url.searchParams, locale);
	const result = app.search.search(query, locale);
	// Every facet is present, even when the engine has nothing to count for it.
	const facets = Object.fromEntries(
		facetNames.map((f) => [f, result.facets[f] ?? []])
	) as TOfferList['facets'];
	return {
		total: result.total,
		page: result.page,
		pageSize: result.pageSize,
		items: result.hits.map((h) => ({ ...h.offer, nextDate: h.nextDate, distanceKm: h.distanceKm })),
		facets,
		suggestion: result.suggestion ?? null
	};
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
