/**
 * The page of one offer: every fact of the offer in the user's language, its
 * schema.org JSON-LD and the map. Unknown or unpublished slugs are a 404; an
 * offer hidden for being unconfirmed too long is a 410 with a friendly
 * explanation (+error.svelte); a stale one is shown with a notice.
 */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { getPublishedOfferBySlug } from '$lib/server/offers';
import { freshnessOf } from '$lib/server/freshness';
import { getSettings } from '$lib/server/settings';
import { jsonLdScript, offerJsonLd } from '$lib/server/opendata';
import { publicBaseUrl } from '$lib/server/urls';
import { m } from '$lib/paraglide/messages';
import { mapTiles } from '$lib/components/map/tiles.server';
import { presentOfferDetail } from '$lib/components/offer/present-detail.server';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { handle, search } = await getApp();
	const locale = locals.locale;
	const now = new Date();
	const { freshness } = await getSettings(handle.db);
	const offer = await getPublishedOfferBySlug(handle.db, params.slug, {
		includeHidden: true,
		freshness,
		now
	});
	if (!offer) error(404, m.finder_detail_not_found({}, { locale }));
	if (freshnessOf(offer, freshness, now).state === 'hidden') {
		error(410, m.fresh_hidden_text({}, { locale }));
	}

	const next = offer.schedule.type === 'recurring' ? search.nextDate(offer.id) : null;
	const { city } = cityConfig();
	return {
		offer: presentOfferDetail(offer, { locale, nextStart: next, freshness, now }),
		jsonLd: jsonLdScript(
			offerJsonLd(offer, { baseUrl: publicBaseUrl(), cityName: city.name, locale })
		),
		tiles: mapTiles()
	};
};
