/** Confirmation before archiving an offer (a plain POST form, works without JavaScript). */
import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { archiveOffer, getOfferWorkspace } from '$lib/server/offers';
import { offerIdOf, pageError, requireActor } from '../../editor.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { actor } = requireActor(locals);
	const offerId = offerIdOf(params.id, locals.locale);
	const { handle } = await getApp();
	try {
		const ws = await getOfferWorkspace(handle.db, { actor, offerId });
		return {
			offer: { id: offerId, title: ws.input.title, archived: ws.offer.status === 'archived' }
		};
	} catch (e) {
		return pageError(e, locals.locale);
	}
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const { actor } = requireActor(locals);
		const offerId = offerIdOf(params.id, locals.locale);
		const { handle } = await getApp();
		try {
			await archiveOffer(handle.db, { actor, offerId });
		} catch (e) {
			return pageError(e, locals.locale);
		}
		redirect(303, localizeHref('/portal/angebote?archiviert=1'));
	}
};
