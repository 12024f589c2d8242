/**
 * The preview: the working copy (draft or pending change) rendered exactly as
 * the public offer page will show it once approved.
 */
import { getApp } from '$lib/server/app';
import { listDistricts } from '$lib/server/districts';
import { getInstitutionById } from '$lib/server/institutions';
import { getOfferWorkspace } from '$lib/server/offers';
import {
	applyInputToOffer,
	institutionLocation,
	nextRecurringStart
} from '$lib/server/offers/offer-preview';
import { mapTiles } from '$lib/components/map/tiles.server';
import { presentOfferDetail } from '$lib/components/offer/present-detail.server';
import { offerIdOf, pageError, requireActor, timeZone } from '../../editor.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { actor } = requireActor(locals);
	const locale = locals.locale;
	const offerId = offerIdOf(params.id, locale);
	const { handle } = await getApp();
	const ws = await getOfferWorkspace(handle.db, { actor, offerId }).catch((e: unknown) =>
		pageError(e, locale)
	);
	const inst = await getInstitutionById(handle.db, ws.offer.institution.id);
	const preview = applyInputToOffer(
		ws.offer,
		ws.input,
		await listDistricts(handle.db),
		inst ? institutionLocation(inst) : undefined
	);
	return {
		offerId,
		status: ws.offer.status,
		change: ws.change?.state ?? null,
		offer: presentOfferDetail(preview, {
			locale,
			nextStart: nextRecurringStart(preview.schedule, timeZone())
		}),
		tiles: mapTiles()
	};
};
