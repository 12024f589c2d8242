/** The offer's dates as an .ics download; offers without dates get the friendly 404 page. */
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { getPublishedOfferBySlug } from '$lib/server/offers';
import { offerHasCalendar, offerToIcs } from '$lib/server/opendata';
import { publicBaseUrl } from '$lib/server/urls';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
	const locale = locals.locale;
	const offer = /^[a-z0-9-]{1,200}$/.test(params.slug)
		? await getPublishedOfferBySlug((await getApp()).handle.db, params.slug)
		: undefined;
	if (!offer) error(404, m.api_ics_offer_not_found({}, { locale }));
	if (!offerHasCalendar(offer)) error(404, m.api_ics_no_dates({}, { locale }));
	const ics = offerToIcs(offer, { baseUrl: publicBaseUrl(), cityName: cityConfig().city.name });
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${offer.slug}.ics"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
