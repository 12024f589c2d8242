import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { institutionRole, isStaff, type Actor } from '$lib/server/accounts';
import { getInstitutionBySlug, updateInstitution } from '$lib/server/institutions';
import {
	institutionFormOptions,
	institutionToForm,
	MAX_OPENING_HOURS,
	submitInstitutionForm
} from '$lib/server/institutions/institution-form';
import { listInstitutionManagers } from '$lib/server/portal';
import { forbidden, requireUser } from '$lib/server/portal/guard';
import type { Actions, PageServerLoad } from './$types';

async function institutionFor(actor: Actor, slug: string, locale: string) {
	const { handle } = await getApp();
	const institution = await getInstitutionBySlug(handle.db, slug, { locale });
	if (!institution) error(404, m.portal_institution_not_found());
	const role = institutionRole(actor, institution.id);
	if (!role) forbidden();
	return { db: handle.db, institution, role: role! };
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { actor } = requireUser(locals);
	const { db, institution, role } = await institutionFor(actor, params.slug, locals.locale);
	const canEdit = role === 'manager';
	return {
		institution: {
			id: institution.id,
			slug: institution.slug,
			name: institution.name
		},
		values: institutionToForm(institution),
		canEdit,
		myRole: isStaff(actor) ? ('staff' as const) : role,
		managers: canEdit
			? []
			: (await listInstitutionManagers(db, { actor, institutionId: institution.id })).map(
					(u) => u.displayName
				),
		saved: url.searchParams.get('saved') === '1',
		maxHours: MAX_OPENING_HOURS,
		options: institutionFormOptions(locals.locale)
	};
};

export const actions: Actions = {
	/**
	 * Saves the profile, or adds/removes an opening-hours row (the button's
	 * intent; nothing is saved then). Only managers and staff may use the form;
	 * editors get 403 even when posting directly. The form has no coordinate
	 * fields: the stored ones stay while the address is unchanged.
	 */
	save: async ({ request, locals, params }) => {
		const { actor } = requireUser(locals);
		const { db, institution, role } = await institutionFor(actor, params.slug, locals.locale);
		if (role !== 'manager') error(403, m.portal_forbidden_manage());
		const outcome = await submitInstitutionForm(
			await request.formData(),
			(input) => updateInstitution(db, { actor, institutionId: institution.id, input }),
			{ keepCoordinatesOf: institution }
		);
		if (outcome.status === 'edited') return { values: outcome.values };
		if (outcome.status === 'invalid') {
			const { httpStatus, values, message, issues } = outcome;
			return fail(httpStatus, { values, message, issues });
		}
		redirect(303, `${localizeHref(`/portal/einrichtungen/${institution.slug}`)}?saved=1`);
	}
};
