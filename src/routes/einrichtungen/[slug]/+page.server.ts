import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { termLabel } from '$lib/server/config/taxonomies';
import { getInstitutionBySlug } from '$lib/server/institutions';
import { listPublishedOffersOfInstitution } from '$lib/server/offers';
import { institutionJsonLd, jsonLdScript } from '$lib/server/opendata';
import { publicBaseUrl } from '$lib/server/urls';
import { mapTiles } from '$lib/components/map/tiles.server';
import { offerTeaser } from '$lib/components/ui/offer-teaser';
import type { PageServerLoad } from './$types';

/** Offers listed on the profile; the rest are one click away in the finder. */
const OFFERS_SHOWN = 20;

export const load: PageServerLoad = async ({ params, locals }) => {
	const { handle } = await getApp();
	const locale = locals.locale;
	const institution = await getInstitutionBySlug(handle.db, params.slug, { locale });
	if (!institution) error(404, m.inst_not_found());

	const offers = await listPublishedOffersOfInstitution(handle.db, institution.id);
	const labels = {
		format: (code: string) => termLabel('formats', code, locale),
		free: m.offer_free()
	};
	return {
		institution,
		languageLabels: institution.languages.map((code) => termLabel('languages', code, locale)),
		offers: offers.slice(0, OFFERS_SHOWN).map((o) => offerTeaser(o, locale, labels)),
		offerTotal: offers.length,
		jsonLd: jsonLdScript(
			institutionJsonLd(institution, {
				baseUrl: publicBaseUrl(),
				cityName: cityConfig().city.name,
				locale
			})
		),
		tiles: mapTiles()
	};
};
