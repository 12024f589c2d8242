import { getApp } from '$lib/server/app';
import { listDistricts } from '$lib/server/districts';
import { taxonomies } from '$lib/server/config/taxonomies';
import { ZOfferSearchQuery, type TFacetValue } from '$lib/server/search';
import type { PageServerLoad } from './$types';

/** How many districts the home page links directly (the largest by population). */
const FEATURED_DISTRICTS = 6;

export interface EntryPoint {
	code: string;
	label: string;
	/** Offers with this value; null while the search engine reports no counts for the facet. */
	count: number | null;
}

function entryPoints(
	terms: { code: string; de: string; en: string }[],
	facet: TFacetValue[],
	locale: string
): EntryPoint[] {
	const counts = new Map(facet.map((f) => [f.value, f.count]));
	return terms.map((t) => ({
		code: t.code,
		label: locale === 'en' ? t.en : t.de,
		count: facet.length > 0 ? (counts.get(t.code) ?? 0) : null
	}));
}

export const load: PageServerLoad = async ({ locals }) => {
	const { handle, search } = await getApp();
	const result = search.search(ZOfferSearchQuery.parse({ pageSize: 1 }), locals.locale);
	const tax = taxonomies();
	const districts = await listDistricts(handle.db);
	return {
		totalOffers: result.total,
		lifePhases: entryPoints(tax['life-phases'], result.facets.lifePhase, locals.locale),
		topics: entryPoints(tax.topics, result.facets.topic, locals.locale),
		districts: [...districts]
			.sort((a, b) => b.population - a.population)
			.slice(0, FEATURED_DISTRICTS)
			.map((d) => ({ slug: d.slug, name: d.name })),
		districtCount: districts.length
	};
};
