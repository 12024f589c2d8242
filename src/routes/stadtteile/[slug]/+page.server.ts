import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { termLabel } from '$lib/server/config/taxonomies';
import { getDistrict } from '$lib/server/districts';
import { listInstitutions } from '$lib/server/institutions';
import { ZOfferSearchQuery } from '$lib/server/search';
import { offerTeaser } from '$lib/components/ui/offer-teaser';
import { mapTiles } from '$lib/components/map/tiles.server';
import type { PageServerLoad } from './$types';

/** Offers and institutions listed on the page; "show all" links lead to the full lists. */
const OFFERS_SHOWN = 20;
const INSTITUTIONS_SHOWN = 30;

export const load: PageServerLoad = async ({ params, locals }) => {
	const { handle, search } = await getApp();
	const locale = locals.locale;
	const district = await getDistrict(handle.db, params.slug);
	if (!district) error(404, m.district_not_found());

	const offers = search.search(
		ZOfferSearchQuery.parse({ district: [district.slug], pageSize: OFFERS_SHOWN }),
		locale
	);
	const institutions = await listInstitutions(
		handle.db,
		{ district: [district.slug], pageSize: INSTITUTIONS_SHOWN },
		{ locale }
	);
	const labels = {
		format: (code: string) => termLabel('formats', code, locale),
		free: m.offer_free()
	};
	return {
		district: {
			slug: district.slug,
			name: district.name,
			borough: district.borough,
			population: district.population,
			lat: district.lat,
			lon: district.lon
		},
		offers: offers.hits.map((h) => offerTeaser(h.offer, locale, labels, { showInstitution: true })),
		offerTotal: offers.total,
		institutions: institutions.items,
		institutionTotal: institutions.total,
		tiles: mapTiles()
	};
};
