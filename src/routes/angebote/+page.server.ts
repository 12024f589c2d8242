/**
 * The offer finder: parses the URL into the search contract, asks the search
 * engine, and hands view models to the page. Bad input shows the form with a
 * message, never a 500.
 */
import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { getSettings } from '$lib/server/settings';
import { cityConfig } from '$lib/server/config/city';
import {
	ZOfferSearchQuery,
	searchParamsToObject,
	type TOfferSearchQuery
} from '$lib/server/search';
import { m } from '$lib/paraglide/messages';
import type { FieldError, MapPointView } from '$lib/components/finder/types';
import { mapTiles } from '$lib/components/map/tiles.server';
import {
	activeFilters,
	cardView,
	facetViews,
	flagViews
} from '$lib/components/offer/present.server';

/** At most this many results are placed on the map. */
const MAP_LIMIT = 1000;

export const load: PageServerLoad = async ({ url, locals }) => {
	const { search, handle } = await getApp();
	const { freshness } = await getSettings(handle.db);
	const locale = locals.locale;
	const { city, districts: districtConfig } = cityConfig();
	const timeZone = city.timezone;
	const districts = [...districtConfig]
		.sort((a, b) => a.name.localeCompare(b.name, 'de'))
		.map((d) => ({ slug: d.slug, name: d.name }));
	// Distance is measured from the largest district (the city centre) unless one is chosen.
	const centreDistrict = [...districtConfig].sort((a, b) => b.population - a.population)[0]?.slug;

	const view: 'list' | 'map' = url.searchParams.get('view') === 'map' ? 'map' : 'list';
	const parsed = ZOfferSearchQuery.safeParse(searchParamsToObject(url.searchParams), {
		error: () => m.finder_error_invalid_value({}, { locale })
	});
	const errors: FieldError[] = [];
	for (const issue of parsed.success ? [] : parsed.error.issues) {
		const field = String(issue.path[0] ?? '');
		if (errors.some((e) => e.field === field)) continue;
		errors.push({
			field,
			message: locale === 'de' ? issue.message : m.finder_error_invalid_value({}, { locale })
		});
	}

	let query: TOfferSearchQuery = parsed.success ? parsed.data : ZOfferSearchQuery.parse({});
	if (query.sort === 'distance' && !query.near && centreDistrict) {
		query = { ...query, near: centreDistrict };
	}
	const result = search.search(query, locale);
	const facets = facetViews(result, query, locale, districts);

	let mapPoints: MapPointView[] = [];
	if (view === 'map' && parsed.success && result.total > 0) {
		const all =
			result.total <= result.hits.length && query.page === 1
				? result
				: search.search({ ...query, page: 1, pageSize: MAP_LIMIT }, locale);
		mapPoints = all.hits.slice(0, MAP_LIMIT).map(({ offer }) => ({
			lat: offer.location.lat,
			lon: offer.location.lon,
			title: (locale !== 'de' ? offer.translations[locale]?.title : undefined) ?? offer.title,
			slug: offer.slug
		}));
	}

	return {
		ok: parsed.success,
		errors,
		/** The search words as typed, also when the rest of the query was invalid. */
		q: parsed.success ? query.q : (url.searchParams.get('q') ?? '').slice(0, 200),
		query: {
			sort: query.sort,
			near: query.near ?? null,
			from: query.from ?? '',
			to: query.to ?? ''
		},
		view,
		total: parsed.success ? result.total : 0,
		page: result.page,
		pageSize: result.pageSize,
		hits: parsed.success
			? result.hits.map((hit) => cardView(hit, locale, timeZone, freshness))
			: [],
		suggestion: parsed.success ? result.suggestion : null,
		facets,
		flags: flagViews(result, query),
		active: parsed.success ? activeFilters(query, facets, locale, timeZone) : [],
		districts,
		map: {
			points: mapPoints,
			limit: MAP_LIMIT,
			center: city.center,
			zoom: city.zoom
		},
		tiles: mapTiles()
	};
};
