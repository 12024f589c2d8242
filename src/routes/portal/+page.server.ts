import { z } from 'zod';
import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { getOfferById, reverifyOffer } from '$lib/server/offers';
import { getPortalDashboard } from '$lib/server/portal';
import { failFromAppError, isStaffUser, requireUser } from '$lib/server/portal/guard';
import type { Actions, PageServerLoad } from './$types';

/** Offers shown under "Bitte prüfen"; the rest are one link away in the filtered list. */
const CHECK_SHOWN = 20;

export const load: PageServerLoad = async ({ locals }) => {
	const { user, actor } = requireUser(locals);
	const { handle } = await getApp();
	const dashboard = await getPortalDashboard(handle.db, { actor });
	const multi = dashboard.institutions.length > 1;
	const item = (o: (typeof dashboard.needsCheck)[number]) => ({
		id: o.id,
		title: o.title,
		institution: multi ? o.institution.name : null,
		status: o.status,
		changeState: o.changeState,
		lastVerifiedAt: o.lastVerifiedAt,
		freshness: o.freshness && {
			state: o.freshness.state,
			staleSince: o.freshness.staleSince?.toISOString() ?? null,
			hiddenFrom: o.freshness.hiddenFrom?.toISOString() ?? null
		}
	});
	return {
		displayName: user.displayName,
		isStaff: isStaffUser(user),
		institutions: dashboard.institutions,
		counts: dashboard.counts,
		total: dashboard.total,
		staleAfterDays: dashboard.freshness.staleAfterDays,
		graceDays: dashboard.freshness.graceDays,
		needsCheck: dashboard.needsCheck.slice(0, CHECK_SHOWN).map(item),
		needsCheckTotal: dashboard.needsCheck.length,
		changesRequested: dashboard.changesRequested.map(item)
	};
};

export const actions: Actions = {
	/** "Noch aktuell": confirms a published offer is still correct (sets "zuletzt geprüft"). */
	reverify: async ({ request, locals }) => {
		const { actor } = requireUser(locals);
		const form = await request.formData();
		const offerId = z.uuid().safeParse(form.get('offerId'));
		if (!offerId.success) return fail(400, { message: m.portal_error_title() });
		const { handle } = await getApp();
		try {
			await reverifyOffer(handle.db, { actor, offerId: offerId.data });
		} catch (e) {
			return failFromAppError(e, {});
		}
		const offer = await getOfferById(handle.db, offerId.data);
		return { reverified: { id: offerId.data, title: offer?.title ?? '' } };
	}
};
