import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { requireStaff } from '$lib/server/http/admin-guard';
import { getInstitutionBySlug, updateInstitution } from '$lib/server/institutions';
import {
	institutionFormOptions,
	institutionToForm,
	MAX_OPENING_HOURS,
	submitInstitutionForm
} from '$lib/server/institutions/institution-form';
import { listInstitutionMembersForAdmin } from '$lib/server/accounts/user-admin';
import { listInstitutionOffers } from '$lib/server/offers';
import type { Actions, PageServerLoad } from './$types';

async function institutionOr404(slug: string, locale: string) {
	const { handle } = await getApp();
	const institution = await getInstitutionBySlug(handle.db, slug, { locale });
	if (!institution) error(404, m.manage_inst_not_found());
	return { db: handle.db, institution };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireStaff(locals);
	const { db, institution } = await institutionOr404(params.slug, locals.locale);
	const [members, offers] = await Promise.all([
		listInstitutionMembersForAdmin(db, { actor, institutionId: institution.id }),
		listInstitutionOffers(db, { actor, institutionIds: [institution.id] })
	]);
	return {
		institution: { id: institution.id, slug: institution.slug, name: institution.name },
		members,
		offers: offers.map((o) => ({ id: o.id, slug: o.slug, title: o.title, status: o.status })),
		values: institutionToForm(institution),
		options: institutionFormOptions(locals.locale),
		maxHours: MAX_OPENING_HOURS,
		created: url.searchParams.has('angelegt'),
		saved: url.searchParams.has('gespeichert')
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const { db, institution } = await institutionOr404(params.slug, locals.locale);
		const outcome = await submitInstitutionForm(await request.formData(), (input) =>
			updateInstitution(db, { actor, institutionId: institution.id, input })
		);
		if (outcome.status === 'edited') return { values: outcome.values };
		if (outcome.status === 'invalid') {
			const { httpStatus, values, message, issues } = outcome;
			return fail(httpStatus, { values, message, issues });
		}
		redirect(303, localizeHref(`/admin/einrichtungen/${institution.slug}?gespeichert=1`));
	}
};
